/**
 * The words of the builder's tools and pages that load on demand (the checks of an opened PDF, the
 * calendar file, the versions pages and PDF export, choosing a passphrase, copying from another plan,
 * the eco-map), by language: imported only by the lazily loaded parts that show them, so the
 * builder's first load does not carry them (see tests/e2e/planner-budget.test.ts).
 */
import type { Catalogue } from './catalogue';
import { ecomapMessages } from './en/ecomap';
import { plannerToolMessages } from './en/plannerTools';
import { privacyToolMessages } from './en/privacyTools';
import { signoffPageMessages } from './en/signoffPages';
import { signoffToolMessages } from './en/signoffTools';
import type { Language } from './languages';

export const BUILDER_TOOL_CATALOGUES: Record<Language, Partial<Catalogue>> = {
  en: {
    ...ecomapMessages,
    ...plannerToolMessages,
    ...privacyToolMessages,
    ...signoffPageMessages,
    ...signoffToolMessages,
  },
};
