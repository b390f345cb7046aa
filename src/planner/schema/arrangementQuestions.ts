/**
 * Which follow-up questions apply to a form of staying in touch. The arrangement form asks only
 * these, the answers show only these, and answers to questions that do not apply are dropped.
 */
import { WRITTEN_FORMS, type ArrangementForm } from './planSchema';

export interface ArrangementQuestions {
  /** Anything happens at all (not "none for now"): how often, when, who organises it. */
  active: boolean;
  /** Meet-ups: together or one at a time, and where. */
  meetUp: boolean;
  /** Meet-ups and calls: how long each lasts. */
  length: boolean;
  /** Letters, cards and messages: the rules for written exchange. */
  written: boolean;
}

export function questionsFor(form: string | null | undefined): ArrangementQuestions {
  const active = !!form && form !== 'none_now';
  return {
    active,
    meetUp: form === 'meet_up',
    length: form === 'meet_up' || form === 'phone_video',
    written: WRITTEN_FORMS.includes(form as ArrangementForm),
  };
}

/** Every question, for the blank template, which cannot know the form in advance. */
export const ALL_QUESTIONS: ArrangementQuestions = { active: true, meetUp: true, length: true, written: true };
