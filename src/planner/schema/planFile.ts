/**
 * Reading and writing plan files (`.json`). Reading is defensive: a plan file may come from email or
 * a shared drive, so it is checked for size, nesting depth and dangerous keys before it is parsed,
 * migrated from older formats, then validated against the plan schema with every problem named by
 * its field path. Nothing here touches the plan on screen: callers replace it only on `ok: true`.
 * Refusals are catalogue keys with their parameters (`KeyedMessage`); the caller puts them into
 * words with `messageText(t, message)` in the reader's language.
 */
import type * as z from 'zod/mini';
import type { MessageKey } from '../../i18n/catalogue';
import type { KeyedMessage } from '../../i18n/keyedMessage';
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
  message: KeyedMessage;
}

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

const TYPE_KEYS: Partial<Record<string, MessageKey>> = {
  string: 'planner.planFile.issue.type.string',
  number: 'planner.planFile.issue.type.number',
  int: 'planner.planFile.issue.type.int',
  boolean: 'planner.planFile.issue.type.boolean',
  array: 'planner.planFile.issue.type.array',
  object: 'planner.planFile.issue.type.object',
  literal: 'planner.planFile.issue.type.literal',
};

/**
 * Catalogue keys for the problems the schema does not word itself (zod carries the key as the
 * issue's message; `issueParams` gives its parameters).
 */
const fileErrorMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'planner.planFile.issue.missing'
        : (TYPE_KEYS[issue.expected] ?? 'planner.planFile.issue.type.other');
    case 'unrecognized_keys':
      return 'planner.planFile.issue.unknownKeys';
    case 'invalid_value':
      return 'planner.planFile.issue.oneOf';
    case 'too_big':
      return issue.origin === 'string' ? 'planner.planFile.issue.tooLong' : 'planner.planFile.issue.tooBig';
    case 'too_small':
      return issue.origin === 'string' ? 'planner.planFile.issue.empty' : 'planner.planFile.issue.tooSmall';
    case 'invalid_format':
      return 'planner.planFile.issue.format';
    default:
      return undefined;
  }
};

/** The parameters an issue's message may use: what was expected, the limit, the unknown fields. */
function issueParams(issue: z.core.$ZodIssue): KeyedMessage['params'] {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: issue.expected };
    case 'unrecognized_keys':
      return { count: issue.keys.length, keys: issue.keys.join(', ') };
    case 'invalid_value':
      return {
        values: issue.values
          .slice(0, 12)
          .map((v) => JSON.stringify(v))
          .join(', '),
      };
    case 'too_big':
      return { maximum: Number(issue.maximum) };
    case 'too_small':
      return { minimum: Number(issue.minimum) };
    default:
      return undefined;
  }
}

/** An issue's message as a keyed message: the schema's own key, or one from `fileErrorMessages`. */
function issueMessage(issue: z.core.$ZodIssue): KeyedMessage {
  const params = issueParams(issue);
  return params ? { key: issue.message as MessageKey, params } : { key: issue.message as MessageKey };
}

/** Formats a zod issue path as `people.0.name`. */
export const issuePath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** Validates an already-parsed value as a plan (after migrating it). */
export function validatePlanData(data: unknown): PlanFileResult {
  const migrated = migratePlanData(data);
  if (!migrated.ok) return fail(migrated.message);
  const result = planSchema.safeParse(migrated.data, { error: fileErrorMessages });
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
  const forbidden = findForbiddenKey(data);
  if (forbidden !== undefined) return fail({ key: 'planner.planFile.forbiddenKey', params: { field: forbidden } });
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
