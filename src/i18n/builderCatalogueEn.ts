/** The plan builder's first-load words in English (the first-load areas of builderAreas.ts). */
import type { Catalogue } from './catalogue';
import { commonMessages } from './en/common';
import { plannerMessages } from './en/planner';
import { privacyMessages } from './en/privacy';

export const BUILDER_CATALOGUE_EN: Partial<Catalogue> = {
  ...commonMessages,
  ...plannerMessages,
  ...privacyMessages,
};
