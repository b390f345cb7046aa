/** The builder's island in Welsh, on /cy/planner/. */
import { BUILDER_CATALOGUE_CY } from '../../i18n/builderCatalogueCy';
import { createTranslator } from '../../i18n/createTranslator';
import { islandForLanguage } from './islandForLanguage';

export default islandForLanguage(createTranslator('cy', BUILDER_CATALOGUE_CY));
