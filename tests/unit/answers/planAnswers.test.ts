/**
 * One reading of the plan: every field of the schema has a row with a label from the catalogue, so
 * a field added to the schema without its row (or its words) fails here; and a new optional field
 * ("interpreter needed") reaches check your answers, the PDF, the JSON Schema and the version diff.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { planAnswers, type AnswerRow } from '../../../src/planner/answers/planAnswers';
import { planBlocks } from '../../../src/planner/pdf/planDocument';
import { planFileBytes } from '../../../src/planner/pdf/renderPlanPdf';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { planJsonSchema } from '../../../src/planner/schema/planJsonSchema';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { signOffReadiness } from '../../../src/planner/signoff/signOffRules';
import { diffPlanVersions } from '../../../src/planner/signoff/versionDiff';
import { PlanAnswers } from '../../../src/planner/ui/CheckAnswers';
import { TranslatorContext } from '../../../src/planner/ui/useTranslator';
import { createTranslator } from '../../../src/i18n/createTranslator';
import { BUILDER_CATALOGUE_EN } from '../../../src/i18n/builderCatalogueEn';
import { BUILDER_PLAN_CATALOGUE_EN } from '../../../src/i18n/builderPlanCatalogueEn';

const en = translator('en');

function load(path: string): Plan {
  const r = parsePlanFile(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.message));
  return r.plan;
}

/** Fields that are the file's bookkeeping, not answers, and why each is not a row. */
const NOT_ANSWERS: Record<string, string> = {
  schemaVersion: 'the file format',
  id: 'the plan id, printed on the PDF cover and in file names',
  version: 'printed on the PDF cover and in the footer',
  practice: 'shown as the practice marker on every screen and page',
  exampleId: 'which worked example a practice plan came from',
  createdAt: 'bookkeeping',
  updatedAt: 'bookkeeping',
  completedSections: 'shown as each section’s status',
  changeLog: 'printed as the change log on the sign-off page',
  previousVersions: 'earlier versions, each read the same way',
};

/** Leaf field paths of a JSON Schema, arrays written `*`; ids of list items are not answers. */
function leafFields(schema: Record<string, unknown>, defs: Record<string, unknown>, prefix = ''): string[] {
  const resolved = (s: Record<string, unknown>): Record<string, unknown> => {
    const ref = s.$ref as string | undefined;
    if (ref) return resolved(defs[ref.replace('#/$defs/', '')] as Record<string, unknown>);
    const anyOf = (s.anyOf ?? s.oneOf) as Record<string, unknown>[] | undefined;
    return anyOf ? (anyOf.map(resolved).find((x) => x.type !== 'null') ?? s) : s;
  };
  const s = resolved(schema);
  if (s.type === 'object' && s.properties) {
    return Object.entries(s.properties as Record<string, Record<string, unknown>>).flatMap(([name, child]) => {
      const path = prefix ? `${prefix}.${name}` : name;
      if (!prefix && name in NOT_ANSWERS) return [];
      if (name === 'id' && prefix.endsWith('*')) return [];
      return leafFields(child, defs, path);
    });
  }
  if (s.type === 'array' && s.items) {
    const items = resolved(s.items as Record<string, unknown>);
    // A list of plain values (several chosen options, months) is one field.
    if (items.type === 'object') return leafFields(items, defs, `${prefix}.*`);
  }
  return [prefix];
}

const schema = planJsonSchema();
const schemaFields = leafFields(schema, (schema.$defs ?? {}) as Record<string, unknown>);
const complete = load('tests/fixtures/plans/complete.json');

function allRows(plan: Plan, allQuestions = true): AnswerRow[] {
  return planAnswers(plan, en, { allQuestions }).flatMap((section) =>
    section.parts.flatMap((part) => (part.kind === 'rows' ? part.rows : part.items.flatMap((item) => item.rows))),
  );
}

describe('one reading of the plan', () => {
  it('finds the schema’s fields', () => {
    expect(schemaFields).toContain('child.name');
    expect(schemaFields).toContain('arrangements.*.writtenExchange.dueMonths');
    expect(schemaFields).toContain('people.*.interpreterNeeded');
    expect(schemaFields.length).toBeGreaterThan(80);
  });

  it('has a row for every field of the schema', () => {
    // Every list holds an item, so every item field has a chance to show.
    const full: Plan = {
      ...complete,
      title: 'Named plan',
      review: { ...complete.review, history: [{ date: '2025-06-01', outcome: 'Carry on as planned.' }] },
      signOff: [
        {
          id: 's-1',
          name: 'Ann Example',
          role: 'other',
          roleOther: 'Independent reviewing officer',
          stance: 'agrees_with_reservations',
          reservations: 'Review the meet-ups after a year.',
          date: '2026-11-01',
          signature: 'M0 0 L10 10',
        },
      ],
    };
    const shown = new Set(allRows(full).flatMap((row) => row.fields));
    expect(schemaFields.filter((field) => !shown.has(field))).toEqual([]);
  });

  it('names only fields that exist', () => {
    const known = new Set(schemaFields);
    const stale = allRows(complete).flatMap((row) => row.fields.filter((field) => !known.has(field)));
    expect(stale).toEqual([]);
  });

  it('labels every row from the catalogue', () => {
    const unlabelled = allRows(complete).filter((row) => !row.label || /^plan\./.test(row.label));
    expect(unlabelled.map((row) => row.key)).toEqual([]);
  });

  it('gives every row a stable key that is unique in its plan', () => {
    const keys = allRows(complete, false).map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes lengths, frequencies and intervals the same way everywhere', () => {
    const plan: Plan = {
      ...complete,
      arrangements: [
        { ...complete.arrangements[0], form: 'meet_up', durationMinutes: 120, frequency: { count: 12, per: 'year' } },
      ],
      review: { ...complete.review, intervalMonths: 12 },
    };
    const values = new Map(
      allRows(plan, false).map((row) => [row.key.replace(/^arrangements\.[^.]+\./, 'a.'), row.value]),
    );
    expect(values.get('a.duration')).toBe('2 hours');
    expect(values.get('a.frequency')).toBe('12 times a year');
    expect(values.get('review.intervalMonths')).toBe('12 months');
  });
});

describe('a new optional field reaches every renderer ("interpreter needed")', () => {
  const [first, ...rest] = complete.people;
  const withInterpreter: Plan = {
    ...complete,
    people: [{ ...first, interpreterNeeded: true, interpreterLanguage: 'Polish' }, ...rest],
  };

  it('keeps older files valid: the field is optional', () => {
    expect(parsePlanFile(readFileSync('tests/fixtures/plans/complete.json', 'utf8')).ok).toBe(true);
    const round = parsePlanFile(new TextDecoder().decode(planFileBytes(withInterpreter)));
    expect(round.ok && round.plan.people[0].interpreterLanguage).toBe('Polish');
  });

  it('is in the published JSON Schema', () => {
    expect(JSON.stringify(schema)).toContain('"interpreterNeeded"');
    expect(JSON.stringify(schema)).toContain('"interpreterLanguage"');
  });

  it('shows on check your answers', () => {
    const html = renderToStaticMarkup(
      createElement(
        TranslatorContext.Provider,
        // What a plan's views have: the builder's first-load words and a plan's (PlanView.tsx).
        { value: createTranslator('en', { ...BUILDER_CATALOGUE_EN, ...BUILDER_PLAN_CATALOGUE_EN }) },
        createElement(PlanAnswers, { plan: withInterpreter, readOnly: true }),
      ),
    );
    expect(html).toContain('Do they need an interpreter?');
    expect(html).toContain('Yes, Polish');
  });

  it('is printed in the PDF', () => {
    const blocks = planBlocks(withInterpreter, {
      i18n: en,
      nameStyle: 'full',
      fingerprint: '0'.repeat(64),
      readiness: signOffReadiness(withInterpreter, '2026-12-01'),
    });
    const text = JSON.stringify(blocks);
    expect(text).toContain('"label":"Do they need an interpreter?","value":"Yes, Polish"');
  });

  it('is compared between versions', () => {
    const changes = diffPlanVersions(complete, withInterpreter, en).flatMap((s) => s.changes);
    expect(changes).toContainEqual({
      kind: 'added',
      label: `${first.name}: Do they need an interpreter?`,
      after: 'Yes, Polish',
    });
  });
});
