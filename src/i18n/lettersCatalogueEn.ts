/**
 * The letter pages' words in English: the letters area, the privacy shell's (the same as the
 * builder's), the common words, and the two builder words the pages share with its forms.
 */
import type { Catalogue } from './catalogue';
import { commonMessages } from './en/common';
import { letterMessages } from './en/letters';
import { plannerMessages } from './en/planner';
import { privacyMessages } from './en/privacy';
import { LETTERS_PLANNER_KEYS } from './lettersAreas';

export const LETTERS_CATALOGUE_EN: Partial<Catalogue> = {
  ...commonMessages,
  ...privacyMessages,
  ...letterMessages,
  ...Object.fromEntries(LETTERS_PLANNER_KEYS.map((key) => [key, plannerMessages[key]])),
};
