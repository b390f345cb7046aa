/**
 * One text question on the letter pages (GOV.UK form group): label, hint and error wired to the
 * field. Never autocompleted: what a letter says stays out of the browser's form history.
 */
import type { ReactNode } from 'react';
import { useTranslator } from '../useTranslator';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange(value: string): void;
  /** A textarea of this many rows, instead of a one-line input. */
  rows?: number;
  /** Ids of more text that describes the field (a running word count). */
  describedBy?: string;
  after?: ReactNode;
}

export function LetterField({ id, label, hint, error, value, onChange, rows, describedBy, after }: Props) {
  const { t } = useTranslator();
  const described =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    autoComplete: 'off',
    value,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
  } as const;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t('privacy.radios.errorPrefix')} </span>
          {error}
        </p>
      )}
      {rows ? (
        <textarea {...common} className="textarea" rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} className="input" type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {after}
    </div>
  );
}
