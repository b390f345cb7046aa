/**
 * Reading and writing plan files (`.json`). Reading is defensive: a plan file may come from email or
 * a shared drive, so it is checked for size, nesting depth and dangerous keys before it is parsed,
 * migrated from older formats, then validated against the plan schema with every problem named by
 * its field path. Nothing here touches the plan on screen: callers replace it only on `ok: true`.
 * Refusals are catalogue keys with their parameters (`KeyedMessage`), and schema problems are worded
 * by `issueMessage` like the forms' are; the caller puts them into words with `messageText(t,
 * message)` in the reader's language.
 */
import type { KeyedMessage } from '../../i18n/keyedMessage';
import { duplicateJsonKey } from './duplicateJsonKey';
import { issueErrorMap, issueMessage, issuePath, type ValueIssue } from './issueMessage';
import { migratePlanData } from './migrations';
import { MAX_FILE_BYTES } from './planFileText';
import { planSchema, type Plan } from './planSchema';

/** Deepest nesting of objects and arrays accepted; real plans nest about eight levels. */
export const MAX_DEPTH = 24;
/** Keys never used by a plan that could pollute object prototypes if copied carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A problem with a plan file: the dotted path to the field (`people.0.name`; empty for the whole file). */
export type PlanFileIssue = ValueIssue;

export type PlanFileResult =
  { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; message: KeyedMessage; issues: PlanFileIssue[] };

const fail = (message: KeyedMessage, issues: PlanFileIssue[] = []): PlanFileResult => ({ ok: false, message, issues });

/** Nesting depth of JSON text, counted without parsing (strings are skipped), stopping early past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91 /* { [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93 /* } ] */) depth--;
  }
  return max;
}

function findForbiddenKey(value: unknown): string | undefined {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/** Validates an already-parsed value as a plan (after migrating it). */
export function validatePlanData(data: unknown): PlanFileResult {
  const migrated = migratePlanData(data);
  if (!migrated.ok) return fail(migrated.message);
  const result = planSchema.safeParse(migrated.data, { error: issueErrorMap });
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: issuePath(i.path), message: issueMessage(i) }));
    return fail({ key: 'planner.planFile.invalid', params: { count: issues.length } }, issues);
  }
  return migrated.migratedFrom === undefined
    ? { ok: true, plan: result.data }
    : { ok: true, plan: result.data, migratedFrom: migrated.migratedFrom };
}

/** Reads the text of a plan file. */
export function parsePlanFile(input: string): PlanFileResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail({ key: 'planner.planFile.empty' });
  // Characters never exceed bytes, so this rejects huge files before the exact byte count.
  if (text.length > MAX_FILE_BYTES || new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
    return fail({ key: 'planner.planFile.tooLarge', params: { megabytes: MAX_FILE_BYTES / 1_000_000 } });
  }
  if (text.startsWith('%PDF')) return fail({ key: 'planner.planFile.pdf' });
  if (text.includes('\u0000')) return fail({ key: 'planner.planFile.notText' });
  if (jsonDepth(text, MAX_DEPTH) > MAX_DEPTH) return fail({ key: 'planner.planFile.tooDeep' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ key: 'planner.planFile.notJson' });
  }
  const repeated = duplicateJsonKey(text);
  if (repeated !== undefined) return fail({ key: 'planner.planFile.duplicateKey', params: { field: repeated } });
  const forbidden = findForbiddenKey(data);
  if (forbidden !== undefined) return fail({ key: 'planner.planFile.forbiddenKey', params: { field: forbidden } });
  return validatePlanData(data);
}
