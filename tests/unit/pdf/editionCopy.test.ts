/**
 * Which copy an edition is: the one answer the print view and `npm run plan:pdf` give (a birth
 * relative's copy and easy read are one birth relative's; the child's plan is in an age band's words).
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { editionCopy, openFindings } from '../../../src/planner/pdf/editionCopy';
import { NO_PROTECTED_DETAILS } from '../../../src/planner/schema/planVocabulary';
import { loadPlan } from './pdfTestKit';

const plan = loadPlan('tests/fixtures/plans/family-copies.json');
const today = '2026-12-03';

describe('the copy an edition is', () => {
  it('is none for the agency record, the adoptive family’s for theirs', () => {
    expect(editionCopy(plan, 'record', { today })).toEqual({ ok: true, copy: undefined });
    expect(editionCopy(plan, 'adoptive-family', { today })).toEqual({ ok: true, copy: { reader: 'adoptive' } });
  });

  it('is one birth relative’s, named or the plan’s only one', () => {
    expect(editionCopy(plan, 'birth-relative', { forId: 'p-mother', today })).toEqual({
      ok: true,
      copy: { reader: 'birth', forId: 'p-mother' },
    });
    expect(editionCopy(plan, 'easy-read', { forId: 'p-leon', today })).toEqual({
      ok: true,
      copy: { reader: 'birth', forId: 'p-leon', wording: { kind: 'easyRead' } },
    });
    const relatives = ['p-mother', 'p-leon', 'p-nana'];
    expect(editionCopy(plan, 'birth-relative', { today })).toEqual({
      ok: false,
      problem: 'notBirthRelative',
      birthRelatives: relatives,
    });
    expect(editionCopy(plan, 'easy-read', { forId: 'p-rhian', today })).toEqual({
      ok: false,
      problem: 'notBirthRelative',
      forId: 'p-rhian',
      birthRelatives: relatives,
    });
    const onlyOne = { ...plan, people: plan.people.filter((p) => !['p-leon', 'p-nana'].includes(p.id)) };
    expect(editionCopy(onlyOne, 'easy-read', { today })).toMatchObject({ ok: true, copy: { forId: 'p-mother' } });
  });

  it('is the child’s plan in the age band chosen, else the child’s age today, else none', () => {
    // Born 18 April 2021: under 8 until April 2029.
    expect(editionCopy(plan, 'child', { today })).toEqual({
      ok: true,
      copy: { reader: 'adoptive', wording: { kind: 'child', ageBand: 'under8' } },
    });
    expect(editionCopy(plan, 'child', { today: '2034-01-01' })).toMatchObject({
      copy: { wording: { ageBand: '8to12' } },
    });
    expect(editionCopy(plan, 'child', { band: 'teen', today })).toMatchObject({
      copy: { wording: { ageBand: 'teen' } },
    });
    expect(editionCopy(plan, 'child', { band: 'grown-up', today })).toMatchObject({
      copy: { wording: { ageBand: 'under8' } },
    });
    const noBirthday = { ...plan, child: { ...plan.child, dateOfBirth: '' } };
    expect(editionCopy(noBirthday, 'child', { today })).toEqual({ ok: false, problem: 'noAgeBand' });
  });

  it('counts as open only the findings neither reworded nor kept', () => {
    const copy = { reader: 'birth' as const, forId: 'p-mother' };
    expect(openFindings(plan, copy, translator('en')).map((f) => f.row.key)).toContain('arrangements.a-mother.avoid');
    const shared = { ...plan, protectedDetails: { ...NO_PROTECTED_DETAILS, childFirstNameShared: true } };
    expect(openFindings(shared, copy, translator('en'))).toEqual([]);
  });
});
