/**
 * The locked builder: no plan names, no list, only the unlock form. A wrong passphrase is refused
 * and nothing changes. "Forgotten your passphrase?" says plainly that the only way on is deleting
 * the plans, and asks for confirmation before it happens.
 */
import { useEffect, useState } from 'react';
import { UserMessageError } from '../../storage/userMessage';
import { fieldId } from '../fields/fieldId';
import { ErrorSummary } from '../ErrorSummary';
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';
import { useTranslator } from '../useTranslator';
import { ConfirmAction } from './ConfirmAction';
import { PassphraseInput } from './PassphraseInput';

interface Props {
  reason?: 'now' | 'idle' | 'elsewhere' | 'start';
  countPlans(): Promise<number>;
  onUnlock(passphrase: string): Promise<void>;
  onForget(): Promise<void>;
}

export default function UnlockScreen({ reason = 'start', countPlans, onUnlock, onForget }: Props) {
  const { t } = useTranslator();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [count, setCount] = useState<number>();
  const [confirming, setConfirming] = useState(false);
  useDocumentTitle(t('privacy.unlock.title'), !!error);
  useEffect(() => {
    void countPlans().then(setCount, () => undefined);
  }, [countPlans]);

  const submit = async () => {
    setAttempts((n) => n + 1);
    if (!passphrase) return setError(t('privacy.unlock.error.missing'));
    setBusy(true);
    try {
      await onUnlock(passphrase);
    } catch (e) {
      setPassphrase('');
      setError(e instanceof UserMessageError ? t(e.key, e.params) : t('privacy.unlock.error.failed'));
      setBusy(false);
    }
  };

  return (
    <div className="unlock">
      {error && <ErrorSummary key={attempts} errors={[{ target: fieldId('passphrase'), message: error }]} />}
      <PageHeading>{t('privacy.unlock.title')}</PageHeading>
      {reason !== 'start' && <p className="inset-text">{t(`privacy.unlock.reason.${reason}`)}</p>}
      <p>
        {t('privacy.unlock.protected')}
        {count !== undefined && ` ${t('privacy.unlock.enterToUnlock', { count })}`}
      </p>
      <form
        autoComplete="off"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <PassphraseInput
          name="passphrase"
          label={t('privacy.unlock.label')}
          autoComplete="current-password"
          value={passphrase}
          error={error}
          onChange={setPassphrase}
        />
        <button type="submit" className="button" disabled={busy} aria-disabled={busy || undefined}>
          {t('privacy.unlock.submit')}
        </button>
        <p className="save-status" role="status">
          {busy ? t('privacy.unlock.busy') : ''}
        </p>
      </form>

      <details className="details">
        <summary className="details__summary">{t('privacy.unlock.forgotten.summary')}</summary>
        <div className="details__text">
          <p>{t('privacy.unlock.forgotten.noRecovery')}</p>
          <p>
            {count === undefined
              ? t('privacy.unlock.forgotten.onlyWay')
              : t('privacy.unlock.forgotten.onlyWayCounted', { count })}
          </p>
          {confirming ? (
            <ConfirmAction
              confirmLabel={t('privacy.unlock.forgotten.confirm')}
              onConfirm={() => void onForget()}
              onCancel={() => setConfirming(false)}
            >
              <p>
                <strong>
                  {count === undefined
                    ? t('privacy.unlock.forgotten.question')
                    : t('privacy.unlock.forgotten.questionCounted', { count })}
                </strong>
              </p>
            </ConfirmAction>
          ) : (
            <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
              {t('privacy.unlock.forgotten.delete')}
            </button>
          )}
        </div>
      </details>
    </div>
  );
}
