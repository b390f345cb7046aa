/**
 * The child's plan and easy read (issue 14), as readings: the age band from the date of birth, key
 * words marked, names as the reader's family may see them, only what concerns the reader, and for
 * every worked example and every wording, nothing of the other family's that the edition's own
 * findings do not show first.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { keepFinding } from '../../../src/planner/answers/copyFindings';
import {
  AGE_BANDS,
  ageBandOn,
  editionFindings,
  editionReading,
  peopleAsChildKnowsThem,
  sentence,
  type EditionReading,
  type Wording,
} from '../../../src/planner/answers/readerEditions';
import { NO_PROTECTED_DETAILS } from '../../../src/planner/schema/planVocabulary';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { nameProtectedFrom, protectedDetailsOfPlan } from '../../../src/planner/state/protectedDetails';
import { fold } from '../../../src/planner/text/foldedWords';
import { findIdentifyingDetails } from '../../../src/planner/text/identifyingDetails';
import { loadPlan } from '../pdf/pdfTestKit';

const en = translator('en');
const cy = translator('cy');
const FIXTURE = 'tests/fixtures/plans/family-copies.json';

/** Everything a reading prints, a line a sentence. */
const textOf = (reading: EditionReading) =>
  [
    reading.title,
    ...reading.sections.flatMap((s) => [
      s.heading,
      ...s.points.flatMap((p) => p.sentences.map((r) => r.map((x) => x.text).join(''))),
    ]),
  ].join('\n');

describe('the age band', () => {
  it.each([
    ['2019-12-04', 'under8'],
    ['2018-12-03', '8to12'],
    ['2014-12-04', '8to12'],
    ['2013-12-03', 'teen'],
    ['2008-01-01', 'teen'],
  ])('of a child born on %s is %s on 3 December 2026', (born, band) => {
    expect(ageBandOn(born, '2026-12-03')).toBe(band);
  });

  it('is for the person making the plan to say when there is no date of birth, or it is after the day', () => {
    expect(ageBandOn('', '2026-12-03')).toBeUndefined();
    expect(ageBandOn('2027-01-01', '2026-12-03')).toBeUndefined();
  });
});

describe('a sentence', () => {
  it('marks its key words, and the plan’s words cannot mark any', () => {
    expect(sentence(en, 'plan.edition.easyRead.about.for', { name: '**Jo**' })).toEqual([
      { text: 'This copy is for ' },
      { text: 'Jo', strong: true },
      { text: '.' },
    ]);
  });
});

describe('the child’s plan', () => {
  const plan = loadPlan(FIXTURE);

  it('speaks to the child in the words of each age band, with names as the adoptive family’s copy shows them', () => {
    const under8 = textOf(editionReading(plan, { kind: 'child', ageBand: 'under8' }, en));
    const teen = textOf(editionReading(plan, { kind: 'child', ageBand: 'teen' }, en));
    expect(under8).toContain('Maya’s plan for keeping in touch');
    expect(teen).toContain('Maya’s staying-in-touch plan');
    expect(under8).toContain('This is your plan.');
    expect(teen).toContain('you can ask for the plan to be looked at sooner.');
    // Who arranges it is for older children; the youngest hear only what happens and when.
    expect(teen).toMatch(/helps to arrange it|help to arrange it|letterbox team helps/);
    expect(under8).not.toMatch(/arrange it|letterbox team helps/);
    // Birth relatives whose first names the plan does not share are named by their part, or as the child calls them.
    const details = protectedDetailsOfPlan(plan, 'adoptive');
    expect(findIdentifyingDetails(under8, details).filter((f) => f.detailIndex !== undefined)).toEqual([]);
    expect(under8).toMatch(/your birth mother|Nana/);
  });

  it('prints a line in the child’s words as theirs, and its findings are the edition’s to settle', () => {
    const withWords: Plan = structuredClone(plan);
    withWords.arrangements[0].childWords = 'I like seeing Sarah at the farm';
    const wording: Wording = { kind: 'child', ageBand: '8to12' };
    expect(textOf(editionReading(withWords, wording, en))).toContain(
      'In your words: “I like seeing Sarah at the farm”',
    );
    const key = `arrangements.${withWords.arrangements[0].id}.childWords`;
    const found = editionFindings(withWords, wording, en);
    expect(found.map((f) => [f.row.key, f.finding.text])).toEqual([[key, 'Sarah']]);
    // Kept with a reason, it no longer stops the edition.
    const kept = keepFinding(withWords, key, 'Sarah', 'Maya calls her Sarah and the family know it');
    expect(editionFindings(kept, wording, en).filter((f) => !f.kept)).toEqual([]);
  });

  it('draws the eco-map with everyone as the child knows them', () => {
    const people = peopleAsChildKnowsThem(plan, en).people;
    const mother = people.find((p) => p.id === 'p-mother')!;
    expect(mother.name).not.toContain('Sarah');
    expect(people.find((p) => p.relationship === 'adoptive_parent')?.name).toContain('Price-Jones');
  });

  it('is written in Welsh with no message left untranslated', () => {
    for (const ageBand of AGE_BANDS) {
      const text = textOf(editionReading(plan, { kind: 'child', ageBand }, cy));
      expect(text).not.toContain('plan.edition');
      expect(text).toContain('cynllun');
    }
  });
});

describe('easy read', () => {
  const plan = loadPlan(FIXTURE);

  it('holds only the arrangements and support of the birth relative it is for', () => {
    const sarah = textOf(editionReading(plan, { kind: 'easyRead' }, en, 'p-mother'));
    const leon = textOf(editionReading(plan, { kind: 'easyRead' }, en, 'p-leon'));
    expect(sarah).toContain('This copy is for Sarah.');
    expect(leon).not.toContain('This copy is for Sarah.');
    const mine = plan.support.find((s) => s.personId === 'p-mother')!;
    expect(sarah).toContain(mine.description.trim());
    expect(leon).not.toContain(mine.description.trim());
    // Each point is one idea: no sentence longer than an easy-read line allows, except the plan's own words.
    expect(sarah.split('\n').filter((line) => line.split(' ').length > 20)).toEqual([]);
  });

  it('names the child only where the plan says the birth family knows the first name', () => {
    const unnamed = textOf(editionReading(plan, { kind: 'easyRead' }, en, 'p-mother'));
    const named: Plan = structuredClone(plan);
    named.protectedDetails = { ...(named.protectedDetails ?? NO_PROTECTED_DETAILS), childFirstNameShared: true };
    expect(textOf(editionReading(named, { kind: 'easyRead' }, en, 'p-mother'))).toContain('Keeping in touch with Maya');
    expect(unnamed.includes('Maya')).toBe(!!plan.protectedDetails?.childFirstNameShared);
  });
});

const EXAMPLES = readdirSync('src/planner/examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => `src/planner/examples/${f}`);

describe.each([...EXAMPLES, FIXTURE])('the editions of %s', (path) => {
  const plan = loadPlan(path);
  const wordings: [Wording, string | undefined][] = [
    ...AGE_BANDS.map((ageBand): [Wording, undefined] => [{ kind: 'child', ageBand }, undefined]),
    ...plan.people
      .filter((p) => nameProtectedFrom(p, 'adoptive'))
      .map((p): [Wording, string] => [{ kind: 'easyRead' }, p.id]),
  ];

  it.each(wordings)('%j for %s print nothing of the other family that their findings do not show', (wording, forId) => {
    for (const i18n of [en, cy]) {
      const reader = wording.kind === 'child' ? 'adoptive' : 'birth';
      const text = textOf(editionReading(plan, wording, i18n, forId));
      const shown = new Set(editionFindings(plan, wording, i18n, forId).map((f) => fold(f.finding.text)));
      const printed = findIdentifyingDetails(text, protectedDetailsOfPlan(plan, reader)).filter(
        (f) => f.detailIndex !== undefined,
      );
      expect(printed.map((f) => f.text).filter((t) => !shown.has(fold(t)))).toEqual([]);
    }
  });
});
