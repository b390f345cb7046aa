import { useFormContext } from 'react-hook-form';
import { FormGroup } from './FormGroup';
import { fieldId } from './fieldId';
import { useFieldError } from './useFieldError';

interface Props {
  name: string;
  label: string;
  hint?: string;
  rows?: number;
}

export function TextArea({ name, label, hint, rows = 4 }: Props) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FormGroup name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          autoComplete="off"
          id={fieldId(name)}
          className="textarea"
          rows={rows}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...register(name)}
        />
      )}
    </FormGroup>
  );
}
