/**
 * Makes a translator from one language's catalogue. The builder makes its own from only the areas
 * it shows (so its first load does not carry the hub's and trainers' words); everything else uses
 * `translator()`, which holds the whole catalogue.
 */
import type { Catalogue, MessageKey } from './catalogue';
import { calendarDateWriter } from './calendarDate';
import { formatMessage, type MessageParams } from './formatMessage';
import { INTL_LOCALES, type Language } from './languages';

export interface Translator {
  readonly lang: Language;
  /** The BCP 47 tag `Intl` uses, e.g. en-GB; also right for `lang` attributes and PDF metadata. */
  readonly locale: string;
  /** The message for `key`, with its placeholders filled and its plural form chosen. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A calendar date written YYYY-MM-DD as words ("15 January 2027"); empty stays empty, anything else unchanged. */
  date(iso: string | undefined): string;
  /** A moment in the user's time zone: "3 February 2026 at 14:05". */
  dateTime(iso: string): string;
  /** The name of a month, 1 = January. */
  month(month: number): string;
  number(value: number): string;
  /** Items as a list: "a, b, c". */
  list(items: readonly string[]): string;
  /** Items as a list in a sentence: "a, b and c". */
  andList(items: readonly string[]): string;
  /** Whether this translator has the words for `key` (the builder's holds only some areas). */
  has(key: MessageKey): boolean;
  /** A translator in the same language with more of the catalogue's areas (a tool's words). */
  withMessages(more: Partial<Catalogue>): Translator;
}

export function createTranslator(lang: Language, catalogue: Partial<Catalogue>): Translator {
  const locale = INTL_LOCALES[lang];
  const calendarDate = calendarDateWriter(locale);
  const localDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const lists = new Intl.ListFormat(locale, { type: 'unit' });
  const andLists = new Intl.ListFormat(locale, { type: 'conjunction' });
  // Welsh "and" is "ac" before a vowel and "a" otherwise; Intl writes "a(c)".
  const andList = (items: readonly string[]): string => {
    if (lang !== 'cy' || items.length < 2) return andLists.format(items);
    const last = items[items.length - 1];
    return `${items.slice(0, -1).join(', ')} ${/^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : 'a'} ${last}`;
  };

  const t = (key: MessageKey, params?: MessageParams) => {
    const message = catalogue[key];
    return message === undefined ? key : formatMessage(message, params, locale);
  };
  return {
    lang,
    locale,
    t,
    date: (iso) => (iso ? calendarDate(iso) : ''),
    dateTime(iso) {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return t('format.dateTime', { date: localDay.format(date), time: time.format(date) });
    },
    month: (month) => monthName.format(new Date(Date.UTC(2000, month - 1, 1))),
    number: (value) => numbers.format(value),
    list: (items) => lists.format(items),
    andList,
    has: (key) => catalogue[key] !== undefined,
    withMessages: (more) => createTranslator(lang, { ...catalogue, ...more }),
  };
}
