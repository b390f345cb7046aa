/**
 * How a source reads in the numbered list at a page's foot. A dated source gives its year; a web
 * page that shows no date says so and gives the day it was read, so no year is ever guessed.
 */
import type { Translator } from '../i18n/translator';
import type { Source } from './resourceSchema';

/**
 * The citation in the page's language, with `{title}` left for the linked title; `publisher` may be
 * `'{publisher}'` too, left for an element that marks the publisher's language.
 */
export function citationText(i18n: Translator, source: Source, publisher = source.publisher): string {
  if (source.year !== undefined) return i18n.t('hub.sources.citation', { publisher, year: String(source.year) });
  return i18n.t('hub.sources.citation.undated', {
    publisher,
    accessed: i18n.date(source.accessed),
  });
}

/**
 * The source in a few words, where a point on screen names it: "Adoption UK, 2022", "KCA, no date";
 * `publisher` as for citationText.
 */
export function shortCitation(i18n: Translator, source: Source, publisher = source.publisher): string {
  // A year is a name, not a quantity: written as it is, never "2,022".
  if (source.year !== undefined) return i18n.t('hub.sources.short', { publisher, year: String(source.year) });
  return i18n.t('hub.sources.short.undated', { publisher });
}
