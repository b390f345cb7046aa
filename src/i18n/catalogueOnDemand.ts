/**
 * Words that load when first needed, each language's from a script of its own: the same promise for
 * every later call, so React's `use` reads it at once. A load that failed (offline, a new build) is
 * forgotten, so the next call tries again.
 */
import type { Catalogue } from './catalogue';
import type { Language } from './languages';

export type CatalogueLoaders = Record<Language, () => Promise<Partial<Catalogue>>>;

export function catalogueOnDemand(loaders: CatalogueLoaders): (lang: Language) => Promise<Partial<Catalogue>> {
  const loaded = new Map<Language, Promise<Partial<Catalogue>>>();
  return (lang) => {
    let words = loaded.get(lang);
    if (!words) {
      words = loaders[lang]().catch((error: unknown) => {
        loaded.delete(lang);
        throw error;
      });
      loaded.set(lang, words);
    }
    return words;
  };
}
