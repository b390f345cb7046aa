/** The words of a plan in English (the plan areas of builderAreas.ts), loaded with the first plan opened. */
import type { Catalogue } from './catalogue';
import { planMessages } from './en/plan';
import { planErrorMessages } from './en/planErrors';
import { signoffMessages } from './en/signoff';

export const BUILDER_PLAN_CATALOGUE_EN: Partial<Catalogue> = {
  ...planMessages,
  ...planErrorMessages,
  ...signoffMessages,
};
