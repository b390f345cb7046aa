/** The words of the plan builder's on-demand tools in Welsh (the tool areas of builderAreas.ts). */
import type { Catalogue } from './catalogue';
import { ecomapMessagesCy } from './cy/ecomap';
import { editionMessagesCy } from './cy/editions';
import { letterMessagesCy } from './cy/letters';
import { plannerToolMessagesCy } from './cy/plannerTools';
import { privacyToolMessagesCy } from './cy/privacyTools';
import { signoffPageMessagesCy } from './cy/signoffPages';
import { signoffToolMessagesCy } from './cy/signoffTools';

export const BUILDER_TOOL_CATALOGUE_CY: Partial<Catalogue> = {
  ...ecomapMessagesCy,
  ...editionMessagesCy,
  ...letterMessagesCy,
  ...plannerToolMessagesCy,
  ...privacyToolMessagesCy,
  ...signoffPageMessagesCy,
  ...signoffToolMessagesCy,
};
