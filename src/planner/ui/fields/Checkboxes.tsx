import { useController, useFormContext } from 'react-hook-form';
import { FormGroup } from './FormGroup';
import { fieldId } from './fieldId';
import { useFieldError } from './useFieldError';

interface Props<V extends string | number> {
  name: string;
  legend: string;
  hint?: string;
  options: readonly (readonly [value: V, label: string])[];
  /** Lay the boxes out in columns, for long lists such as months. */
  columns?: boolean;
}

/**
 * A group of checkboxes whose value is always an array of the checked values, in option order
 * (react-hook-form's own checkbox handling returns a boolean when there is only one box).
 */
export function Checkboxes<V extends string | number>({ name, legend, hint, options, columns }: Props<V>) {
  const { control } = useFormContext();
  const { field } = useController({ name, control });
  const error = useFieldError(name);
  const checked: V[] = Array.isArray(field.value) ? field.value : [];
  const id = fieldId(name);
  const toggle = (value: V, on: boolean) => {
    const next = options.map(([v]) => v).filter((v) => (v === value ? on : checked.includes(v)));
    field.onChange(next);
  };
  return (
    <FormGroup name={name} label={legend} hint={hint} error={error} group>
      {() => (
        <div className={columns ? 'checkboxes checkboxes--columns' : 'checkboxes'}>
          {options.map(([value, label], i) => {
            const inputId = i === 0 ? id : `${id}-${value}`;
            return (
              <div className="checkboxes__item" key={value}>
                <input
                  autoComplete="off"
                  className="checkboxes__input"
                  id={inputId}
                  type="checkbox"
                  name={name}
                  value={String(value)}
                  checked={checked.includes(value)}
                  onChange={(e) => toggle(value, e.target.checked)}
                  onBlur={field.onBlur}
                  ref={i === 0 ? field.ref : undefined}
                />
                <label className="checkboxes__label" htmlFor={inputId}>
                  {label}
                </label>
              </div>
            );
          })}
        </div>
      )}
    </FormGroup>
  );
}
