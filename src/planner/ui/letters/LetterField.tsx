/**
 * One text question on the letter pages: the form group's label, hint and error (FormGroup) around a
 * text box or a one-line input. Never autocompleted: what a letter says stays out of the browser's
 * form history.
 */
import type { ReactNode } from 'react';
import { FormGroup } from '../fields/FormGroup';
import { fieldId } from '../fields/fieldId';

interface Props {
  name: string;
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

export function LetterField({ name, label, hint, error, value, onChange, rows, describedBy, after }: Props) {
  return (
    <FormGroup name={name} label={label} hint={hint} error={error} describedBy={describedBy}>
      {(described) => {
        const common = {
          id: fieldId(name),
          autoComplete: 'off',
          value,
          'aria-describedby': described,
          'aria-invalid': error ? true : undefined,
        } as const;
        return (
          <>
            {rows ? (
              <textarea {...common} className="textarea" rows={rows} onChange={(e) => onChange(e.target.value)} />
            ) : (
              <input {...common} className="input" type="text" onChange={(e) => onChange(e.target.value)} />
            )}
            {after}
          </>
        );
      }}
    </FormGroup>
  );
}
