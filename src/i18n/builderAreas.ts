/**
 * Which areas of the catalogue the plan builder loads, and when: its first load carries only the
 * areas it shows on every visit, in the page's language only; its tools' areas (the checks of an
 * opened PDF, the calendar file, the versions pages and PDF export, choosing a passphrase, copying
 * from another plan, the eco-map, the families' copies and their findings) load when first shown. Each language's files
 * (builderCatalogueEn.ts, builderCatalogueCy.ts, builderToolCatalogueEn.ts, …) join these areas;
 * the catalogue test checks that they do.
 */
export const BUILDER_AREAS = ['common', 'plan', 'planErrors', 'planner', 'privacy', 'signoff'] as const;
export const BUILDER_TOOL_AREAS = [
  'ecomap',
  'editions',
  'letters',
  'plannerTools',
  'privacyTools',
  'signoffPages',
  'signoffTools',
] as const;
