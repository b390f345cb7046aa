/** The words of the plan builder's on-demand tools in English (the tool areas of builderAreas.ts). */
import type { Catalogue } from './catalogue';
import { ecomapMessages } from './en/ecomap';
import { editionMessages } from './en/editions';
import { letterMessages } from './en/letters';
import { plannerToolMessages } from './en/plannerTools';
import { privacyToolMessages } from './en/privacyTools';
import { signoffPageMessages } from './en/signoffPages';
import { signoffToolMessages } from './en/signoffTools';

export const BUILDER_TOOL_CATALOGUE_EN: Partial<Catalogue> = {
  ...ecomapMessages,
  ...editionMessages,
  ...letterMessages,
  ...plannerToolMessages,
  ...privacyToolMessages,
  ...signoffPageMessages,
  ...signoffToolMessages,
};
