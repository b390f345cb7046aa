/**
 * "Who exactly?": the answer that names someone for a part in the plan (who organises an
 * arrangement, the professional who facilitates it, who provides support). It picks a person in the
 * plan's register, adds a new one to it in place (as a professional, with their role), or writes a
 * name, role or service in words for someone who need not be in the plan.
 */
import type { Translator } from '../../i18n/translator';
import { LIMITS } from '../schema/planVocabulary';
import type { Person } from '../schema/planSchema';
import type { FormIssue } from './formValues';

/** Written in words, not a person in the plan. */
export const WRITTEN_IN = '+written';
/** A new person, added to the plan's people as a professional. */
export const ADD_TO_REGISTER = '+add';

export interface NamedPersonValues {
  /** A person's id, WRITTEN_IN, ADD_TO_REGISTER, or '' for nobody named. */
  who: string;
  name: string;
  role: string;
}

export const namedPersonValues = (personId: string | undefined, written: string | undefined): NamedPersonValues => ({
  who: personId ?? (written?.trim() ? WRITTEN_IN : ''),
  name: personId ? '' : (written ?? ''),
  role: '',
});

export interface NamedPerson {
  personId?: string;
  /** The words, when written in. */
  written?: string;
  /** The person to add to the register, when added in place. */
  newPerson?: Person;
}

/** What the answer names. `newPersonId` is the id a person added in place takes. */
export function namedPersonFromValues(
  v: NamedPersonValues,
  newPersonId: string,
  people: readonly Pick<Person, 'id'>[],
): NamedPerson {
  const name = v.name.trim();
  if (v.who === ADD_TO_REGISTER) {
    if (!name) return {};
    const role = v.role.trim();
    return {
      personId: newPersonId,
      newPerson: { id: newPersonId, name, relationship: 'professional', ...(role ? { role } : {}) },
    };
  }
  if (v.who === WRITTEN_IN) return name ? { written: v.name } : {};
  return people.some((p) => p.id === v.who) ? { personId: v.who } : {};
}

/**
 * Problems with the answer to the question at `field` (its values' names are `field.who`,
 * `field.name`, `field.role`): a name for someone written in or added, within the limits, and room
 * in the register for someone added.
 */
export function namedPersonIssues(
  t: Translator['t'],
  v: NamedPersonValues,
  field: string,
  peopleInPlan: number,
  /** The most characters the words may have when written in (a person's name when added). */
  writtenLimit: number = LIMITS.name,
): FormIssue[] {
  const issues: FormIssue[] = [];
  if (v.who !== WRITTEN_IN && v.who !== ADD_TO_REGISTER) return issues;
  const name = v.name.trim();
  if (!name) issues.push({ name: `${field}.name`, message: t('planner.namedPerson.nameMissing') });
  else if (v.who === ADD_TO_REGISTER && v.name.length > LIMITS.name)
    issues.push({ name: `${field}.name`, message: t('plan.error.person.name.tooLong', { maximum: LIMITS.name }) });
  else if (v.who === WRITTEN_IN && v.name.length > writtenLimit)
    issues.push({ name: `${field}.name`, message: t('planner.namedPerson.writtenTooLong', { maximum: writtenLimit }) });
  if (v.who === ADD_TO_REGISTER) {
    if (v.role.length > LIMITS.name)
      issues.push({ name: `${field}.role`, message: t('plan.error.person.role.tooLong', { maximum: LIMITS.name }) });
    if (peopleInPlan >= LIMITS.people)
      issues.push({ name: `${field}.who`, message: t('planner.namedPerson.registerFull', { maximum: LIMITS.people }) });
  }
  return issues;
}
