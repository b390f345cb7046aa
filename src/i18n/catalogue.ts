/**
 * The message catalogue: every user-facing string, keyed by id, one catalogue per language. Each
 * area of the product keeps its English messages in its own file under `en/` and its Welsh ones
 * under `cy/` (typed to have exactly the English keys); this joins them. A key must be unique
 * across the areas (the catalogue test checks).
 */
import type { Message } from './formatMessage';
import type { Language } from './languages';
import { commonMessages } from './en/common';
import { ecomapMessages } from './en/ecomap';
import { editionMessages } from './en/editions';
import { hubMessages } from './en/hub';
import { letterMessages } from './en/letters';
import { pdfMessages } from './en/pdf';
import { planMessages } from './en/plan';
import { planErrorMessages } from './en/planErrors';
import { plannerMessages } from './en/planner';
import { plannerToolMessages } from './en/plannerTools';
import { privacyMessages } from './en/privacy';
import { privacyToolMessages } from './en/privacyTools';
import { signoffMessages } from './en/signoff';
import { signoffPageMessages } from './en/signoffPages';
import { signoffToolMessages } from './en/signoffTools';
import { trainerMessages } from './en/trainer';
import { commonMessagesCy } from './cy/common';
import { ecomapMessagesCy } from './cy/ecomap';
import { editionMessagesCy } from './cy/editions';
import { letterMessagesCy } from './cy/letters';
import { hubMessagesCy } from './cy/hub';
import { pdfMessagesCy } from './cy/pdf';
import { planMessagesCy } from './cy/plan';
import { planErrorMessagesCy } from './cy/planErrors';
import { plannerMessagesCy } from './cy/planner';
import { plannerToolMessagesCy } from './cy/plannerTools';
import { privacyMessagesCy } from './cy/privacy';
import { privacyToolMessagesCy } from './cy/privacyTools';
import { signoffMessagesCy } from './cy/signoff';
import { signoffPageMessagesCy } from './cy/signoffPages';
import { signoffToolMessagesCy } from './cy/signoffTools';
import { trainerMessagesCy } from './cy/trainer';

/** The English messages by area, kept apart so the catalogue test can check for clashes. */
export const ENGLISH_AREAS = {
  common: commonMessages,
  ecomap: ecomapMessages,
  editions: editionMessages,
  hub: hubMessages,
  letters: letterMessages,
  pdf: pdfMessages,
  plan: planMessages,
  planErrors: planErrorMessages,
  planner: plannerMessages,
  plannerTools: plannerToolMessages,
  privacy: privacyMessages,
  privacyTools: privacyToolMessages,
  signoff: signoffMessages,
  signoffPages: signoffPageMessages,
  signoffTools: signoffToolMessages,
  trainer: trainerMessages,
};

const en = {
  ...commonMessages,
  ...ecomapMessages,
  ...editionMessages,
  ...hubMessages,
  ...letterMessages,
  ...pdfMessages,
  ...planMessages,
  ...planErrorMessages,
  ...plannerMessages,
  ...plannerToolMessages,
  ...privacyMessages,
  ...privacyToolMessages,
  ...signoffMessages,
  ...signoffPageMessages,
  ...signoffToolMessages,
  ...trainerMessages,
};

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, Message>;

/**
 * The Welsh messages by area (machine-made, waiting for review: see cy/status.ts), each with exactly
 * its English area's keys (checked here, where the Message type lives, and by the catalogue test).
 */
export const WELSH_AREAS = {
  common: commonMessagesCy,
  ecomap: ecomapMessagesCy,
  editions: editionMessagesCy,
  hub: hubMessagesCy,
  letters: letterMessagesCy,
  pdf: pdfMessagesCy,
  plan: planMessagesCy,
  planErrors: planErrorMessagesCy,
  planner: plannerMessagesCy,
  plannerTools: plannerToolMessagesCy,
  privacy: privacyMessagesCy,
  privacyTools: privacyToolMessagesCy,
  signoff: signoffMessagesCy,
  signoffPages: signoffPageMessagesCy,
  signoffTools: signoffToolMessagesCy,
  trainer: trainerMessagesCy,
} satisfies { [A in keyof typeof ENGLISH_AREAS]: Record<keyof (typeof ENGLISH_AREAS)[A], Message> };

const cy: Catalogue = Object.assign({}, ...Object.values(WELSH_AREAS));

export const CATALOGUES: Record<Language, Catalogue> = { en, cy };
