/**
 * Which areas of the catalogue the plan builder loads, and when, in the page's language only: its
 * first load carries only the areas of the plans list and the privacy shell; a plan's own words
 * (its questions, answers, errors and sign-off) load with the first plan opened or file read; its
 * tools' areas (the checks of an opened PDF, the calendar file, the versions pages and PDF export,
 * choosing a passphrase, copying from another plan, the eco-map, the families' copies and their
 * findings) load when first shown. Each language's files (builderCatalogueEn.ts,
 * builderPlanCatalogueCy.ts, builderToolCatalogueEn.ts, …) join these areas; the catalogue test
 * checks that they do.
 */
export const BUILDER_AREAS = ['common', 'planner', 'privacy'] as const;
export const BUILDER_PLAN_AREAS = ['plan', 'planErrors', 'signoff'] as const;
export const BUILDER_TOOL_AREAS = [
  'ecomap',
  'editions',
  'letters',
  'plannerTools',
  'privacyTools',
  'signoffPages',
  'signoffTools',
] as const;
