import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { planTitle, styledChildName } from '../../../src/planner/pdf/planDocument';

const en = translator('en');
const formatDate = (iso: string) => en.date(iso.slice(0, 10));
import { signedOffDate } from '../../../src/planner/signoff/signOffRules';
import { SIGNED_FIXTURE, loadPlan } from './pdfTestKit';

describe('plan document wording', () => {
  it('writes dates the UK way', () => {
    expect(formatDate('2027-05-14')).toBe('14 May 2027');
    expect(formatDate('2026-11-09T16:00:00.000Z')).toBe('9 November 2026');
    expect(formatDate('')).toBe('');
  });

  it('styles the child name in full, first name only, or initials', () => {
    expect(styledChildName('  Anna-Maria  Nowak ', 'full')).toBe('Anna-Maria Nowak');
    expect(styledChildName('Anna-Maria Nowak', 'first')).toBe('Anna-Maria');
    expect(styledChildName('Anna-Maria Nowak', 'initials')).toBe('A.-M. N.');
    expect(styledChildName('İpek ışıl', 'initials')).toBe('İ. I.');
    expect(styledChildName(' ', 'initials', 'Not provided')).toBe('Not provided');
  });

  it("hides the child's name inside a custom title when asked to", () => {
    const plan = { ...loadPlan(SIGNED_FIXTURE), title: 'Plan for Eluned Ŵyn Ŷwain and her brother' };
    expect(planTitle(plan, 'full', en)).toBe('Plan for Eluned Ŵyn Ŷwain and her brother');
    expect(planTitle(plan, 'first', en)).toBe('Plan for Eluned and her brother');
    expect(planTitle(plan, 'initials', en)).toBe('Plan for E. Ŵ. Ŷ. and her brother');
    expect(planTitle({ ...plan, title: "Eluned's plan" }, 'initials', en)).toBe("E.'s plan");
    expect(planTitle({ ...plan, title: '', child: { ...plan.child, name: '' } }, 'full', en)).toBe(
      'Staying-in-touch plan',
    );
  });

  it('dates sign-off by the last signatory, for signed plans only', () => {
    const plan = loadPlan(SIGNED_FIXTURE);
    expect(signedOffDate(plan)).toBe('2026-11-09');
    expect(signedOffDate({ ...plan, status: 'ready' })).toBeUndefined();
  });
});
