/**
 * The GOV.UK date input: day, month and year as three text boxes, which work the same in every
 * browser and locale (native date pickers do not). The form value is `YYYY-MM-DD` once the parts
 * make a date, '' when all are empty, and the parts as typed otherwise, so validation can say
 * "must be a real date" rather than silently dropping what was typed.
 */
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslator } from '../useTranslator';
import { FormGroup } from './FormGroup';
import { fieldId } from './fieldId';
import { useFieldError } from './useFieldError';

interface Props {
  name: string;
  label: string;
  hint?: string;
  /** Today's date (YYYY-MM-DD), offered with a button that fills it in. */
  today?: string;
}

type Parts = { day: string; month: string; year: string };

export function partsOf(value: unknown): Parts {
  const [year = '', month = '', day = ''] = typeof value === 'string' && value ? value.split('-') : [];
  return { day: day.replace(/^0(?=\d)/, ''), month: month.replace(/^0(?=\d)/, ''), year };
}

export function valueOf({ day, month, year }: Parts): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y))
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return `${y}-${m}-${d}`;
}

export function DateInput({ name, label, hint, today }: Props) {
  const { t } = useTranslator();
  const { control } = useFormContext();
  const { field } = useController({ name, control });
  const [parts, setParts] = useState<Parts>(() => partsOf(field.value));
  const error = useFieldError(name);
  const id = fieldId(name);
  const update = (part: keyof Parts, text: string) => {
    const next = { ...parts, [part]: text };
    setParts(next);
    field.onChange(valueOf(next));
  };
  const fillToday = () => {
    if (!today) return;
    setParts(partsOf(today));
    field.onChange(today);
  };
  const box = (part: keyof Parts, text: string, width: 2 | 4, first = false) => {
    const inputId = first ? id : `${id}-${part}`;
    return (
      <div className="date-input__item">
        <label className="date-input__label" htmlFor={inputId}>
          {text}
        </label>
        <input
          id={inputId}
          ref={first ? field.ref : undefined}
          className={`input date-input__input input--width-${width}`}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={parts[part]}
          aria-invalid={error ? true : undefined}
          onChange={(e) => update(part, e.target.value)}
          onBlur={field.onBlur}
        />
      </div>
    );
  };
  return (
    <FormGroup
      name={name}
      label={label}
      hint={hint ? `${hint} ${t('planner.form.date.example')}` : t('planner.form.date.example')}
      error={error}
      group
    >
      {() => (
        <div className="date-input">
          {box('day', t('planner.form.date.day'), 2, true)}
          {box('month', t('planner.form.date.month'), 2)}
          {box('year', t('planner.form.date.year'), 4)}
          {today && (
            <div className="date-input__item date-input__today">
              <button type="button" className="button button--secondary" onClick={fillToday}>
                {t('planner.form.date.today')}
              </button>
            </div>
          )}
        </div>
      )}
    </FormGroup>
  );
}
