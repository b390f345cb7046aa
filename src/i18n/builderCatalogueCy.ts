/** The plan builder's first-load words in Welsh (the first-load areas of builderAreas.ts). */
import type { Catalogue } from './catalogue';
import { commonMessagesCy } from './cy/common';
import { plannerMessagesCy } from './cy/planner';
import { privacyMessagesCy } from './cy/privacy';

export const BUILDER_CATALOGUE_CY: Partial<Catalogue> = {
  ...commonMessagesCy,
  ...plannerMessagesCy,
  ...privacyMessagesCy,
};
