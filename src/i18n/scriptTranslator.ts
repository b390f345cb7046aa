/**
 * Words for a page's browser script. Importing the translator would bring the whole catalogue into
 * the page's JavaScript, so the page sends the few messages its script uses (./scriptMessages.ts),
 * unformatted, in a data attribute; this formats them with the catalogue's own formatter, plurals
 * and all. Each script lists the keys it uses, so asking for one the page did not send is a type error.
 */
import { calendarDateFromPatterns } from './calendarDate';
import type { MessageKey } from './catalogue';
import { formatMessage, type Message, type MessageParams } from './formatMessage';

/** A translator's `t`, limited to some keys: what browser scripts and their pure modules take. */
export type Translate<K extends MessageKey = MessageKey> = (key: K, params?: MessageParams) => string;

export interface ScriptTranslator<K extends MessageKey> {
  readonly locale: string;
  /** The message for `key`; a key the page did not send comes back as itself, as in the translator. */
  t: Translate<K>;
  /** A calendar date written YYYY-MM-DD as words ("15 January 2027"), as the translator writes it. */
  date(iso: string): string;
}

/** What a page sends its script: the locale and the raw messages for the script's keys. */
export interface ScriptMessages<K extends MessageKey = MessageKey> {
  locale: string;
  messages: Partial<Record<K, Message>>;
  /**
   * How the language writes a date in each month (`calendarDatePatterns`), made at build time: the
   * browser need not know the language (Chromium has no Welsh and would write an English date).
   */
  datePatterns?: string[];
}

/** A translator for a script, from the JSON its page rendered with `messagesForScript`. */
export function scriptTranslator<K extends MessageKey>(json: string | undefined): ScriptTranslator<K> {
  const {
    locale,
    messages,
    datePatterns = [],
  } = JSON.parse(json || '{"locale":"","messages":{}}') as ScriptMessages<K>;
  const date = calendarDateFromPatterns(datePatterns);
  return {
    locale,
    t(key, params) {
      const message = messages[key];
      return message === undefined || !locale ? key : formatMessage(message, params, locale);
    },
    date,
  };
}
