/**
 * The letter pages' words in Welsh: the letters area, the privacy shell's (the same as the
 * builder's) and the common words; none of the builder's own (lettersAreas.ts).
 */
import type { Catalogue } from './catalogue';
import { commonMessagesCy } from './cy/common';
import { letterMessagesCy } from './cy/letters';
import { privacyMessagesCy } from './cy/privacy';

export const LETTERS_CATALOGUE_CY: Partial<Catalogue> = {
  ...commonMessagesCy,
  ...privacyMessagesCy,
  ...letterMessagesCy,
};
