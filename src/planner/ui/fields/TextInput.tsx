import { useFormContext } from 'react-hook-form';
import { FormGroup } from './FormGroup';
import { fieldId } from './fieldId';
import { useFieldError } from './useFieldError';

interface Props {
  name: string;
  label: string;
  hint?: string;
  /** Width in characters, as a class: short fields look short. */
  width?: 'narrow' | 'medium' | 'full';
  inputMode?: 'numeric' | 'text';
  /** Turns a number typed as text into a number for the form's values. */
  numeric?: boolean;
}

export function TextInput({ name, label, hint, width = 'full', inputMode, numeric }: Props) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FormGroup name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          autoComplete="off"
          id={fieldId(name)}
          className={`input input--${width}`}
          type="text"
          inputMode={inputMode}
          spellCheck={numeric ? false : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...register(name, numeric ? { setValueAs: (v) => (v === '' || v === null ? null : Number(v)) } : undefined)}
        />
      )}
    </FormGroup>
  );
}
