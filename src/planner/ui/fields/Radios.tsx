import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormGroup } from './FormGroup';
import { fieldId } from './fieldId';
import { useFieldError } from './useFieldError';

interface Props {
  name: string;
  legend: string;
  hint?: string;
  options: readonly (readonly [value: string, label: string])[];
  inline?: boolean;
  /** Extra content shown under an option while it is selected (GOV.UK conditional reveal). */
  reveal?: Partial<Record<string, ReactNode>>;
}

export function Radios({ name, legend, hint, options, inline, reveal }: Props) {
  const { register, watch } = useFormContext();
  const error = useFieldError(name);
  const selected = reveal ? watch(name) : undefined;
  const id = fieldId(name);
  return (
    <FormGroup name={name} label={legend} hint={hint} error={error} group>
      {() => (
        <div className={inline ? 'radios radios--inline' : 'radios'}>
          {options.map(([value, label], i) => (
            <div key={value}>
              <div className="radios__item">
                <input
                  autoComplete="off"
                  className="radios__input"
                  id={i === 0 ? id : `${id}-${value}`}
                  type="radio"
                  value={value}
                  {...register(name)}
                />
                <label className="radios__label" htmlFor={i === 0 ? id : `${id}-${value}`}>
                  {label}
                </label>
              </div>
              {reveal?.[value] && selected === value && <div className="radios__conditional">{reveal[value]}</div>}
            </div>
          ))}
        </div>
      )}
    </FormGroup>
  );
}
