/** A passphrase field: GOV.UK form group with a password input. */
import { FormGroup } from '../fields/FormGroup';
import { fieldId } from '../fields/fieldId';

interface Props {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  autoComplete: 'current-password' | 'new-password';
  onChange(value: string): void;
}

export function PassphraseInput({ name, label, hint, error, value, autoComplete, onChange }: Props) {
  return (
    <FormGroup name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={fieldId(name)}
          className="input input--medium"
          type="password"
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="none"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormGroup>
  );
}
