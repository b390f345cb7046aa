import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { SECTION_IDS } from '../../../src/planner/schema/planVocabulary';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { diffPlanVersions as diff } from '../../../src/planner/signoff/versionDiff';
import { translator } from '../../../src/i18n/translator';
import { startNewVersion } from '../../../src/planner/signoff/planLifecycle';

function load(path: string): Plan {
  const r = parsePlanFile(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.message));
  return r.plan;
}

const diffPlanVersions = (older: Plan, newer: Plan) => diff(older, newer, translator('en'));
const complete = load('tests/fixtures/plans/complete.json');
const signed = load('tests/unit/pdf/fixtures/signed-multilingual.json');

/** Changes as "section | kind | label | before → after" lines, easy to read in a failure. */
const lines = (older: Plan, newer: Plan) =>
  diffPlanVersions(older, newer).flatMap((s) =>
    s.changes.map((c) => `${s.section} | ${c.kind} | ${c.label} | ${c.before ?? ''} → ${c.after ?? ''}`),
  );

describe('what changed between two versions', () => {
  it('finds nothing between a plan and itself, or when only the save time differs', () => {
    expect(diffPlanVersions(complete, complete)).toEqual([]);
    expect(diffPlanVersions(complete, { ...complete, updatedAt: '2030-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('reports changed fields with their labels, and dates as people write them', () => {
    const newer: Plan = {
      ...complete,
      child: { ...complete.child, age: '', languages: 'English and Polish' },
      review: { ...complete.review, nextDate: '2027-03-01', convenor: 'The family centre' },
    };
    const older: Plan = { ...complete, child: { ...complete.child, age: '4 years', languages: 'English' } };
    expect(lines(older, newer)).toEqual([
      'child | removed | Age | 4 years → ',
      'child | changed | Languages | English → English and Polish',
      'review | changed | Date of the next review | 15 January 2027 → 1 March 2027',
      `review | changed | Who convenes the review? | ${complete.review.convenor} → The family centre`,
    ]);
  });

  it('reports a person added or removed once, and a changed person field by field', () => {
    const [first, ...rest] = complete.people;
    const newer: Plan = {
      ...complete,
      people: [
        { ...first, livesWhere: 'Leeds' },
        ...rest.slice(1),
        {
          id: 'p-new-grandparent',
          name: 'Nana Jean',
          relationship: 'grandparent',
          knownToChild: 'yes',
          priority: 'now',
          whyImportant: 'Lifelong love',
        },
      ],
      // Arrangements and views that named the removed person would fail validation; keep the test to people.
    };
    const people = diffPlanVersions(complete, newer).find((s) => s.section === 'people')!;
    expect(people.title).toBe('Who is important now or later');
    expect(people.changes).toContainEqual({ kind: 'added', label: 'Person', after: 'Nana Jean' });
    expect(people.changes).toContainEqual({ kind: 'removed', label: 'Person', before: rest[0].name });
    const livesWhere = people.changes.find((c) => c.label === `${first.name}: Where they live`);
    expect(livesWhere?.after).toBe('Leeds');
    // One line for the added person, not one per field.
    expect(people.changes.filter((c) => c.after === 'Lifelong love')).toEqual([]);
  });

  it('compares choices option by option', () => {
    const selected = complete.purposes.selected;
    expect(selected[0]).not.toBe('other');
    const newer: Plan = {
      ...complete,
      purposes: {
        ...complete.purposes,
        selected: [...selected.slice(1), ...(selected.includes('ease_loss') ? [] : ['ease_loss' as const])],
      },
    };
    const changes = diffPlanVersions(complete, newer)[0];
    expect(changes.section).toBe('purposes');
    expect(changes.changes.map((c) => c.kind).sort()).toEqual(
      selected.includes('ease_loss') ? ['removed'] : ['added', 'removed'],
    );
  });

  it('lists sections in the schema’s order, sign-off last', () => {
    const next = startNewVersion(signed, { summary: 'Change', by: '', now: new Date('2026-11-23T10:00:00Z') });
    if (!next.ok) throw new Error(next.reasons.join());
    const newer: Plan = {
      ...next.plan,
      child: { ...next.plan.child, religion: 'Quaker' },
      review: { ...next.plan.review, convenor: 'Someone else' },
    };
    const sections = diffPlanVersions(signed, newer).map((s) => s.section);
    expect(sections).toEqual(SECTION_IDS.filter((s) => sections.includes(s)));
    expect(sections.at(-1)).toBe('signoff');
    const signoff = diffPlanVersions(signed, newer).at(-1)!;
    expect(signoff.changes[0]).toEqual({ kind: 'changed', label: 'Status', before: 'Signed off', after: 'Draft' });
    expect(signoff.changes.filter((c) => c.kind === 'removed' && c.label === 'Signatory')).toHaveLength(
      signed.signOff.length,
    );
  });
});
