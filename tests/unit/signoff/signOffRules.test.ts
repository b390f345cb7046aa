import { messageText, type KeyedMessage } from '../../../src/i18n/keyedMessage';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { SECTION_IDS } from '../../../src/planner/schema/planVocabulary';
import { translator } from '../../../src/i18n/translator';
import {
  dueForReview,
  isoDate,
  nextReviewDateProblem,
  signatoryDateProblem,
  signOffIssues,
  signOffReadiness,
} from '../../../src/planner/signoff/signOffRules';

function load(path: string): Plan {
  const r = parsePlanFile(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.message));
  return r.plan;
}

const signed = load('tests/unit/pdf/fixtures/signed-multilingual.json');
const complete = load('tests/fixtures/plans/complete.json');
const minimal = load('tests/fixtures/plans/minimal-draft.json');
const TODAY = '2026-11-23';
const rules = (plan: Plan, today = TODAY) => signOffIssues(plan, today).map((i) => i.rule);
/** What the reader sees: the issue's message in English. */
const en = translator('en');
const text = (message: KeyedMessage) => messageText(en.t, message);

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
    expect(issues.map(text)).toEqual([
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

  it('have one rule for the next review date: given, and after today', () => {
    expect(nextReviewDateProblem('', TODAY)).toEqual({ rule: 'review.date', key: 'signoff.rule.reviewDate' });
    expect(nextReviewDateProblem(undefined, TODAY)?.rule).toBe('review.date');
    expect(nextReviewDateProblem('2026-11-22', TODAY)?.rule).toBe('review.date-in-past');
    expect(nextReviewDateProblem(TODAY, TODAY)?.rule).toBe('review.date-in-past');
    expect(nextReviewDateProblem('2026-11-24', TODAY)).toBeUndefined();
    expect(en.t(nextReviewDateProblem('2026-01-01', TODAY)!.key)).toBe(
      'The date of the next review must be in the future',
    );
  });

  it('flag a settled plan whose review date has come as due for review, and only such a plan', () => {
    // Signed, review on 14 May 2027.
    expect(dueForReview(signed, '2027-05-13')).toBe(false);
    expect(dueForReview(signed, '2027-05-14')).toBe(true);
    expect(dueForReview(signed, '2028-01-01')).toBe(true);
    // A draft whose review section was saved as completed (15 January 2027) is settled too.
    expect(complete.status).toBe('draft');
    expect(dueForReview(complete, '2027-01-16')).toBe(true);
    // A draft date only typed, never saved as completed, is not a review falling due.
    const typed = { ...complete, completedSections: complete.completedSections.filter((s) => s !== 'review') };
    expect(dueForReview(typed, '2027-01-16')).toBe(false);
    expect(dueForReview({ ...typed, status: 'ready' }, '2027-01-16')).toBe(true);
    // No date at all is something missing, not a review due.
    expect(dueForReview({ ...signed, review: { ...signed.review, nextDate: '' } }, '2028-01-01')).toBe(false);
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
    const people = issues.find((i) => i.rule === 'arrangements.people')!;
    expect(people).toMatchObject({ sectionId: 'arrangements', index: 1, key: 'signoff.rule.arrangementPeople' });
    expect(text(people)).toBe('Select who arrangement 2 (postal exchange) is with');
    expect(issues.find((i) => i.rule === 'arrangements.purposes')).toMatchObject({ index: 2 });
  });

  it('take the reason for "none for now" instead of a purpose', () => {
    const none = (change: object) =>
      signOffIssues(
        {
          ...signed,
          arrangements: signed.arrangements.map((a, i) =>
            i === 0 ? { ...a, form: 'none_now', purposes: [], ...change } : a,
          ),
        },
        TODAY,
      ).filter((i) => i.rule.startsWith('arrangements.'));
    const [missing] = none({});
    expect(missing).toMatchObject({ rule: 'arrangements.none-reason', index: 0 });
    expect(text(missing)).toBe('Say why arrangement 1 (none for now) means no contact for now');
    expect(none({ noneReason: 'Whereabouts unknown.' })).toEqual([]);
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

  it('need every adoptive parent in the register to sign, linked or by the same name', () => {
    const people = [
      ...signed.people,
      { id: 'p-rhian', name: 'Rhian Evans', relationship: 'adoptive_parent' as const },
      { id: 'p-catrin', name: 'Catrin Evans', relationship: 'adoptive_parent' as const },
    ];
    const others = signed.signOff.filter((s) => s.role !== 'adoptive_parent');
    const rhian = { id: 's-rhian', personId: 'p-rhian', name: 'Rhian Evans', role: 'adoptive_parent' as const };
    const signedBy = (...extra: Plan['signOff']) => ({ ...signed, people, signOff: [...others, ...extra] });
    const agreed = { stance: 'agrees' as const, date: '2026-11-20' };

    const onlyRhian = signOffIssues(signedBy({ ...rhian, ...agreed }), TODAY);
    expect(onlyRhian.map((i) => i.rule)).toEqual(['signoff.adoptive-parent']);
    expect(text(onlyRhian[0])).toBe("Add Catrin Evans's sign-off as an adoptive parent, with the date");

    // Catrin typed in by hand as an adoptive parent counts; the same name as someone else's role does not.
    const typed = { id: 's-catrin', name: ' catrin evans ', role: 'adoptive_parent' as const, ...agreed };
    expect(rules(signedBy({ ...rhian, ...agreed }, typed))).toEqual([]);
    expect(rules(signedBy({ ...rhian, ...agreed }, { ...typed, role: 'foster_carer' }))).toEqual([
      'signoff.adoptive-parent',
    ]);
    // Undated, Rhian has not signed yet.
    expect(rules(signedBy({ ...rhian, ...agreed, date: '' }, typed))).toEqual([
      'signoff.adoptive-parent',
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
    expect(signOffIssues({ ...signed, signOff }, TODAY).map(text)).toEqual([
      "Enter Łucja Świątek-Żak's reservations",
      'The date Nguyễn Thị Ngộ signed off must be today or in the past',
      'Record why Nguyễn Thị Ngộ does not agree',
    ]);
  });

  it('name a signatory with no name by their place in the list', () => {
    const signOff = signed.signOff.map((s, i) => (i === 1 ? { ...s, name: ' ', date: '' } : s));
    expect(signOffIssues({ ...signed, signOff }, TODAY).map(text)).toContain('Enter the date signatory 2 signed off');
  });

  it('share one date rule, and its messages, with the signatory form', () => {
    expect(signatoryDateProblem('', TODAY)?.key).toBe('signoff.rule.signatoryDate.missing');
    expect(signatoryDateProblem('2026-02-30', TODAY)?.key).toBe('signoff.rule.signatoryDate.notReal');
    expect(signatoryDateProblem('2026-11-24', TODAY)?.key).toBe('signoff.rule.signatoryDate.future');
    expect(signatoryDateProblem(TODAY, TODAY)).toBeUndefined();
    const future = signatoryDateProblem('2026-11-24', TODAY)!;
    expect(en.t(future.key, { who: en.t('signoff.signatoryForm.they') })).toBe(
      'The date they signed off must be today or in the past',
    );
    const invalid = signed.signOff.map((s, i) => (i === 0 ? { ...s, date: '2026-02-30' } : s));
    expect(rules({ ...signed, signOff: invalid })).toContain('signoff.date-not-real');
  });

  it('cope with partial plans from old files', () => {
    const partial = { ...minimal, purposes: undefined, signOff: undefined } as unknown as Plan;
    expect(() => signOffIssues(partial, TODAY)).not.toThrow();
  });
});
