/**
 * Where a page of the site is in a language: English at its own path, Welsh at /cy/ plus the same
 * path (the builder at /cy/planner/). Every internal link is written through `localPath`, so a
 * Welsh page links to Welsh pages; `pathInEnglish` gives the path a page has in English, for the
 * switch between languages and the `hreflang` alternates.
 */
import { DEFAULT_LANGUAGE, INTL_LOCALES, LANGUAGES, type Language } from './languages';

const WELSH_PREFIX = /^\/cy(?=\/|$)/;

/**
 * A file rather than a page (its last segment has an extension: the JSON Schemas, the licence notices,
 * Pagefind's and the bundler's files): it exists once, in English, so every page links to the same one.
 */
const FILE_PATH = /\.[a-z0-9]+(?:[?#]|$)/i;

/** The site path `path` (in English, starting "/") as it is in `lang`; a path already in `lang` stays. */
export function localPath(path: string, lang: Language): string {
  if (!path.startsWith('/') || path.startsWith('//') || lang === DEFAULT_LANGUAGE) return path;
  if (FILE_PATH.test(path) || languageOfPath(path) === lang) return path;
  return `/${lang}${path}`;
}

/** A page's path in English, from its path in any language. */
export function pathInEnglish(path: string): string {
  return path.replace(WELSH_PREFIX, '') || '/';
}

/** The language a site path is in (a Welsh page's path starts /cy/). */
export function languageOfPath(path: string): Language {
  return WELSH_PREFIX.test(path) ? 'cy' : DEFAULT_LANGUAGE;
}

/**
 * The `<link rel="alternate">` targets of the page at `path` (in any language): its address in each
 * language, absolute from the site's origin, and English again as the x-default.
 */
export function alternates(path: string, site: URL): { hreflang: string; href: string }[] {
  const english = pathInEnglish(path);
  const href = (lang: Language) => new URL(localPath(english, lang), site).href;
  return [
    ...LANGUAGES.map((lang) => ({ hreflang: INTL_LOCALES[lang], href: href(lang) })),
    { hreflang: 'x-default', href: href(DEFAULT_LANGUAGE) },
  ];
}
