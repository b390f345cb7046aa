/** The signatory form: values to a sign-off, and its problems in the order of the page. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import {
  signatoryFromValues,
  signatoryIssues,
  signatoryValues,
  type SignatoryValues,
} from '../../../src/planner/forms/signatoryForm';
import { signOffSchema } from '../../../src/planner/schema/planSchema';

const en = translator('en');
const TODAY = '2026-12-02';
const filled: SignatoryValues = {
  name: 'Ceri Jones',
  role: 'social_worker',
  roleOther: '',
  stance: 'agrees',
  reservations: '',
  date: '2026-12-01',
  signature: '',
};

describe('signatory form', () => {
  it('makes a valid sign-off from complete answers, with no problems', () => {
    expect(signatoryIssues(en, filled, 's1', TODAY)).toEqual([]);
    expect(signOffSchema.safeParse(signatoryFromValues(filled, 's1')).success).toBe(true);
    expect(signatoryValues(signOffSchema.parse(signatoryFromValues(filled, 's1')))).toEqual(filled);
  });

  it('drops words for a stance that takes none, and "other" role words for a listed role', () => {
    const made = signatoryFromValues({ ...filled, reservations: 'Left over', roleOther: 'Left over' }, 's1');
    expect(made).not.toHaveProperty('reservations');
    expect(made).not.toHaveProperty('roleOther');
  });

  it('asks for reservations, reasons and the other role in words, and names each field', () => {
    const issues = signatoryIssues(
      en,
      { ...filled, role: 'other', stance: 'agrees_with_reservations', date: '' },
      's1',
      TODAY,
    );
    expect(issues.map((i) => i.name)).toEqual(['roleOther', 'reservations', 'date']);
    expect(issues[0].message).toBe(en.t('signoff.signatoryForm.roleOtherMissing'));
    expect(issues[1].message).toBe(en.t('signoff.signatoryForm.reservationsMissing'));
    const disagrees = signatoryIssues(en, { ...filled, stance: 'does_not_agree' }, 's1', TODAY);
    expect(disagrees).toEqual([{ name: 'reservations', message: en.t('signoff.signatoryForm.disagreementMissing') }]);
  });

  it('refuses a date in the future with the sign-off rule, not the schema, and lists problems in page order', () => {
    const issues = signatoryIssues(en, { ...filled, name: '', date: '2026-12-03' }, 's1', TODAY);
    expect(issues.map((i) => i.name)).toEqual(['name', 'date']);
    expect(issues[1].message).toBe(
      en.t('signoff.rule.signatoryDate.future', { who: en.t('signoff.signatoryForm.they') }),
    );
  });
});
