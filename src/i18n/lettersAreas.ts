/**
 * Which words the letter pages' island carries (lettersCatalogueEn.ts, lettersCatalogueCy.ts): whole
 * areas, and from the builder's own area only the few messages the pages share with its forms, so
 * the pages do not load the builder's words.
 */
export const LETTERS_AREAS = ['common', 'privacy', 'letters'] as const;
export const LETTERS_PLANNER_KEYS = ['planner.form.errorPrefix', 'planner.plan.untitled'] as const;
