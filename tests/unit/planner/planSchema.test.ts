import { describe, expect, it } from 'vitest';
import { messageText } from '../../../src/i18n/keyedMessage';
import { translator } from '../../../src/i18n/translator';
import { schemaIssues } from '../../../src/planner/schema/issueMessage';
import { SECTION_IDS } from '../../../src/planner/schema/planVocabulary';
import { planSchema, sectionCompleteSchemas } from '../../../src/planner/schema/planSchema';
import { SECTION_META } from '../../../src/planner/schema/sections';
import { planJsonSchema } from '../../../src/planner/schema/planJsonSchema';
import { createPlan } from '../../../src/planner/state/planOperations';
import { fixturePlan, validFixtureNames } from './fixtures';

const { t } = translator('en');
const complete = () => fixturePlan('complete.json');
/** The schema's problems with a plan, in the English words the builder shows. */
const issues = (value: unknown) =>
  schemaIssues(planSchema, value).map((i) => `${i.path}: ${messageText(t, i.message)}`);

describe('plan schema', () => {
  it.each(validFixtureNames().filter((f) => !f.startsWith('v0-')))('accepts the valid fixture %s', (name) => {
    expect(issues(fixturePlan(name))).toEqual([]);
  });

  it('accepts a brand-new empty plan as a draft', () => {
    expect(issues(createPlan())).toEqual([]);
  });

  it('refuses unknown keys at every level', () => {
    const plan = complete() as unknown as Record<string, unknown>;
    (plan.child as Record<string, unknown>).address = '1 High Street';
    expect(issues(plan)).toEqual(['child: Has a field that plan files do not use: address']);
  });

  it('limits text length with a message naming the field', () => {
    const plan = complete();
    plan.people[0].name = 'x'.repeat(121);
    expect(issues(plan)).toEqual(['people.0.name: The name must be 120 characters or fewer']);
  });

  it('limits list sizes', () => {
    const plan = complete();
    plan.change.stages = Array.from({ length: 13 }, (_, i) => ({ id: `s${i}`, when: 'Later', changes: 'More' }));
    expect(issues(plan)).toEqual(['change.stages: A plan can have up to 12 stages']);
  });

  it('needs a reason how a challenge is managed', () => {
    const plan = complete();
    plan.factors[1].howManaged = ' ';
    expect(issues(plan)).toEqual(['factors.1.howManaged: Enter how this challenge will be managed']);
  });

  it('needs a person when a factor is about one of the important people', () => {
    const plan = complete();
    delete plan.factors[1].personId;
    expect(issues(plan)).toEqual(['factors.1.personId: Select which person this is about']);
  });

  it('refuses references to people not in the plan', () => {
    const plan = complete();
    plan.support[0].personId = 'p-nobody';
    expect(issues(plan)).toEqual(['support.0.personId: This refers to a person who is not in the plan']);
  });

  it('refuses impossible dates and bad enum values', () => {
    const plan = complete() as unknown as { child: { dateOfBirth: string }; arrangements: { form: string }[] };
    plan.child.dateOfBirth = '2023-02-29';
    plan.arrangements[0].form = 'carrier_pigeon';
    expect(issues(plan)).toEqual([
      'child.dateOfBirth: Date of birth must be a real date',
      'arrangements.0.form: Select how they will stay in touch',
    ]);
  });

  it('takes only the signatures the signature pad draws', () => {
    const plan = complete();
    const signedWith = (signature: string) => {
      plan.signOff = [{ id: 'so-1', name: 'Sam', role: 'social_worker', stance: 'agrees', signature }];
      return issues(plan);
    };
    // What the pad writes: strokes of a move and lines, one decimal, inside its 400 × 140 box.
    expect(signedWith('M12.5 40L12.5 40L30 41.2 M0 0L400 140')).toEqual([]);
    expect(signedWith('')).toEqual([]);
    const notDrawn =
      'signOff.0.signature: The drawn signature is not one the signature box could have drawn: it holds something other than pen strokes';
    for (const hostile of [
      'M0 0 L10 10<script>',
      'M0 0 L10 10 Z',
      'M10 40 C 20 10, 40 10, 50 40',
      'm5 30 l10 -20',
      'L10 10',
      'M10',
      'M10 10 20 20',
      'MNaN NaN',
      'M1e308 1e308',
      'M1e2 1',
      'M-5 10',
      'M+5 10',
      'M.5 10',
      'MInfinity 0',
      'M0x10 5',
      'M10 10L20 20"/><script>alert(1)</script>',
      'M1 1\u0000L2 2',
    ]) {
      expect(signedWith(hostile), hostile).toEqual([notDrawn]);
    }
    expect(signedWith('M10 10L400.1 20')).toEqual([
      'signOff.0.signature: The drawn signature is not one the signature box could have drawn: it has a point outside the box',
    ]);
    expect(signedWith(`M1 1${'L2 2'.repeat(4000)}`)).toEqual([
      'signOff.0.signature: The drawn signature has more than 4,000 points, more than the signature box keeps: clear it and sign again',
    ]);
    // Over the length cap, only that is said: the pattern is not run over megabytes.
    expect(signedWith('M'.repeat(5_000_000))).toEqual([
      'signOff.0.signature: The signature is too detailed: clear it and sign again',
    ]);
  });

  it('keeps earlier versions as whole plans without their own history', () => {
    const plan = complete();
    const { previousVersions: _, ...earlier } = complete();
    plan.previousVersions = [{ ...earlier, status: 'signed' }];
    plan.version = 2;
    expect(issues(plan)).toEqual([]);
    (plan.previousVersions[0] as Record<string, unknown>).previousVersions = [];
    expect(issues(plan)).toEqual(['previousVersions.0: Has a field that plan files do not use: previousVersions']);
  });

  it('has labels for every section, in the order the template uses', () => {
    expect(Object.keys(SECTION_META)).toEqual([...SECTION_IDS]);
    expect(SECTION_IDS.filter((s) => SECTION_META[s].step).map((s) => SECTION_META[s].step)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });
});

describe('section completeness rules', () => {
  const messages = (section: keyof typeof sectionCompleteSchemas, value: unknown) =>
    schemaIssues(sectionCompleteSchemas[section], value).map((i) => messageText(t, i.message));

  it('uses GOV.UK-style messages for an empty plan', () => {
    const plan = createPlan();
    expect(messages('child', plan.child)).toEqual([
      "Enter the child's name or a pseudonym",
      "Enter the child's date of birth or their age",
    ]);
    expect(messages('purposes', plan.purposes)).toEqual(['Select at least one purpose of staying in touch']);
    expect(messages('people', plan.people)).toEqual(['Add at least one person who is important to the child']);
    expect(messages('review', plan.review)).toEqual([
      'Enter the date of the next review',
      'Enter how many months there will be between reviews',
      'Enter who will convene the review',
    ]);
    expect(messages('voices', plan.voices)).toEqual([
      "Enter the child's wishes and feelings, or why they could not be given",
    ]);
  });

  it('passes every section of the complete fixture', () => {
    const plan = complete();
    for (const section of Object.keys(sectionCompleteSchemas) as (keyof typeof sectionCompleteSchemas)[]) {
      expect(messages(section, plan[section]), section).toEqual([]);
    }
  });
});

describe('published JSON Schema', () => {
  const schema = planJsonSchema('https://example.org') as {
    $id: string;
    $schema: string;
    properties: Record<string, unknown>;
    required: string[];
    additionalProperties: boolean;
  };

  it('is generated from the zod schema with every top-level field', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/schemas/plan-v2.json');
    expect(Object.keys(schema.properties)).toEqual(Object.keys(planSchema.shape));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('schemaVersion');
    expect(schema.properties.schemaVersion).toMatchObject({ const: 2 });
  });

  it('carries the limits', () => {
    const child = schema.properties.child as { properties: Record<string, { maxLength?: number }> };
    expect(child.properties.name.maxLength).toBe(120);
    const people = schema.properties.people as { maxItems: number };
    expect(people.maxItems).toBe(40);
  });
});
