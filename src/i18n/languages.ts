/**
 * The languages the product speaks, and the locale `Intl` formats each one's dates, numbers, lists
 * and plurals with. The only place a locale tag is written: components ask a translator, never Intl.
 */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * BCP 47 tags for `Intl`, `lang` attributes and PDF metadata: British English, and Welsh (spoken
 * only in Britain, so its plain tag: `<html lang="cy">`, which Pagefind also indexes by).
 */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

/** Each language's name in itself, for the switch between them ("Cymraeg", "English"). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The `lang` attribute for a passage in `text` on a page in `page`: nothing when they are the same
 * (the page's `<html lang>` covers it), the passage's own tag when it is in the other language.
 */
export function langAttribute(text: Language, page: Language): string | undefined {
  return text === page ? undefined : INTL_LOCALES[text];
}

/** The other language of the two, for the switch between them. */
export const otherLanguage = (lang: Language): Language => (lang === 'cy' ? 'en' : 'cy');
