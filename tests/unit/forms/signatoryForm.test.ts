/** The signatory form: values to a sign-off, and its problems in the order of the page. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import {
  NOT_IN_REGISTER,
  registerRole,
  signablePeople,
  signatoryFromValues,
  signatoryIssues,
  signatoryValues,
  type SignatoryValues,
} from '../../../src/planner/forms/signatoryForm';
import { signOffSchema, type Person, type SignOff } from '../../../src/planner/schema/planSchema';

const en = translator('en');
const TODAY = '2026-12-02';
const filled: SignatoryValues = {
  who: NOT_IN_REGISTER,
  name: 'Ceri Jones',
  role: 'social_worker',
  roleOther: '',
  stance: 'agrees',
  reservations: '',
  date: '2026-12-01',
  signature: '',
};
const people: Person[] = [
  {
    id: 'p-dafydd',
    name: 'Dafydd',
    relationship: 'sibling_half',
    knownToChild: 'yes',
    priority: 'now',
    whyImportant: 'Brother',
  },
  { id: 'p-gwen', name: 'Gwen Price', relationship: 'sibling_carer', caresForId: 'p-dafydd', role: 'Foster carer' },
  { id: 'p-rhian', name: 'Rhian Evans', relationship: 'adoptive_parent' },
  { id: 'p-jo', name: 'Jo Bloggs', relationship: 'professional', role: 'Social worker' },
  { id: 'p-catrin', name: 'Catrin Evans', relationship: 'adoptive_parent' },
];

describe('signatory form', () => {
  it('makes a valid sign-off from complete answers, with no problems', () => {
    expect(signatoryIssues(en, filled, 's1', TODAY, [])).toEqual([]);
    expect(signOffSchema.safeParse(signatoryFromValues(filled, 's1', [])).success).toBe(true);
    expect(signatoryValues(signOffSchema.parse(signatoryFromValues(filled, 's1', [])), false)).toEqual(filled);
  });

  it('drops words for a stance that takes none, and "other" role words for a listed role', () => {
    const made = signatoryFromValues({ ...filled, reservations: 'Left over', roleOther: 'Left over' }, 's1', []);
    expect(made).not.toHaveProperty('reservations');
    expect(made).not.toHaveProperty('roleOther');
  });

  it('asks for reservations, reasons and the other role in words, and names each field', () => {
    const issues = signatoryIssues(
      en,
      { ...filled, role: 'other', stance: 'agrees_with_reservations', date: '' },
      's1',
      TODAY,
      [],
    );
    expect(issues.map((i) => i.name)).toEqual(['roleOther', 'reservations', 'date']);
    expect(issues[0].message).toBe(en.t('signoff.signatoryForm.roleOtherMissing'));
    expect(issues[1].message).toBe(en.t('signoff.signatoryForm.reservationsMissing'));
    const disagrees = signatoryIssues(en, { ...filled, stance: 'does_not_agree' }, 's1', TODAY, []);
    expect(disagrees).toEqual([{ name: 'reservations', message: en.t('signoff.signatoryForm.disagreementMissing') }]);
  });

  it('refuses a date in the future with the sign-off rule, not the schema, and lists problems in page order', () => {
    const issues = signatoryIssues(en, { ...filled, name: '', date: '2026-12-03' }, 's1', TODAY, []);
    expect(issues.map((i) => i.name)).toEqual(['name', 'date']);
    expect(issues[1].message).toBe(
      en.t('signoff.rule.signatoryDate.future', { who: en.t('signoff.signatoryForm.they') }),
    );
  });
});

describe('signing as someone in the register', () => {
  const blank = signatoryValues(undefined, true);

  it('asks who is signing first, and nothing about name or role until then', () => {
    expect(blank.who).toBe('');
    const issues = signatoryIssues(en, { ...blank, stance: 'agrees', date: '2026-12-01' }, 's1', TODAY, people);
    expect(issues).toEqual([{ name: 'who', message: en.t('signoff.signatoryForm.whoMissing') }]);
    // With nobody in the register, the form starts at the name.
    expect(signatoryValues(undefined, false).who).toBe(NOT_IN_REGISTER);
  });

  it('takes the name from the register and the role from the relationship', () => {
    const v = { ...blank, who: 'p-gwen', name: 'Typed over', role: 'manager', stance: 'agrees', date: '2026-12-01' };
    expect(signatoryIssues(en, v, 's1', TODAY, people)).toEqual([]);
    expect(signatoryFromValues(v, 's1', people)).toEqual({
      id: 's1',
      personId: 'p-gwen',
      name: 'Gwen Price',
      role: 'other',
      stance: 'agrees',
      date: '2026-12-01',
    });
    const parent = signatoryFromValues({ ...v, who: 'p-rhian' }, 's1', people);
    expect(parent).toMatchObject({ personId: 'p-rhian', name: 'Rhian Evans', role: 'adoptive_parent' });
    expect(signatoryValues(signOffSchema.parse(parent), true).who).toBe('p-rhian');
  });

  it('asks a professional in which role they sign', () => {
    const v = { ...blank, who: 'p-jo', role: null, stance: 'agrees', date: '2026-12-01' };
    expect(signatoryIssues(en, v, 's1', TODAY, people).map((i) => i.name)).toEqual(['role']);
    expect(signatoryFromValues({ ...v, role: 'social_worker' }, 's1', people)).toMatchObject({
      personId: 'p-jo',
      name: 'Jo Bloggs',
      role: 'social_worker',
    });
  });

  it('maps each relationship to the role it signs as', () => {
    expect(registerRole('adoptive_parent')).toBe('adoptive_parent');
    expect(registerRole('foster_carer')).toBe('foster_carer');
    expect(registerRole('birth_mother')).toBe('birth_relative');
    expect(registerRole('grandparent')).toBe('birth_relative');
    expect(registerRole('former_foster_carer')).toBe('other');
    expect(registerRole('sibling_carer')).toBe('other');
    expect(registerRole('professional')).toBeNull();
  });

  it('offers adoptive parents first and nobody twice', () => {
    expect(signablePeople(people, []).map((p) => p.id)).toEqual(['p-rhian', 'p-catrin', 'p-dafydd', 'p-gwen', 'p-jo']);
    const signOff: SignOff[] = [
      { id: 's1', personId: 'p-rhian', name: 'Rhian Evans', role: 'adoptive_parent', stance: 'agrees' },
    ];
    expect(signablePeople(people, signOff).map((p) => p.id)).not.toContain('p-rhian');
    // Changing Rhian's own sign-off still offers her.
    expect(signablePeople(people, signOff, 's1').map((p) => p.id)).toContain('p-rhian');
  });
});
