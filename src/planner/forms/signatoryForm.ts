/**
 * The signatory form's values, the sign-off they make, and what is wrong with them: the schema's
 * problems plus what sign-off itself needs (who is signing, reservations put into words, a date the
 * sign-off rules accept, in plainer words than the schema's).
 *
 * Someone in the plan's register signs as themselves: their name comes from the register and their
 * role from their relationship, so an adoptive parent signs as an adoptive parent and the carer of a
 * brother or sister as that carer. Only a professional is asked in what role they sign (the social
 * worker, the approving manager, or someone else). Anyone else is written in by hand.
 */
import type { Translator } from '../../i18n/translator';
import { type Relationship, type SIGNATORY_ROLES, BIRTH_FAMILY_RELATIONSHIPS } from '../schema/planVocabulary';
import { signOffSchema, type Person, type SignOff } from '../schema/planSchema';
import { signatoryDateProblem } from '../signoff/signOffRules';
import { formIssues, optionalChoice, type FormIssue } from './formValues';

type SignatoryRole = (typeof SIGNATORY_ROLES)[number];

/** The answer to "Who is signing?" for someone not in the register. */
export const NOT_IN_REGISTER = '+other';

/** The roles a professional in the register may sign in. */
export const PROFESSIONAL_SIGNATORY_ROLES = ['social_worker', 'manager', 'other'] as const;

export interface SignatoryValues {
  /** A person's id in the register, NOT_IN_REGISTER, or '' when not yet answered. */
  who: string;
  name: string;
  role: string | null;
  roleOther: string;
  stance: string | null;
  reservations: string;
  date: string;
  signature: string;
}

/** Field order on the page, so the error summary lists problems in the order they appear. */
const ORDER: (keyof SignatoryValues)[] = [
  'who',
  'name',
  'role',
  'roleOther',
  'stance',
  'reservations',
  'date',
  'signature',
];

/** Stances that come with words: reservations, reasons, or the views themselves. */
const WITH_WORDS = new Set(['agrees_with_reservations', 'does_not_agree', 'views_recorded']);

/** The role someone in the register signs as, or null for a professional, who is asked. */
export function registerRole(relationship: Relationship): SignatoryRole | null {
  if (relationship === 'professional') return null;
  if (relationship === 'adoptive_parent' || relationship === 'foster_carer') return relationship;
  return BIRTH_FAMILY_RELATIONSHIPS.includes(relationship) ? 'birth_relative' : 'other';
}

/**
 * The people who can be picked as signing: everyone in the register who has not already signed in
 * another sign-off, adoptive parents first (every one of them signs).
 */
export function signablePeople(people: readonly Person[], signOff: readonly SignOff[], editingId?: string): Person[] {
  const taken = new Set(signOff.filter((s) => s.id !== editingId && s.personId).map((s) => s.personId));
  const free = people.filter((p) => !taken.has(p.id));
  const parents = free.filter((p) => p.relationship === 'adoptive_parent');
  return [...parents, ...free.filter((p) => p.relationship !== 'adoptive_parent')];
}

export const signatoryValues = (s: SignOff | undefined, registerOffered: boolean): SignatoryValues => ({
  who: s?.personId ?? (s || !registerOffered ? NOT_IN_REGISTER : ''),
  name: s?.name ?? '',
  role: s?.role ?? null,
  roleOther: s?.roleOther ?? '',
  stance: s?.stance ?? null,
  reservations: s?.reservations ?? '',
  date: s?.date ?? '',
  signature: s?.signature ?? '',
});

/** The person in the register the values pick, if they pick one. */
export const pickedPerson = (v: SignatoryValues, people: readonly Person[]): Person | undefined =>
  people.find((p) => p.id === v.who);

/** The sign-off the values describe; words for a stance that takes none are left out. */
export function signatoryFromValues(v: SignatoryValues, id: string, people: readonly Person[]): unknown {
  const person = pickedPerson(v, people);
  const stance = optionalChoice(v.stance);
  const rest = {
    stance,
    ...(v.stance && WITH_WORDS.has(v.stance) && v.reservations.trim() ? { reservations: v.reservations } : {}),
    date: v.date,
    ...(v.signature ? { signature: v.signature } : {}),
  };
  if (person) {
    const fixed = registerRole(person.relationship);
    return { id, personId: person.id, name: person.name, role: fixed ?? optionalChoice(v.role), ...rest };
  }
  return {
    id,
    name: v.name,
    role: optionalChoice(v.role),
    ...(v.role === 'other' ? { roleOther: v.roleOther } : {}),
    ...rest,
  };
}

/** Problems with the answers, in the order of the fields on the page. `today` is an ISO date. */
export function signatoryIssues(
  i18n: Translator,
  v: SignatoryValues,
  id: string,
  today: string,
  people: readonly Person[],
): FormIssue[] {
  const { t } = i18n;
  const own: FormIssue[] = [];
  const person = pickedPerson(v, people);
  if (!person && v.who !== NOT_IN_REGISTER) own.push({ name: 'who', message: t('signoff.signatoryForm.whoMissing') });
  if (!person && v.role === 'other' && !v.roleOther.trim())
    own.push({ name: 'roleOther', message: t('signoff.signatoryForm.roleOtherMissing') });
  if (v.stance === 'agrees_with_reservations' && !v.reservations.trim())
    own.push({ name: 'reservations', message: t('signoff.signatoryForm.reservationsMissing') });
  if (v.stance === 'does_not_agree' && !v.reservations.trim())
    own.push({ name: 'reservations', message: t('signoff.signatoryForm.disagreementMissing') });
  const dateProblem = signatoryDateProblem(v.date, today);
  if (dateProblem) own.push({ name: 'date', message: t(dateProblem.key, { who: t('signoff.signatoryForm.they') }) });
  const fromSchema = formIssues(t, signOffSchema, signatoryFromValues(v, id, people)).filter(
    // Until someone is picked, name and role are not asked.
    (i) => i.name !== 'date' && (person || v.who === NOT_IN_REGISTER || !['name', 'role'].includes(i.name)),
  );
  const position = (i: FormIssue) => ORDER.indexOf(i.name.split('.')[0] as keyof SignatoryValues);
  return [...fromSchema, ...own].sort((a, b) => position(a) - position(b));
}
