/**
 * The languages the product speaks, and the locale `Intl` formats each one's dates, numbers, lists
 * and plurals with. The only place a locale tag is written: components ask a translator, never Intl.
 */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** BCP 47 tags for `Intl`: British English (and, when it comes, Welsh as spoken in Britain). */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
