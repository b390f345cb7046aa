/** The plan builder's first-load words in English (the areas of builderAreas.ts). */
import type { Catalogue } from './catalogue';
import { commonMessages } from './en/common';
import { planMessages } from './en/plan';
import { planErrorMessages } from './en/planErrors';
import { plannerMessages } from './en/planner';
import { privacyMessages } from './en/privacy';
import { signoffMessages } from './en/signoff';

export const BUILDER_CATALOGUE_EN: Partial<Catalogue> = {
  ...commonMessages,
  ...planMessages,
  ...planErrorMessages,
  ...plannerMessages,
  ...privacyMessages,
  ...signoffMessages,
};
