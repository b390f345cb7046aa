/**
 * The letter pages' words in Welsh: the letters area, the privacy shell's (the same as the
 * builder's), the common words, and the two builder words the pages share with its forms.
 */
import type { Catalogue } from './catalogue';
import { commonMessagesCy } from './cy/common';
import { letterMessagesCy } from './cy/letters';
import { plannerMessagesCy } from './cy/planner';
import { privacyMessagesCy } from './cy/privacy';
import { LETTERS_PLANNER_KEYS } from './lettersAreas';

export const LETTERS_CATALOGUE_CY: Partial<Catalogue> = {
  ...commonMessagesCy,
  ...privacyMessagesCy,
  ...letterMessagesCy,
  ...Object.fromEntries(LETTERS_PLANNER_KEYS.map((key) => [key, plannerMessagesCy[key]])),
};
