/** The letter pages' island in English, on /letters/write/ and /letters/check/. */
import { createTranslator } from '../../../i18n/createTranslator';
import { LETTERS_CATALOGUE_EN } from '../../../i18n/lettersCatalogueEn';
import { islandForLetters } from './islandForLetters';

export default islandForLetters(createTranslator('en', LETTERS_CATALOGUE_EN));
