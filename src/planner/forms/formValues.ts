/**
 * What HTML form controls give back, turned into plan values: empty answers become undefined, so
 * an optional question left blank is simply absent from the plan.
 */
import type * as z from 'zod/mini';
import { messageText } from '../../i18n/keyedMessage';
import type { Translator } from '../../i18n/translator';
import { schemaIssues } from '../schema/issueMessage';

export interface FormIssue {
  /** The field's name in the form, e.g. `frequency.count`. */
  name: string;
  /** The problem in words, in the page's language. */
  message: string;
}

/** Whether a form's answer is one of a list's values (a radio left empty is not). */
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/** Optional choice: '' or null from an empty radio group becomes undefined. */
export const optionalChoice = <T extends string>(v: T | '' | null | undefined): T | undefined =>
  v === '' || v === null || v === undefined ? undefined : v;

/** A whole number typed into a text box: '' becomes undefined, anything else a number (NaN fails validation). */
export const optionalNumber = (v: unknown): number | undefined => {
  if (v === '' || v === null || v === undefined) return undefined;
  return typeof v === 'number' ? v : Number(String(v).trim());
};

/** The object without its undefined properties. */
export const withoutUndefined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as Partial<T>;

/** An answer nobody has given: empty text, no choice, an empty list. */
const isUnanswered = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** Whether a row of a form's list has no answer in it (its id aside). */
export const isBlankRow = (row: object): boolean =>
  Object.entries(row).every(([key, value]) => key === 'id' || isUnanswered(value));

/**
 * A list of a form's rows without the blank rows at its end. A list the user has not started
 * shows one blank row to fill in, and a blank row left over is no answer. Blank rows between
 * filled ones stay (and are asked about), so every problem keeps its row's place.
 */
export function withoutTrailingBlankRows<T extends object>(rows: T[]): T[] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1])) end--;
  return rows.slice(0, end);
}

/** A form's list of rows to start from: the rows it has, or one blank row when there are none. */
export const rowsOrOneBlank = <T extends object>(rows: T[], blank: () => T): T[] => (rows.length ? rows : [blank()]);

/**
 * Problems with a form's values: the schema's issues on the prepared values, put into words with
 * the page's translator (fields renamed from the plan's names to the form's), then the form's own.
 */
export function formIssues(
  t: Translator['t'],
  schema: z.ZodMiniType,
  prepared: unknown,
  extra: FormIssue[] = [],
  rename: Record<string, string> = {},
): FormIssue[] {
  const issues = schemaIssues(schema, prepared).map(({ path, message }) => ({
    name: rename[path] ?? path,
    message: messageText(t, message),
  }));
  return [...issues, ...extra];
}
