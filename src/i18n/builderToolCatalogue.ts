/**
 * The words of the builder's on-demand tools in one language, fetched the first time a tool shows
 * (each language's are a script of their own), then kept: the same promise for every later call,
 * so React's `use` reads it at once.
 */
import type { Catalogue } from './catalogue';
import type { Language } from './languages';

const LOADERS: Record<Language, () => Promise<Partial<Catalogue>>> = {
  en: () => import('./builderToolCatalogueEn').then((m) => m.BUILDER_TOOL_CATALOGUE_EN),
  cy: () => import('./builderToolCatalogueCy').then((m) => m.BUILDER_TOOL_CATALOGUE_CY),
};

const loaded = new Map<Language, Promise<Partial<Catalogue>>>();

export function builderToolCatalogue(lang: Language): Promise<Partial<Catalogue>> {
  let words = loaded.get(lang);
  if (!words) loaded.set(lang, (words = LOADERS[lang]()));
  return words;
}
