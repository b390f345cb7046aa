/**
 * The words of the builder's on-demand tools in one language, fetched the first time a tool shows,
 * then kept (catalogueOnDemand.ts).
 */
import { catalogueOnDemand } from './catalogueOnDemand';

export const builderToolCatalogue = catalogueOnDemand({
  en: () => import('./builderToolCatalogueEn').then((m) => m.BUILDER_TOOL_CATALOGUE_EN),
  cy: () => import('./builderToolCatalogueCy').then((m) => m.BUILDER_TOOL_CATALOGUE_CY),
});
