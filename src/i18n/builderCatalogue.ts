/**
 * The words the plan builder shows, by language: the catalogue's areas the builder needs and no
 * others, so the builder's first load carries neither the hub's pages nor the trainers' tools.
 */
import type { Catalogue } from './catalogue';
import { commonMessages } from './en/common';
import { planMessages } from './en/plan';
import { planErrorMessages } from './en/planErrors';
import { plannerMessages } from './en/planner';
import { privacyMessages } from './en/privacy';
import { signoffMessages } from './en/signoff';
import type { Language } from './languages';

export const BUILDER_CATALOGUES: Record<Language, Partial<Catalogue>> = {
  en: {
    ...commonMessages,
    ...planMessages,
    ...planErrorMessages,
    ...plannerMessages,
    ...privacyMessages,
    ...signoffMessages,
  },
};
