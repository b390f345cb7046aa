/**
 * The arrangement form's values and the arrangement they make. Answers to questions that do not
 * apply to the chosen form of contact (a venue for letters, say) are left out, so changing the form
 * of contact never leaves stale answers in the plan.
 */
import { questionsFor } from '../schema/arrangementQuestions';
import type { Arrangement } from '../schema/planSchema';
import { optionalChoice, optionalNumber, withoutUndefined } from './formValues';

export interface ArrangementValues {
  personIds: string[];
  purposes: string[];
  form: string | null;
  frequencyCount: string;
  frequencyPer: string;
  timing: string | null;
  durationMinutes: string;
  grouping: string | null;
  venue: string | null;
  organiser: string | null;
  adultsShareDetails: string | null;
  professionalRole: string | null;
  route: string;
  dueMonths: number[];
  photos: string | null;
  signOffAs: string;
  avoid: string;
  notes: string;
}

/** The form field that shows a problem the schema reports at a plan path. */
export const ARRANGEMENT_FIELD_OF_PATH: Record<string, keyof ArrangementValues> = {
  frequency: 'frequencyCount',
  'frequency.count': 'frequencyCount',
  'frequency.per': 'frequencyPer',
  writtenExchange: 'route',
  'writtenExchange.route': 'route',
  'writtenExchange.dueMonths': 'dueMonths',
  'writtenExchange.photos': 'photos',
  'writtenExchange.signOffAs': 'signOffAs',
  'writtenExchange.avoid': 'avoid',
};

/** The form's starting values: the arrangement's answers, or empty for a new one. */
export const arrangementValues = (a: Arrangement | undefined): ArrangementValues => ({
  personIds: a?.personIds ?? [],
  purposes: a?.purposes ?? [],
  form: a?.form ?? null,
  frequencyCount: a?.frequency ? String(a.frequency.count) : '',
  frequencyPer: a?.frequency?.per ?? '',
  timing: a?.timing ?? null,
  durationMinutes: a?.durationMinutes ? String(a.durationMinutes) : '',
  grouping: a?.grouping ?? null,
  venue: a?.venue ?? null,
  organiser: a?.organiser ?? null,
  adultsShareDetails: a?.adultsShareDetails ?? null,
  professionalRole: a?.professionalRole ?? null,
  route: a?.writtenExchange?.route ?? '',
  dueMonths: a?.writtenExchange?.dueMonths ?? [],
  photos: a?.writtenExchange?.photos ?? null,
  signOffAs: a?.writtenExchange?.signOffAs ?? '',
  avoid: a?.writtenExchange?.avoid ?? '',
  notes: a?.notes ?? '',
});

/**
 * The arrangement the form's values describe, for the schema to check: answers to questions that do
 * not apply to its form of contact are left out.
 */
export function arrangementFromValues(v: ArrangementValues, id: string) {
  const q = questionsFor(v.form);
  return withoutUndefined({
    id,
    personIds: v.personIds,
    purposes: v.purposes,
    form: optionalChoice(v.form),
    frequency:
      q.active && (v.frequencyCount.trim() || v.frequencyPer)
        ? withoutUndefined({ count: optionalNumber(v.frequencyCount), per: optionalChoice(v.frequencyPer) })
        : undefined,
    timing: q.active ? optionalChoice(v.timing) : undefined,
    durationMinutes: q.length ? optionalNumber(v.durationMinutes) : undefined,
    grouping: q.meetUp ? optionalChoice(v.grouping) : undefined,
    venue: q.meetUp ? optionalChoice(v.venue) : undefined,
    organiser: q.active ? optionalChoice(v.organiser) : undefined,
    adultsShareDetails: q.active ? optionalChoice(v.adultsShareDetails) : undefined,
    professionalRole: q.active ? optionalChoice(v.professionalRole) : undefined,
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
  });
}
