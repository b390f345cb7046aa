/**
 * Which notice a page in a language other than English carries about its text: "not translated
 * yet" while it is still English, "machine translation" while no qualified translator has reviewed
 * its translation (issue 13: never present unreviewed text as reviewed), none otherwise.
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

export type TranslationNotice = 'missing' | 'machine' | undefined;

export function translationNotice(
  page: Language,
  translation: { reviewedBy: string | null } | undefined,
): TranslationNotice {
  if (page === DEFAULT_LANGUAGE) return undefined;
  if (!translation) return 'missing';
  return translation.reviewedBy === null ? 'machine' : undefined;
}
