/**
 * "Protect plans with a passphrase": choose it twice, with a plain warning that it cannot be recovered,
 * and its strength shown as it is typed. A weak one is refused by `createProtection`, whose message
 * this form shows by the field.
 */
import { useEffect, useState } from 'react';
import type { Translator } from '../../../i18n/translator';
import { MIN_PASSPHRASE_LENGTH } from '../../storage/passphraseCrypto';
import { UserMessageError } from '../../storage/userMessage';
import { fieldId } from '../fields/fieldId';
import { ErrorSummary, type SummaryError } from '../ErrorSummary';
import { useToolTranslator } from '../useToolTranslator';
import { PassphraseInput } from './PassphraseInput';
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter';

interface Props {
  /** Words of the plans' names and details, which make a passphrase easy to guess. */
  avoid: readonly string[];
  onProtect(passphrase: string): Promise<void>;
  onCancel(): void;
}

export const MIN_PASSPHRASE = MIN_PASSPHRASE_LENGTH;

export function passphraseErrors(t: Translator['t'], first: string, second: string): SummaryError[] {
  const errors: SummaryError[] = [];
  if (!first) errors.push({ target: fieldId('new-passphrase'), message: t('privacy.protect.error.missing') });
  else if (first.length < MIN_PASSPHRASE)
    errors.push({
      target: fieldId('new-passphrase'),
      message: t('privacy.protect.error.tooShort', { min: MIN_PASSPHRASE }),
    });
  else if (first !== second)
    errors.push({
      target: fieldId('confirm-passphrase'),
      message: second ? t('privacy.protect.error.mismatch') : t('privacy.protect.error.againMissing'),
    });
  return errors;
}

/**
 * Puts "Error: " before the page's title while the form shows errors (it lives inside another view),
 * and puts the title back when they are gone.
 */
function useErrorTitle(hasErrors: boolean) {
  const { t } = useToolTranslator();
  useEffect(() => {
    if (!hasErrors) return;
    const plain = document.title;
    document.title = t('privacy.protect.errorTitle', { title: plain });
    return () => {
      document.title = plain;
    };
  }, [hasErrors, t]);
}

export default function ProtectForm({ avoid, onProtect, onCancel }: Props) {
  const { t } = useToolTranslator();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  useErrorTitle(errors.length > 0);
  const errorFor = (name: string) => errors.find((e) => e.target === fieldId(name))?.message;
  return (
    <form
      autoComplete="off"
      className="protect-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setAttempts((n) => n + 1);
        const found = passphraseErrors(t, first, second);
        setErrors(found);
        if (found.length > 0) return;
        setBusy(true);
        try {
          await onProtect(first);
        } catch (error) {
          setErrors([
            {
              target: fieldId('new-passphrase'),
              message:
                error instanceof UserMessageError ? t(error.key, error.params) : t('privacy.protect.error.failed'),
            },
          ]);
          setBusy(false);
        }
      }}
    >
      <ErrorSummary key={attempts} errors={errors} />
      <h3>{t('privacy.protect.heading')}</h3>
      <p>{t('privacy.protect.text')}</p>
      <div className="warning-text">
        <p>
          <strong>{t('privacy.protect.warning')}</strong>
        </p>
      </div>
      <PassphraseInput
        name="new-passphrase"
        label={t('privacy.protect.new.label')}
        hint={t('privacy.protect.new.hint', { min: MIN_PASSPHRASE })}
        autoComplete="new-password"
        value={first}
        error={errorFor('new-passphrase')}
        onChange={setFirst}
      />
      <PassphraseStrengthMeter id={fieldId('new-passphrase-strength')} passphrase={first} avoid={avoid} />
      <PassphraseInput
        name="confirm-passphrase"
        label={t('privacy.protect.again.label')}
        autoComplete="new-password"
        value={second}
        error={errorFor('confirm-passphrase')}
        onChange={setSecond}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {t('privacy.protect.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('privacy.protect.cancel')}
        </button>
      </div>
      <p className="save-status" role="status">
        {busy ? t('privacy.protect.busy') : ''}
      </p>
    </form>
  );
}
