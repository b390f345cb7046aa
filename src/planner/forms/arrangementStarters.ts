/**
 * Common arrangements a social worker can start an arrangement from, so the usual answers are not
 * typed again for every plan: letters through the agency's letterbox twice a year, a meet-up of
 * brothers and sisters with a worker to help, video calls the adoptive parents arrange, and none for
 * now. A starter fills in only what the arrangement's name says; who it is for (beyond the brothers
 * and sisters of a sibling meet-up), what it is for and everything else stay for the user to answer.
 */
import type { Translator } from '../../i18n/translator';
import type { Relationship } from '../schema/planVocabulary';
import type { Person } from '../schema/planSchema';
import { arrangementValues, type ArrangementValues } from './arrangementForm';

export const ARRANGEMENT_STARTERS = ['letterbox', 'sibling_meet_up', 'video_call', 'none_now'] as const;
export type ArrangementStarter = (typeof ARRANGEMENT_STARTERS)[number];

export const isArrangementStarter = (s: string | undefined): s is ArrangementStarter =>
  (ARRANGEMENT_STARTERS as readonly string[]).includes(s ?? '');

const SIBLINGS: readonly Relationship[] = ['sibling_full', 'sibling_half', 'sibling_step_foster'];

/** The form's starting values for a common arrangement, in the user's language. */
export function starterValues(
  starter: ArrangementStarter,
  people: readonly Person[],
  t: Translator['t'],
): ArrangementValues {
  const empty = arrangementValues(undefined);
  switch (starter) {
    case 'letterbox':
      return {
        ...empty,
        form: 'postal_exchange',
        frequencyCount: '2',
        frequencyPer: 'year',
        organiser: 'agency_letterbox',
        adultsShareDetails: 'no',
        professionalRole: 'organises',
        route: t('plan.starter.letterbox.route'),
      };
    case 'sibling_meet_up':
      return {
        ...empty,
        personIds: people.filter((p) => SIBLINGS.includes(p.relationship)).map((p) => p.id),
        form: 'meet_up',
        grouping: 'group',
        timing: 'school_holidays',
        organiser: 'social_worker',
        professionalRole: 'facilitates',
      };
    case 'video_call':
      return { ...empty, form: 'phone_video', organiser: 'adoptive_parents', professionalRole: 'none' };
    case 'none_now':
      return { ...empty, form: 'none_now' };
  }
}
