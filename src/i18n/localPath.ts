/**
 * Where a page of the site is in a language: English at its own path, Welsh at /cy/ plus the same
 * path (the builder at /cy/planner/). Every internal link is written through `localPath`, so a
 * Welsh page links to Welsh pages; `pathInEnglish` gives the path a page has in English, for the
 * switch between languages and the `hreflang` alternates.
 */
import { DEFAULT_LANGUAGE, type Language } from './languages';

const WELSH_PREFIX = /^\/cy(?=\/|$)/;

/** The site path `path` (in English, starting "/") as it is in `lang`. */
export function localPath(path: string, lang: Language): string {
  if (!path.startsWith('/') || path.startsWith('//') || lang === DEFAULT_LANGUAGE) return path;
  return `/${lang}${path}`;
}

/** A page's path in English, from its path in any language. */
export function pathInEnglish(path: string): string {
  return path.replace(WELSH_PREFIX, '') || '/';
}
