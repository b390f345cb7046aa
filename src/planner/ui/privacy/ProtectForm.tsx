/** "Protect plans with a passphrase": choose it twice, with a plain warning that it cannot be recovered. */
import { useEffect, useState } from 'react';
import { fieldId } from '../fields/fieldId';
import { ErrorSummary, type SummaryError } from '../ErrorSummary';
import { PassphraseInput } from './PassphraseInput';

interface Props {
  onProtect(passphrase: string): Promise<void>;
  onCancel(): void;
}

export const MIN_PASSPHRASE = 8;

export function passphraseErrors(first: string, second: string): SummaryError[] {
  const errors: SummaryError[] = [];
  if (!first) errors.push({ target: fieldId('new-passphrase'), message: 'Enter a passphrase' });
  else if (first.length < MIN_PASSPHRASE)
    errors.push({
      target: fieldId('new-passphrase'),
      message: `The passphrase must be ${MIN_PASSPHRASE} characters or more`,
    });
  else if (first !== second)
    errors.push({
      target: fieldId('confirm-passphrase'),
      message: second ? 'The passphrases do not match' : 'Enter the passphrase again',
    });
  return errors;
}

/** Puts "Error: " before the page's title while the form shows errors (it lives inside another view). */
function useErrorTitle(hasErrors: boolean) {
  useEffect(() => {
    const plain = document.title.replace(/^Error: /, '');
    document.title = hasErrors ? `Error: ${plain}` : plain;
  }, [hasErrors]);
}

export default function ProtectForm({ onProtect, onCancel }: Props) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  useErrorTitle(errors.length > 0);
  const errorFor = (name: string) => errors.find((e) => e.target === fieldId(name))?.message;
  return (
    <form
      className="protect-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setAttempts((n) => n + 1);
        const found = passphraseErrors(first, second);
        setErrors(found);
        if (found.length > 0) return;
        setBusy(true);
        try {
          await onProtect(first);
        } catch (error) {
          setErrors([
            {
              target: fieldId('new-passphrase'),
              message: error instanceof Error ? error.message : 'The plans could not be protected',
            },
          ]);
          setBusy(false);
        }
      }}
    >
      <ErrorSummary key={attempts} errors={errors} />
      <h3>Protect plans with a passphrase</h3>
      <p>
        Plans on this device will be encrypted. The plan builder locks when you choose “Lock now” and after 15 minutes
        without use; you need the passphrase to unlock it.
      </p>
      <div className="warning-text">
        <p>
          <strong>
            If you forget the passphrase, the plans on this device cannot be recovered by anyone. Save important plans
            to files as well.
          </strong>
        </p>
      </div>
      <PassphraseInput
        name="new-passphrase"
        label="Create a passphrase"
        hint={`At least ${MIN_PASSPHRASE} characters. Three or four random words are easy to remember and hard to guess. Do not use your work password.`}
        autoComplete="new-password"
        value={first}
        error={errorFor('new-passphrase')}
        onChange={setFirst}
      />
      <PassphraseInput
        name="confirm-passphrase"
        label="Type the passphrase again"
        autoComplete="new-password"
        value={second}
        error={errorFor('confirm-passphrase')}
        onChange={setSecond}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          Protect plans with this passphrase
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
      <p className="save-status" role="status">
        {busy ? 'Protecting your plans…' : ''}
      </p>
    </form>
  );
}
