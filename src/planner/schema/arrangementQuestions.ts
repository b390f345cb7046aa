/**
 * Which follow-up questions apply to an arrangement's forms of staying in touch (its main form and
 * any others in the same arrangement). The arrangement form asks only these, the answers show only
 * these, and answers to questions that do not apply are dropped.
 */
import { WRITTEN_FORMS, type ArrangementForm } from './planVocabulary';

export interface ArrangementQuestions {
  /** Anything happens at all (not "none for now"): how often, when, who organises it. */
  active: boolean;
  /** Nothing happens for now: why, instead of what it is for. */
  noneForNow: boolean;
  /** Meet-ups: together or one at a time, and where. */
  meetUp: boolean;
  /** Meet-ups and calls: how long each lasts, and in which months. */
  length: boolean;
  /** Letters, cards and messages: the rules for written exchange. */
  written: boolean;
}

/** An arrangement's forms: the main one first, then the others that go with it. */
export function formsOf(a: { form?: string | null; alsoForms?: readonly string[] }): string[] {
  if (!a.form) return [];
  return a.form === 'none_now' ? [a.form] : [a.form, ...(a.alsoForms ?? []).filter((f) => f !== a.form)];
}

export function questionsFor(form: string | null | undefined, alsoForms: readonly string[] = []): ArrangementQuestions {
  const forms = formsOf({ form, alsoForms });
  const active = !!form && form !== 'none_now';
  return {
    active,
    noneForNow: form === 'none_now',
    meetUp: forms.includes('meet_up'),
    length: forms.includes('meet_up') || forms.includes('phone_video'),
    written: forms.some((f) => WRITTEN_FORMS.includes(f as ArrangementForm)),
  };
}

/** Every question, for the blank template, which cannot know the form in advance. */
export const ALL_QUESTIONS: ArrangementQuestions = {
  active: true,
  noneForNow: true,
  meetUp: true,
  length: true,
  written: true,
};
