import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { SECTION_IDS } from '../../../src/planner/schema/planSchema';
import { isoDate, signOffIssues, signOffReadiness } from '../../../src/planner/signoff/signOffRules';

function load(path: string): Plan {
  const r = parsePlanFile(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.plan;
}

const signed = load('tests/unit/pdf/fixtures/signed-multilingual.json');
const complete = load('tests/fixtures/plans/complete.json');
const minimal = load('tests/fixtures/plans/minimal-draft.json');
const TODAY = '2026-11-23';
const rules = (plan: Plan, today = TODAY) => signOffIssues(plan, today).map((i) => i.rule);

describe('sign-off rules', () => {
  it('find nothing missing in a fully signed plan', () => {
    expect(signOffReadiness(signed, TODAY)).toEqual({ issues: [], readyForSignOff: true, complete: true });
  });

  it('list only the signatures for a complete plan nobody has signed yet', () => {
    const r = signOffReadiness(complete, '2026-03-01');
    expect(r.readyForSignOff).toBe(true);
    expect(r.complete).toBe(false);
    expect(r.issues.map((i) => [i.rule, i.sectionId, i.stage])).toEqual([
      ['signoff.social-worker', 'signoff', 'signatures'],
      ['signoff.adoptive-parents', 'signoff', 'signatures'],
    ]);
  });

  it('list everything an empty draft still needs, each linked to its section, in section order', () => {
    const issues = signOffIssues(minimal, TODAY);
    expect(issues.map((i) => i.message)).toEqual([
      "Enter the child's name or a pseudonym",
      'Select at least one purpose of staying in touch',
      'Add at least one person who is important to the child',
      'Add at least one arrangement, even if it is "none for now"',
      "Record the child's wishes and feelings, or why they could not be given",
      'Enter the date of the next review',
      "Add the social worker's sign-off, with the date",
      "Add the adoptive parents' sign-off, with the date",
    ]);
    const order = issues.map((i) => SECTION_IDS.indexOf(i.sectionId));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(signOffReadiness(minimal, TODAY).readyForSignOff).toBe(false);
  });

  it('need the next review date to be in the future, judged on the given day', () => {
    expect(rules(signed, '2027-05-14')).toContain('review.date-in-past');
    expect(rules(signed, '2027-05-13')).not.toContain('review.date-in-past');
    expect(signOffIssues(signed, new Date(2027, 4, 20)).map((i) => i.rule)).toContain('review.date-in-past');
    expect(isoDate(new Date(2027, 0, 5))).toBe('2027-01-05');
  });

  it('accept the reason the child could not give views instead of their views', () => {
    const voices = {
      ...signed.voices,
      child: { ...signed.voices.child, wishes: '', notGivenReason: 'Too young to say; observed at play.' },
    };
    expect(rules({ ...signed, voices })).not.toContain('voices.child');
    expect(rules({ ...signed, voices: { ...voices, child: { ...voices.child, notGivenReason: ' ' } } })).toContain(
      'voices.child',
    );
  });

  it('need every arrangement linked to people in the plan and to a purpose', () => {
    const arrangements = signed.arrangements.map((a, i) =>
      i === 1 ? { ...a, personIds: ['someone-removed'] } : i === 2 ? { ...a, purposes: [] } : a,
    );
    const issues = signOffIssues({ ...signed, arrangements }, TODAY);
    expect(issues.find((i) => i.rule === 'arrangements.people')).toMatchObject({
      sectionId: 'arrangements',
      index: 1,
      message: 'Select who arrangement 2 (postal exchange (letters, cards, photos)) is with',
    });
    expect(issues.find((i) => i.rule === 'arrangements.purposes')).toMatchObject({ index: 2 });
  });

  it("need the social worker's and adoptive parents' dated sign-off", () => {
    const noSocialWorker = signed.signOff.filter((s) => s.role !== 'social_worker');
    expect(rules({ ...signed, signOff: noSocialWorker })).toEqual(['signoff.social-worker']);
    const undated = signed.signOff.map((s) => (s.role === 'adoptive_parent' ? { ...s, date: '' } : s));
    expect(rules({ ...signed, signOff: undated })).toEqual([
      'signoff.adoptive-parents',
      'signoff.date',
      'signoff.date',
    ]);
  });

  it('need reservations written down, and no sign-off dated in the future', () => {
    const signOff = signed.signOff.map((s, i) =>
      i === 4
        ? { ...s, reservations: '' }
        : i === 5
          ? { ...s, stance: 'does_not_agree' as const, date: '2026-12-01' }
          : s,
    );
    expect(signOffIssues({ ...signed, signOff }, TODAY).map((i) => i.message)).toEqual([
      "Enter Łucja Świątek-Żak's reservations",
      'The date Nguyễn Thị Ngộ signed off cannot be in the future',
      'Record why Nguyễn Thị Ngộ does not agree',
    ]);
  });

  it('cope with partial plans from old files', () => {
    const partial = { ...minimal, purposes: undefined, signOff: undefined } as unknown as Plan;
    expect(() => signOffIssues(partial, TODAY)).not.toThrow();
  });
});
