/**
 * The plan schema's messages are catalogue keys, and every issue is worded one way: by
 * `issueMessage`. Walks the schema for every message it carries, and provokes the rest (the
 * cross-field rules, the generic problems) from the invalid fixtures and the bad-file corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { CATALOGUES } from '../../../src/i18n/catalogue';
import { planErrorMessages } from '../../../src/i18n/en/planErrors';
import { placeholdersOf } from '../../../src/i18n/formatMessage';
import { messageText } from '../../../src/i18n/keyedMessage';
import { translator } from '../../../src/i18n/translator';
import { issueMessage, schemaIssues } from '../../../src/planner/schema/issueMessage';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { planSchema, sectionCompleteSchemas } from '../../../src/planner/schema/planSchema';
import { SIGNATURE_LIMITS } from '../../../src/planner/schema/signaturePath';
import { FIXTURE_DIR, fixturePlan } from './fixtures';

const { t } = translator('en');
const BAD_FILES_DIR = 'tests/fixtures/bad-files';
const english = CATALOGUES.en as Record<string, unknown>;

interface Def {
  error?: (issue: never) => unknown;
  checks?: { _zod: { def: Def } }[];
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
}

/** Every message the schema and its checks carry, walking into objects, lists and optional fields. */
function schemaMessages(schema: z.core.$ZodType, found = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const def = schema._zod.def as Def;
  const add = (d: Def) => {
    const message = d.error?.({} as never);
    if (typeof message === 'string') found.add(message);
  };
  add(def);
  for (const check of def.checks ?? []) add(check._zod.def);
  const children = [
    ...Object.values(def.shape ?? {}),
    def.element,
    def.innerType,
    ...(def.options ?? []),
    def.in,
    def.out,
  ];
  for (const child of children) if (child) schemaMessages(child, found, seen);
  return found;
}

const walked = (() => {
  const found = schemaMessages(planSchema);
  for (const schema of Object.values(sectionCompleteSchemas)) schemaMessages(schema, found);
  return found;
})();

/** Every issue the invalid fixtures and the bad-file corpus provoke from the file reader. */
function provokedIssues() {
  const texts = [
    ...readdirSync(FIXTURE_DIR)
      .filter((f) => f.startsWith('invalid-'))
      .map((f) => join(FIXTURE_DIR, f)),
    ...readdirSync(BAD_FILES_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(BAD_FILES_DIR, f)),
  ].map((file) => readFileSync(file, 'utf8'));
  return texts.flatMap((text) => {
    const result = parsePlanFile(text);
    return result.ok ? [] : [result.message, ...result.issues.map((i) => i.message)];
  });
}

describe('the plan schema’s messages', () => {
  it('are all catalogue keys in the plan errors area', () => {
    expect(walked.size).toBeGreaterThan(100);
    const notKeys = [...walked].filter((m) => !Object.hasOwn(planErrorMessages, m));
    expect(notKeys).toEqual([]);
  });

  it('use every key of the area (but the rules written as functions, provoked below, and the JSON Schema’s words)', () => {
    const inFunctions = [
      'plan.error.people.id.duplicate',
      'plan.error.personId.unknown',
      'plan.error.person.whyImportant.required',
      'plan.error.signatory.signature.outside',
      'plan.error.signatory.signature.tooManyPoints',
    ];
    const unused = Object.keys(planErrorMessages).filter(
      (k) => !walked.has(k) && !inFunctions.includes(k) && !k.startsWith('plan.error.jsonSchema.'),
    );
    expect(unused).toEqual([]);
  });

  it('fill only the placeholders a zod issue gives', () => {
    const allowed = new Set(['maximum', 'minimum', 'values', 'version']);
    for (const [key, message] of Object.entries(planErrorMessages)) {
      const extra = [...placeholdersOf(message)].filter((p) => !allowed.has(p));
      expect(extra, key).toEqual([]);
    }
  });

  it('name the signature’s points with keys too', () => {
    const plan = fixturePlan('complete.json');
    const signatory = { id: 'so-1', name: 'Sam', role: 'social_worker', stance: 'agrees' } as const;
    plan.signOff = [
      { ...signatory, signature: 'M1 1L401 1' },
      { ...signatory, id: 'so-2', signature: `M1 1${'L2 2'.repeat(SIGNATURE_LIMITS.points)}` },
    ];
    expect(schemaIssues(planSchema, plan).map((i) => i.message)).toEqual([
      { key: 'plan.error.signatory.signature.outside' },
      { key: 'plan.error.signatory.signature.tooManyPoints', params: { maximum: SIGNATURE_LIMITS.points } },
    ]);
  });

  it('ask why, when and whether the child knows only of people the child keeps a relationship with', () => {
    const plan = fixturePlan('complete.json');
    plan.people.push(
      { id: 'p-mum', name: 'Rhian', relationship: 'adoptive_parent' },
      { id: 'p-sw', name: 'Alys', relationship: 'professional', role: 'adoption support worker' },
      { id: 'p-aunt', name: 'Bethan', relationship: 'aunt_uncle', side: 'maternal' },
    );
    expect(schemaIssues(planSchema, plan).map((i) => [i.path, i.message.key])).toEqual([
      [`people.${plan.people.length - 1}.knownToChild`, 'plan.error.person.knownToChild.required'],
      [`people.${plan.people.length - 1}.priority`, 'plan.error.person.priority.required'],
      [`people.${plan.people.length - 1}.whyImportant`, 'plan.error.person.whyImportant.required'],
    ]);
  });

  it('name the cross-field rules with keys too', () => {
    const plan = fixturePlan('complete.json');
    plan.people.push({ ...plan.people[0] });
    plan.support[0].personId = 'p-nobody';
    expect(schemaIssues(planSchema, plan).map((i) => i.message.key)).toEqual([
      'plan.error.people.id.duplicate',
      'plan.error.personId.unknown',
    ]);
  });
});

describe('wording issues', () => {
  it('gives every issue the fixtures and bad files provoke a key in the English catalogue', () => {
    const messages = provokedIssues();
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) {
      expect(Object.hasOwn(english, message.key), message.key).toBe(true);
      expect(messageText(t, message)).not.toMatch(/[{}]/);
    }
  });

  it('fills limits from the issue, written the English way', () => {
    const plan = fixturePlan('complete.json');
    plan.purposes.summary = 'x'.repeat(5001);
    plan.arrangements[0].durationMinutes = 2000;
    plan.review.intervalMonths = 0;
    const issues = schemaIssues(planSchema, plan);
    expect(issues.map((i) => i.message)).toEqual([
      { key: 'plan.error.purposes.summary.tooLong', params: { maximum: 5000 } },
      { key: 'plan.error.arrangement.durationMinutes.tooBig', params: { maximum: 1440 } },
      { key: 'plan.error.review.intervalMonths.tooSmall', params: { minimum: 1 } },
    ]);
    expect(issues.map((i) => messageText(t, i.message))).toEqual([
      'The summary must be 5,000 characters or fewer',
      'The length must be 1,440 minutes (a day) or fewer',
      'Reviews must be at least 1 month apart',
    ]);
  });

  it('words problems the schema does not word itself with the generic file messages', () => {
    const plan = fixturePlan('complete.json') as unknown as { child: Record<string, unknown> };
    plan.child.address = '1 High Street';
    delete plan.child.needs;
    expect(schemaIssues(planSchema, plan).map((i) => `${i.path}: ${messageText(t, i.message)}`)).toEqual([
      'child.needs: Missing: this field is required',
      'child: Has a field that plan files do not use: address',
    ]);
  });

  it('words an issue parsed without the error map by its kind', () => {
    const r = planSchema.safeParse({ ...fixturePlan('complete.json'), practice: 'yes' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => messageText(t, issueMessage(i)))).toEqual(['Must be true or false']);
  });
});
