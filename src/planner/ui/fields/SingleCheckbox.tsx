import { useController, useFormContext } from 'react-hook-form';
import { fieldId } from './fieldId';

interface Props {
  name: string;
  /** Says on its own what ticking it means ("Length not known yet"): it has no question around it. */
  label: string;
}

/**
 * One checkbox whose value is true or false, for an answer that stands beside another question,
 * such as "not known yet" under a length.
 */
export function SingleCheckbox({ name, label }: Props) {
  const { control } = useFormContext();
  const { field } = useController({ name, control });
  const id = fieldId(name);
  return (
    <div className="form-group">
      <div className="checkboxes">
        <div className="checkboxes__item">
          <input
            autoComplete="off"
            className="checkboxes__input"
            id={id}
            type="checkbox"
            name={name}
            checked={field.value === true}
            onChange={(e) => field.onChange(e.target.checked)}
            onBlur={field.onBlur}
            ref={field.ref}
          />
          <label className="checkboxes__label" htmlFor={id}>
            {label}
          </label>
        </div>
      </div>
    </div>
  );
}
