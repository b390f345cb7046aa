/**
 * One question answered with radios, each option with an optional hint (GOV.UK radios), for the
 * privacy screens' and letter pages' plain React state (the plan's sections use react-hook-form's Radios instead).
 */
import type { ReactNode } from 'react';
import { useTranslator } from '../useTranslator';

interface Props<T extends string> {
  name: string;
  legend: ReactNode;
  /** Larger legend, for when the question is the page's heading. */
  legendClass?: string;
  hint?: string;
  error?: string;
  options: readonly (readonly [value: T, label: string, hint?: string])[];
  value: T | undefined;
  onChange(value: T): void;
}

/** The id of the first option, where the error summary links to. */
export const firstOptionId = (name: string, options: readonly (readonly [string, ...unknown[]])[]) =>
  `${name}-${options[0][0]}`;

export function ChoiceRadios<T extends string>({
  name,
  legend,
  legendClass = 'fieldset__legend--m',
  hint,
  error,
  options,
  value,
  onChange,
}: Props<T>) {
  const { t } = useTranslator();
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className={`fieldset__legend ${legendClass}`}>{legend}</legend>
        {hint && (
          <div className="hint" id={`${name}-hint`}>
            {hint}
          </div>
        )}
        {error && (
          <p className="error-message" id={`${name}-error`}>
            <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
            {error}
          </p>
        )}
        <div className="radios">
          {options.map(([option, label, optionHint]) => (
            <div className="radios__item" key={option}>
              <input
                autoComplete="off"
                className="radios__input"
                id={`${name}-${option}`}
                name={name}
                type="radio"
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
                aria-describedby={optionHint ? `${name}-${option}-hint` : undefined}
              />
              <div>
                <label className="radios__label" htmlFor={`${name}-${option}`}>
                  {label}
                </label>
                {optionHint && (
                  <div className="hint radios__hint" id={`${name}-${option}-hint`}>
                    {optionHint}
                  </div>
                )}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
