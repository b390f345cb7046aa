/**
 * The locked builder: no plan names, no list, only the unlock form. A wrong passphrase is refused
 * and nothing changes. "Forgotten your passphrase?" says plainly that the only way on is deleting
 * the plans, and asks for confirmation before it happens.
 */
import { useEffect, useState } from 'react';
import { WrongPassphraseError } from '../../storage/passphraseCrypto';
import { fieldId } from '../fields/fieldId';
import { ErrorSummary } from '../ErrorSummary';
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';
import { ConfirmAction } from './ConfirmAction';
import { PassphraseInput } from './PassphraseInput';

interface Props {
  reason?: 'now' | 'idle' | 'elsewhere' | 'start';
  countPlans(): Promise<number>;
  onUnlock(passphrase: string): Promise<void>;
  onForget(): Promise<void>;
}

const plural = (n: number) => `${n} ${n === 1 ? 'plan' : 'plans'}`;

const REASONS = {
  now: 'You locked the plan builder.',
  idle: 'The plan builder locked because it was not used for 15 minutes. Your work was saved first.',
  elsewhere: 'The plan builder was locked in another tab.',
  start: undefined,
};

export default function UnlockScreen({ reason = 'start', countPlans, onUnlock, onForget }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [count, setCount] = useState<number>();
  const [confirming, setConfirming] = useState(false);
  useDocumentTitle('Your plans are locked', !!error);
  useEffect(() => {
    void countPlans().then(setCount, () => undefined);
  }, [countPlans]);

  const submit = async () => {
    setAttempts((n) => n + 1);
    if (!passphrase) return setError('Enter your passphrase');
    setBusy(true);
    try {
      await onUnlock(passphrase);
    } catch (e) {
      setPassphrase('');
      setError(
        e instanceof WrongPassphraseError
          ? e.message
          : 'The plans could not be unlocked. Reload the page and try again.',
      );
      setBusy(false);
    }
  };

  return (
    <div className="unlock">
      {error && <ErrorSummary key={attempts} errors={[{ target: fieldId('passphrase'), message: error }]} />}
      <PageHeading>Your plans are locked</PageHeading>
      {REASONS[reason] && <p className="inset-text">{REASONS[reason]}</p>}
      <p>
        The plans on this device are protected with a passphrase.
        {count !== undefined && ` Enter it to unlock ${count === 0 ? 'the plan builder' : `the ${plural(count)}`}.`}
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <PassphraseInput
          name="passphrase"
          label="Passphrase"
          autoComplete="current-password"
          value={passphrase}
          error={error}
          onChange={setPassphrase}
        />
        <button type="submit" className="button" disabled={busy} aria-disabled={busy || undefined}>
          Unlock
        </button>
        <p className="save-status" role="status">
          {busy ? 'Unlocking…' : ''}
        </p>
      </form>

      <details className="details">
        <summary className="details__summary">Forgotten your passphrase?</summary>
        <div className="details__text">
          <p>
            There is no way to recover a forgotten passphrase. It is not stored anywhere, and without it the plans on
            this device cannot be read, by you or by anyone else.
          </p>
          <p>
            The only way to carry on is to delete the {count === undefined ? 'plans' : plural(count)} on this device,
            then start again or open plans you saved to files. Plan files and PDFs you saved are not affected.
          </p>
          {confirming ? (
            <ConfirmAction
              confirmLabel="Yes, delete the plans on this device"
              onConfirm={() => void onForget()}
              onCancel={() => setConfirming(false)}
            >
              <p>
                <strong>
                  Are you sure you want to delete {count === undefined ? 'the plans' : `the ${plural(count)}`} on this
                  device? This cannot be undone.
                </strong>
              </p>
            </ConfirmAction>
          ) : (
            <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
              Delete the plans on this device
            </button>
          )}
        </div>
      </details>
    </div>
  );
}
