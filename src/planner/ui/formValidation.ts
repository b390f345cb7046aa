/**
 * Connects the plan schema to react-hook-form: a resolver that validates with zod (so the messages
 * are the schema's, worded by `issueMessage` like the plan file reader's) and turns issues into
 * react-hook-form's nested errors, plus the flat, ordered list of errors the error summary shows.
 */
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { FormIssue } from '../forms/formValues';

function setAt(target: Record<string, unknown>, path: string[], error: FieldError) {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
  const last = path[path.length - 1];
  // Keep the first message for a field: the schema lists the most basic problem first.
  if (!(last in node) || (node[last] as FieldError).message === undefined) node[last] = error;
}

export function issuesToErrors(issues: FormIssue[]): FieldErrors {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    setAt(errors, issue.name.split('.'), { type: 'validate', message: issue.message });
  }
  return errors as FieldErrors;
}

/** Every error message in the order the fields were reported, for the error summary. */
export function flattenErrors(errors: FieldErrors, prefix = ''): FormIssue[] {
  const out: FormIssue[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as FieldError).message === 'string')
      out.push({ name, message: (value as FieldError).message as string });
    else out.push(...flattenErrors(value as FieldErrors, name));
  }
  return out;
}

/**
 * A react-hook-form resolver built on `formIssues`. It only reports errors; on success the submit
 * handler gets the raw form values and prepares them itself, which keeps the form's types simple.
 */
export function issuesResolver<V extends FieldValues>(check: (values: V) => FormIssue[]): Resolver<V> {
  return async (values) => {
    const issues = check(values);
    return issues.length === 0
      ? { values, errors: {} }
      : { values: {}, errors: issuesToErrors(issues) as FieldErrors<V> };
  };
}
