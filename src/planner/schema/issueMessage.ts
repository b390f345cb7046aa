/**
 * Zod's issues as words for the user: the one way the forms, the plan file reader and
 * `npm run plan:validate` word what is wrong with a plan. The schema's checks carry a catalogue key
 * as their message (planSchema.ts); a problem the schema does not word itself (a wrong type, an
 * unknown field) gets a generic key from `issueErrorMap`. `issueMessage` turns an issue into that key
 * with its parameters (the limit broken, the unknown fields, ...), for the caller to put into words
 * with `messageText(t, message)` in the reader's language.
 */
import type * as z from 'zod/mini';
import type { MessageKey } from '../../i18n/catalogue';
import { planErrorMessages } from '../../i18n/en/planErrors';
import { plannerMessages } from '../../i18n/en/planner';
import type { KeyedMessage } from '../../i18n/keyedMessage';

/** A problem with a value, by the dotted path of its field (`people.0.name`; empty for the whole value). */
export interface ValueIssue {
  path: string;
  message: KeyedMessage;
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

/** The generic key of a problem the schema does not word itself. */
function genericKey(issue: z.core.$ZodRawIssue | z.core.$ZodIssue): MessageKey {
  switch (issue.code) {
    case 'invalid_type':
      // Only raw issues (in the error map) still carry their input; finished ones are never missing.
      return 'input' in issue && issue.input === undefined
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
    default:
      return 'planner.planFile.issue.format';
  }
}

/**
 * The error map to parse with (`schema.safeParse(value, { error: issueErrorMap })`): it gives the
 * problems the schema does not word itself their generic key, telling a missing field from a wrong
 * type while the input is still known. The schema's own keys come first.
 */
export const issueErrorMap: z.core.$ZodErrorMap = (issue) => genericKey(issue);

/** The schema's own `plan.error.*` keys and the generic file messages; anything else is zod's own wording. */
const isMessageKey = (message: string): message is MessageKey =>
  Object.hasOwn(planErrorMessages, message) || Object.hasOwn(plannerMessages, message);

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
    case 'custom':
      // The schema's own checks pass what their message needs (the signature box's size, a limit).
      return issue.params;
    default:
      return undefined;
  }
}

/**
 * A zod issue as a keyed message: the key its schema gave it (or `issueErrorMap` did), else the
 * generic key for its kind of problem, with the parameters the issue holds.
 */
export function issueMessage(issue: z.core.$ZodIssue): KeyedMessage {
  const key = isMessageKey(issue.message) ? issue.message : genericKey(issue);
  const params = issueParams(issue);
  return params ? { key, params } : { key };
}

/** Formats a zod issue path as `people.0.name`. */
export const issuePath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** Every problem with `value` as `schema` sees it, in the order zod reports them; empty when it is valid. */
export function schemaIssues(schema: z.ZodMiniType, value: unknown): ValueIssue[] {
  const result = schema.safeParse(value, { error: issueErrorMap });
  return result.success ? [] : result.error.issues.map((i) => ({ path: issuePath(i.path), message: issueMessage(i) }));
}
