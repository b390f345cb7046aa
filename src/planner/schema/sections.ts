/**
 * Where each section sits in the planning template and which hub guides stand behind it. The
 * words (titles, intros, guide titles) are in the message catalogue under `plan.section.<id>.*`.
 */
import type { SectionId } from './planVocabulary';

export interface SectionMeta {
  /** The planning template's step, for the six template steps. */
  step?: number;
  /** The hub guides behind this section, in order; their titles are `plan.section.<id>.guide<n>`. */
  guides: string[];
}

export const SECTION_META: Record<SectionId, SectionMeta> = {
  child: { guides: [] },
  purposes: { step: 1, guides: ['/guides/step-1-purpose/'] },
  people: { step: 2, guides: ['/guides/step-2-who-is-important/'] },
  factors: {
    step: 3,
    guides: [
      '/guides/strengths-and-challenges-adoptive-parents/',
      '/guides/strengths-and-challenges-birth-relatives/',
      '/guides/strengths-and-challenges-child-and-foster-carers/',
    ],
  },
  arrangements: { step: 4, guides: ['/guides/step-4-provisional-plan-creative-options/'] },
  support: { step: 5, guides: ['/guides/step-5-support-plan/'] },
  voices: { guides: ['/guides/hearing-the-childs-wishes-and-feelings/'] },
  change: { guides: ['/guides/when-things-go-wrong/', '/guides/adolescence-and-social-media/'] },
  review: { step: 6, guides: ['/guides/step-6-reviewing-arrangements/'] },
  signoff: { guides: [] },
};

/** The hub's briefing on Welsh law and guidance, offered beside these sections of a plan under Welsh law. */
export const WALES_BRIEFING = '/research/staying-in-touch-in-wales/';
export const SECTIONS_WITH_WALES_BRIEFING: readonly SectionId[] = [
  'child',
  'arrangements',
  'support',
  'review',
  'signoff',
];
