/**
 * Reading and writing plan files (`.json`). Reading is defensive: a plan file may come from email or
 * a shared drive, so it is checked for size, nesting depth and dangerous keys before it is parsed,
 * migrated from older formats, then validated against the plan schema with every problem named by
 * its field path. Nothing here touches the plan on screen: callers replace it only on `ok: true`.
 */
import type * as z from 'zod/mini';
import { migratePlanData } from './migrations';
import { planSchema, type Plan } from './planSchema';

/** Largest plan file accepted, in bytes (a large plan with ten earlier versions is well under 2 MB). */
export const MAX_FILE_BYTES = 5_000_000;
/** Deepest nesting of objects and arrays accepted; real plans nest about eight levels. */
export const MAX_DEPTH = 24;
/** Keys never used by a plan that could pollute object prototypes if copied carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PlanFileIssue {
  /** Dotted path to the field, e.g. `people.0.name`; empty for the whole file. */
  path: string;
  message: string;
}

export type PlanFileResult =
  { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; message: string; issues: PlanFileIssue[] };

const fail = (message: string, issues: PlanFileIssue[] = []): PlanFileResult => ({ ok: false, message, issues });

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

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

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  literal: 'a fixed value',
};

/** Plain-English messages for the problems the schema does not word itself. */
const fileErrorMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'Missing: this field is required'
        : `Must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `Has ${issue.keys.length === 1 ? 'a field' : 'fields'} that plan files do not use: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `Must be one of: ${issue.values
        .slice(0, 12)
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Must be ${issue.maximum} characters or fewer`
        : `Must be ${issue.maximum} or fewer`;
    case 'too_small':
      return issue.origin === 'string' ? 'Must not be empty' : `Must be ${issue.minimum} or more`;
    case 'invalid_format':
      return 'Is not in the expected format';
    default:
      return undefined;
  }
};

/** Formats a zod issue path as `people.0.name`. */
export const issuePath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** Validates an already-parsed value as a plan (after migrating it). */
export function validatePlanData(data: unknown): PlanFileResult {
  const migrated = migratePlanData(data);
  if (!migrated.ok) return fail(migrated.message);
  const result = planSchema.safeParse(migrated.data, { error: fileErrorMessages });
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    return fail(`The file is not a valid plan: ${count} found.`, issues);
  }
  return migrated.migratedFrom === undefined
    ? { ok: true, plan: result.data }
    : { ok: true, plan: result.data, migratedFrom: migrated.migratedFrom };
}

/** Reads the text of a plan file. */
export function parsePlanFile(input: string): PlanFileResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail('The file is empty.');
  // Characters never exceed bytes, so this rejects huge files before the exact byte count.
  if (text.length > MAX_FILE_BYTES || new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
    return fail(`The file is too large. A plan file can be up to ${megabytes(MAX_FILE_BYTES)}.`);
  }
  if (text.startsWith('%PDF')) {
    return fail('This is a PDF, not a plan file. Plan files end in .json.');
  }
  if (text.includes('\u0000')) {
    return fail('This is not a plan file: it is not text. Plan files are text files ending in .json.');
  }
  if (jsonDepth(text, MAX_DEPTH) > MAX_DEPTH) {
    return fail('The file is nested too deeply to be a plan file.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This is not a plan file: it is not written in JSON, the format plan files are saved in.');
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden !== undefined) {
    return fail(`The file contains a field called "${forbidden}", which plan files never use, so it was not opened.`);
  }
  return validatePlanData(data);
}

/** The text of a plan file: indented JSON, so it can be read and compared by people too. */
export function serialisePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/**
 * File name for a downloaded plan. It carries no names: download lists and shared drives show file
 * names to people who should not learn a child's identity from them.
 */
export function planFileName(plan: Pick<Plan, 'id' | 'version' | 'practice'>): string {
  const short = plan.id
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toLowerCase();
  return `${plan.practice ? 'practice-' : ''}staying-in-touch-plan-${short}-v${plan.version}.json`;
}
