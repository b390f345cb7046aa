/**
 * The builder's translator with the words of its on-demand tools and pages added (the checks of an
 * opened PDF, the calendar file, the versions pages, PDF export, the eco-map). Only the lazily
 * loaded components that show those words call it: the first call suspends (inside their Suspense)
 * while the page language's tool words load, so they load with the tools and not with the
 * builder's first screen.
 */
import { use, useMemo } from 'react';
import { builderToolCatalogue } from '../../i18n/builderToolCatalogue';
import type { Translator } from '../../i18n/createTranslator';
import { useTranslator } from './useTranslator';

export function useToolTranslator(): Translator {
  const base = useTranslator();
  const tools = use(builderToolCatalogue(base.lang));
  return useMemo(() => base.withMessages(tools), [base, tools]);
}
