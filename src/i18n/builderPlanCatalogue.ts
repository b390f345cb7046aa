/**
 * The words of a plan in one language (its questions, answers, errors and sign-off), fetched when the
 * first plan is opened or a plan file is read, then kept (catalogueOnDemand.ts). The plans list,
 * the builder's first screen, does without them.
 */
import { catalogueOnDemand } from './catalogueOnDemand';

export const builderPlanCatalogue = catalogueOnDemand({
  en: () => import('./builderPlanCatalogueEn').then((m) => m.BUILDER_PLAN_CATALOGUE_EN),
  cy: () => import('./builderPlanCatalogueCy').then((m) => m.BUILDER_PLAN_CATALOGUE_CY),
});
