/**
 * A translator: the catalogue of one language with the formatters for its locale. Every renderer
 * (the builder, the PDF, the hub's pages, the trainer tools, the command-line tools) takes one and
 * asks it for words, dates, numbers and lists; none of them holds display text or a locale itself.
 */
import { CATALOGUES } from './catalogue';
import { createTranslator, type Translator } from './createTranslator';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

export type { Translator };

const translators = new Map<Language, Translator>();

/** The translator for a language (made once, then shared). */
export function translator(lang: Language = DEFAULT_LANGUAGE): Translator {
  let found = translators.get(lang);
  if (!found) translators.set(lang, (found = createTranslator(lang, CATALOGUES[lang])));
  return found;
}

/** The language of a page from Astro's `currentLocale` (or any tag), falling back to English. */
export function languageOf(locale: string | undefined): Language {
  const base = locale?.split('-')[0];
  return isLanguage(base) ? base : DEFAULT_LANGUAGE;
}
