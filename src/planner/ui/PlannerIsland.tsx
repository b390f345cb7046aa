/** The builder's island in English, on /planner/. */
import { BUILDER_CATALOGUE_EN } from '../../i18n/builderCatalogueEn';
import { createTranslator } from '../../i18n/createTranslator';
import { islandForLanguage } from './islandForLanguage';

export default islandForLanguage(createTranslator('en', BUILDER_CATALOGUE_EN));
