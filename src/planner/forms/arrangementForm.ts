/**
 * The arrangement form's values and the arrangement they make. Answers to questions that do not
 * apply to the chosen form of contact (a venue for letters, say) are left out, so changing the form
 * of contact never leaves stale answers in the plan.
 */
import type { Translator } from '../../i18n/translator';
import { questionsFor } from '../schema/arrangementQuestions';
import type { Arrangement, Person } from '../schema/planSchema';
import { optionalChoice, optionalNumber, withoutUndefined, type FormIssue } from './formValues';
import {
  ADD_TO_REGISTER,
  namedPersonFromValues,
  namedPersonIssues,
  namedPersonValues,
  type NamedPerson,
  type NamedPersonValues,
} from './namedPerson';

export interface ArrangementValues {
  personIds: string[];
  purposes: string[];
  form: string | null;
  alsoForms: string[];
  noneReason: string;
  agreement: string | null;
  /** Who asked for it, when it is asked for and not agreed. */
  askedByWho: NamedPersonValues;
  frequencyCount: string;
  frequencyPer: string;
  timing: string | null;
  months: number[];
  monthsNotKnown: boolean;
  durationMinutes: string;
  lengthNotKnown: boolean;
  grouping: string | null;
  venue: string | null;
  organiser: string | null;
  /** Who exactly organises it. */
  organiserWho: NamedPersonValues;
  adultsShareDetails: string | null;
  professionalRole: string | null;
  /** The professional who takes that part. */
  professionalWho: NamedPersonValues;
  route: string;
  dueMonths: number[];
  photos: string | null;
  signOffAs: string;
  avoid: string;
  notes: string;
  childWords: string;
}

/** The form field that shows a problem the schema reports at a plan path. */
export const ARRANGEMENT_FIELD_OF_PATH: Record<
  string,
  keyof ArrangementValues | `${'organiserWho' | 'professionalWho' | 'askedByWho'}.${'who' | 'name'}`
> = {
  askedById: 'askedByWho.who',
  askedByName: 'askedByWho.name',
  frequency: 'frequencyCount',
  'frequency.count': 'frequencyCount',
  'frequency.per': 'frequencyPer',
  writtenExchange: 'route',
  'writtenExchange.route': 'route',
  'writtenExchange.dueMonths': 'dueMonths',
  'writtenExchange.photos': 'photos',
  'writtenExchange.signOffAs': 'signOffAs',
  'writtenExchange.avoid': 'avoid',
  organiserId: 'organiserWho.who',
  organiserName: 'organiserWho.name',
  professionalId: 'professionalWho.who',
  professionalName: 'professionalWho.name',
};

/** The form's starting values: the arrangement's answers, or empty for a new one. */
export const arrangementValues = (a: Arrangement | undefined): ArrangementValues => ({
  personIds: a?.personIds ?? [],
  purposes: a?.purposes ?? [],
  form: a?.form ?? null,
  alsoForms: a?.alsoForms ?? [],
  noneReason: a?.noneReason ?? '',
  agreement: a?.agreement ?? 'agreed',
  askedByWho: namedPersonValues(a?.askedById, a?.askedByName),
  frequencyCount: a?.frequency ? String(a.frequency.count) : '',
  frequencyPer: a?.frequency?.per ?? '',
  timing: a?.timing ?? null,
  months: a?.months ?? [],
  monthsNotKnown: a?.monthsNotKnown ?? false,
  durationMinutes: a?.durationMinutes ? String(a.durationMinutes) : '',
  lengthNotKnown: a?.lengthNotKnown ?? false,
  grouping: a?.grouping ?? null,
  venue: a?.venue ?? null,
  organiser: a?.organiser ?? null,
  organiserWho: namedPersonValues(a?.organiserId, a?.organiserName),
  adultsShareDetails: a?.adultsShareDetails ?? null,
  professionalRole: a?.professionalRole ?? null,
  professionalWho: namedPersonValues(a?.professionalId, a?.professionalName),
  route: a?.writtenExchange?.route ?? '',
  dueMonths: a?.writtenExchange?.dueMonths ?? [],
  photos: a?.writtenExchange?.photos ?? null,
  signOffAs: a?.writtenExchange?.signOffAs ?? '',
  avoid: a?.writtenExchange?.avoid ?? '',
  notes: a?.notes ?? '',
  childWords: a?.childWords ?? '',
});

/**
 * Ids for the people an arrangement's form may add to the register: who organises, the professional,
 * and who asked for it.
 */
export interface NewPersonIds {
  organiser: string;
  professional: string;
  askedBy: string;
}

/** Whether the professional's part is asked: a professional organises, facilitates or supervises. */
const professionalTakesPart = (v: ArrangementValues) => !!v.professionalRole && v.professionalRole !== 'none';

/** Whether the arrangement is asked for by someone and not agreed: then who asked is asked. */
const askedFor = (v: ArrangementValues) => v.agreement === 'asked_for';

/** The named-person questions that apply, by the form's field name. */
function namedQuestions(v: ArrangementValues) {
  const active = questionsFor(v.form).active;
  return {
    organiserWho: active,
    professionalWho: active && professionalTakesPart(v),
    askedByWho: askedFor(v),
  };
}

/** Who the arrangement names, for the questions that apply to it. */
function namedPeople(v: ArrangementValues, people: readonly Person[], ids: NewPersonIds) {
  const asked = namedQuestions(v);
  const none: NamedPerson = {};
  return {
    organiser: asked.organiserWho ? namedPersonFromValues(v.organiserWho, ids.organiser, people) : none,
    professional: asked.professionalWho ? namedPersonFromValues(v.professionalWho, ids.professional, people) : none,
    askedBy: asked.askedByWho ? namedPersonFromValues(v.askedByWho, ids.askedBy, people) : none,
  };
}

/** The people the form adds to the register in place, to be saved with the arrangement. */
export function arrangementNewPeople(v: ArrangementValues, people: readonly Person[], ids: NewPersonIds): Person[] {
  const { organiser, professional, askedBy } = namedPeople(v, people, ids);
  return [organiser.newPerson, professional.newPerson, askedBy.newPerson].filter((p): p is Person => p !== undefined);
}

/** Problems with who the arrangement names, beyond the schema's. */
export function arrangementIssues(t: Translator['t'], v: ArrangementValues, people: readonly Person[]): FormIssue[] {
  const asked = namedQuestions(v);
  const fields = (['organiserWho', 'professionalWho', 'askedByWho'] as const).filter((f) => asked[f]);
  const added = fields.filter((f) => v[f].who === ADD_TO_REGISTER).length;
  return fields.flatMap((f) => namedPersonIssues(t, v[f], f, people.length + added - 1));
}

/**
 * The arrangement the form's values describe, for the schema to check: answers to questions that do
 * not apply to its form of contact are left out. `people` is the plan's register; `ids` are the ids
 * of anyone the form adds to it.
 */
/** Whether a form of contact can have others with it: anything but "none for now". */
const canHaveOtherForms = (form: string | undefined) => questionsFor(form).active;

export function arrangementFromValues(
  v: ArrangementValues,
  id: string,
  people: readonly Person[] = [],
  ids: NewPersonIds = { organiser: `${id}-o`, professional: `${id}-p`, askedBy: `${id}-r` },
) {
  const form = optionalChoice(v.form);
  const alsoForms = canHaveOtherForms(form) ? v.alsoForms.filter((f) => f !== form) : [];
  const q = questionsFor(form, alsoForms);
  const { organiser, professional, askedBy } = namedPeople(v, people, ids);
  const asked = askedFor(v);
  return withoutUndefined({
    id,
    personIds: v.personIds,
    purposes: v.purposes,
    // Absent means agreed, as every arrangement of format 1 was.
    agreement: asked ? ('asked_for' as const) : undefined,
    askedById: askedBy.personId,
    askedByName: askedBy.written,
    form,
    alsoForms: alsoForms.length ? alsoForms : undefined,
    noneReason: q.noneForNow && v.noneReason.trim() ? v.noneReason : undefined,
    frequency:
      q.active && (v.frequencyCount.trim() || v.frequencyPer)
        ? withoutUndefined({ count: optionalNumber(v.frequencyCount), per: optionalChoice(v.frequencyPer) })
        : undefined,
    timing: q.active ? optionalChoice(v.timing) : undefined,
    months: q.length && !v.monthsNotKnown && v.months.length ? [...v.months].sort((a, b) => a - b) : undefined,
    monthsNotKnown: q.length && v.monthsNotKnown ? (true as const) : undefined,
    durationMinutes: q.length && !v.lengthNotKnown ? optionalNumber(v.durationMinutes) : undefined,
    lengthNotKnown: q.length && v.lengthNotKnown ? (true as const) : undefined,
    grouping: q.meetUp ? optionalChoice(v.grouping) : undefined,
    venue: q.meetUp ? optionalChoice(v.venue) : undefined,
    organiser: q.active ? optionalChoice(v.organiser) : undefined,
    organiserId: organiser.personId,
    organiserName: organiser.written,
    adultsShareDetails: q.active ? optionalChoice(v.adultsShareDetails) : undefined,
    professionalRole: q.active ? optionalChoice(v.professionalRole) : undefined,
    professionalId: professional.personId,
    professionalName: professional.written,
    writtenExchange: q.written
      ? withoutUndefined({
          route: v.route,
          dueMonths: v.dueMonths,
          photos: optionalChoice(v.photos),
          signOffAs: v.signOffAs,
          avoid: v.avoid,
        })
      : undefined,
    notes: v.notes,
    childWords: v.childWords.trim() ? v.childWords : undefined,
  });
}
