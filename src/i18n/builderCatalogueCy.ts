/** The plan builder's first-load words in Welsh (the areas of builderAreas.ts). */
import type { Catalogue } from './catalogue';
import { commonMessagesCy } from './cy/common';
import { planMessagesCy } from './cy/plan';
import { planErrorMessagesCy } from './cy/planErrors';
import { plannerMessagesCy } from './cy/planner';
import { privacyMessagesCy } from './cy/privacy';
import { signoffMessagesCy } from './cy/signoff';

export const BUILDER_CATALOGUE_CY: Partial<Catalogue> = {
  ...commonMessagesCy,
  ...planMessagesCy,
  ...planErrorMessagesCy,
  ...plannerMessagesCy,
  ...privacyMessagesCy,
  ...signoffMessagesCy,
};
