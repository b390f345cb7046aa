/**
 * The letter pages' words in English: the letters area, the privacy shell's (the same as the
 * builder's) and the common words; none of the builder's own (lettersAreas.ts).
 */
import type { Catalogue } from './catalogue';
import { commonMessages } from './en/common';
import { letterMessages } from './en/letters';
import { privacyMessages } from './en/privacy';

export const LETTERS_CATALOGUE_EN: Partial<Catalogue> = {
  ...commonMessages,
  ...privacyMessages,
  ...letterMessages,
};
