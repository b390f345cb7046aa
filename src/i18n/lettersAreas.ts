/**
 * Which areas of the catalogue the letter pages' island carries (lettersCatalogueEn.ts,
 * lettersCatalogueCy.ts): its own, the privacy shell's and the common words, and none of the
 * builder's, so the pages do not load the builder's words; the catalogue test checks both.
 */
export const LETTERS_AREAS = ['common', 'privacy', 'letters'] as const;
