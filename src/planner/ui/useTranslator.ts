/**
 * The builder's translator, from context: components call `const { t } = useTranslator()` and never
 * hold display text or a locale. It holds only the builder's areas of the catalogue
 * (`i18n/builderCatalogue.ts`). The page sets the language (English until Welsh pages exist).
 */
import { createContext, useContext } from 'react';
import { BUILDER_CATALOGUES } from '../../i18n/builderCatalogue';
import { createTranslator, type Translator } from '../../i18n/createTranslator';
import { DEFAULT_LANGUAGE } from '../../i18n/languages';

export const TranslatorContext = createContext<Translator>(
  createTranslator(DEFAULT_LANGUAGE, BUILDER_CATALOGUES[DEFAULT_LANGUAGE]),
);

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
