/** The words of a plan in Welsh (the plan areas of builderAreas.ts), loaded with the first plan opened. */
import type { Catalogue } from './catalogue';
import { planMessagesCy } from './cy/plan';
import { planErrorMessagesCy } from './cy/planErrors';
import { signoffMessagesCy } from './cy/signoff';

export const BUILDER_PLAN_CATALOGUE_CY: Partial<Catalogue> = {
  ...planMessagesCy,
  ...planErrorMessagesCy,
  ...signoffMessagesCy,
};
