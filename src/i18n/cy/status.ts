/**
 * Translation status of each Welsh catalogue area (issue 13), one entry per area of WELSH_AREAS
 * (the catalogue test checks). Every area is machine-made and waits for a qualified Welsh translator:
 * never set reviewedBy until one has reviewed it. `npm run translation:status` lists these with the
 * Welsh pages' own status, for a translator.
 */
export interface TranslationStatus {
  translatedBy: 'machine' | 'translator';
  /** Who reviewed the Welsh, or null while nobody qualified has. */
  reviewedBy: string | null;
  /** When the translation was made or last brought up to date with the English (YYYY-MM-DD). */
  date: string;
}

const machine = (date: string): TranslationStatus => ({ translatedBy: 'machine', reviewedBy: null, date });

export const WELSH_AREA_STATUS: Record<string, TranslationStatus> = {
  common: machine('2026-12-02'),
  ecomap: machine('2026-12-03'),
  editions: machine('2026-12-03'),
  hub: machine('2026-12-03'),
  letters: machine('2026-12-03'),
  pdf: machine('2026-12-03'),
  plan: machine('2026-12-03'),
  planErrors: machine('2026-12-03'),
  planner: machine('2026-12-03'),
  plannerTools: machine('2026-12-03'),
  privacy: machine('2026-12-02'),
  privacyTools: machine('2026-12-02'),
  signoff: machine('2026-12-02'),
  signoffPages: machine('2026-12-02'),
  signoffTools: machine('2026-12-02'),
  trainer: machine('2026-12-03'),
};
