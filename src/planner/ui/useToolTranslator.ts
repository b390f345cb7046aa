/**
 * The builder's translator with the words of its on-demand tools and pages added (the checks of an
 * opened PDF, the calendar file, the versions pages, PDF export). Only the lazily loaded components that show those words call it, so the words
 * load with them and not with the builder's first screen.
 */
import { useMemo } from 'react';
import { BUILDER_CATALOGUES } from '../../i18n/builderCatalogue';
import { BUILDER_TOOL_CATALOGUES } from '../../i18n/builderToolCatalogue';
import { createTranslator, type Translator } from '../../i18n/createTranslator';
import { useTranslator } from './useTranslator';

export function useToolTranslator(): Translator {
  const { lang } = useTranslator();
  return useMemo(
    () => createTranslator(lang, { ...BUILDER_CATALOGUES[lang], ...BUILDER_TOOL_CATALOGUES[lang] }),
    [lang],
  );
}
