import type { ReactNode } from 'react';
import { useTranslator } from '../useTranslator';
import { fieldId } from './fieldId';

interface Props {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** A group of radios or checkboxes: a fieldset with a legend instead of a label. */
  group?: boolean;
  /** Ids of more text that describes the field (a running word count), read after the hint and error. */
  describedBy?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

/**
 * One question: label (or legend), hint and error message, with ids wired up so screen readers read
 * the hint and the error with the field (GOV.UK form group pattern).
 */
export function FormGroup({ name, label, hint, error, group, describedBy: more, children }: Props) {
  const { t } = useTranslator();
  const id = fieldId(name);
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', more ?? ''].filter(Boolean).join(' ') || undefined;
  const body = (
    <>
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children(describedBy)}
    </>
  );
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {group ? (
        <fieldset className="fieldset" aria-describedby={describedBy}>
          <legend className="fieldset__legend">{label}</legend>
          {body}
        </fieldset>
      ) : (
        <>
          <label className="label" htmlFor={id}>
            {label}
          </label>
          {body}
        </>
      )}
    </div>
  );
}
