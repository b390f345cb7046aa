/**
 * The builder's translator, from context: components call `const { t } = useTranslator()` and never
 * hold display text or a locale. The page sets the language (English until Welsh pages exist).
 */
import { createContext, useContext } from 'react';
import { translator, type Translator } from '../../i18n/translator';

export const TranslatorContext = createContext<Translator>(translator());

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
