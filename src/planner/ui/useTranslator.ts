/**
 * The builder's translator, from context: components call `const { t } = useTranslator()` and never
 * hold display text or a locale. The island for the page's language (PlannerIsland.tsx, or
 * PlannerIslandCy.tsx on /cy/planner/) provides it, holding only the builder's areas of that
 * language's catalogue (i18n/builderAreas.ts), so neither language's page loads the other's words.
 */
import { createContext, useContext } from 'react';
import type { Translator } from '../../i18n/createTranslator';

export const TranslatorContext = createContext<Translator | null>(null);

export function useTranslator(): Translator {
  const i18n = useContext(TranslatorContext);
  if (!i18n) throw new Error('The builder needs a translator: render it inside its island.');
  return i18n;
}
