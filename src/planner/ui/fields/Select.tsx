import { useFormContext } from 'react-hook-form';
import { useTranslator } from '../useTranslator';
import { FormGroup } from './FormGroup';
import { fieldId } from './fieldId';
import { useFieldError } from './useFieldError';

interface Props {
  name: string;
  label: string;
  hint?: string;
  options: readonly (readonly [value: string, label: string])[];
  /** Text of the empty first option. */
  placeholder?: string;
}

export function Select({ name, label, hint, options, placeholder }: Props) {
  const { t } = useTranslator();
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FormGroup name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          autoComplete="off"
          id={fieldId(name)}
          className="select"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...register(name)}
        >
          <option value="">{placeholder ?? t('planner.form.selectPlaceholder')}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}
