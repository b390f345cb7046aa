/** The letter pages' island in Welsh, on /cy/letters/write/ and /cy/letters/check/. */
import { createTranslator } from '../../../i18n/createTranslator';
import { LETTERS_CATALOGUE_CY } from '../../../i18n/lettersCatalogueCy';
import { islandForLetters } from './islandForLetters';

export default islandForLetters(createTranslator('cy', LETTERS_CATALOGUE_CY));
