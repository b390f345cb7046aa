/**
 * Words for the trainer pages' scripts, in the browser. Importing the translator would bring the
 * whole catalogue (every area's messages) into each page's JavaScript, so instead the page picks
 * the few messages its script uses (see scriptMessages.ts) and puts them, unformatted, in a data
 * attribute; this formats them with the catalogue's own formatter, plurals and all. Each script
 * lists the keys it uses, so asking for one the page did not send is a type error.
 */
import type { MessageKey } from '../i18n/catalogue';
import { formatMessage, type Message, type MessageParams } from '../i18n/formatMessage';

/** A translator's `t`, limited to some keys: what pure trainer modules take to word things. */
export type Translate<K extends MessageKey = MessageKey> = (key: K, params?: MessageParams) => string;

export interface ScriptTranslator<K extends MessageKey> {
  readonly locale: string;
  t: Translate<K>;
  /** A calendar date written YYYY-MM-DD as words ("15 January 2027"), as the translator writes it. */
  date(iso: string): string;
}

/** What a page sends its script: the locale and the raw messages for the script's keys. */
export interface ScriptMessages<K extends MessageKey = MessageKey> {
  locale: string;
  messages: Partial<Record<K, Message>>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A translator for a script, from the JSON its page rendered with `messagesForScript`. */
export function scriptTranslator<K extends MessageKey>(json: string | undefined): ScriptTranslator<K> {
  const { locale, messages } = JSON.parse(json || '{"locale":"","messages":{}}') as ScriptMessages<K>;
  const day = new Intl.DateTimeFormat(locale || undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    locale,
    t(key, params) {
      const message = messages[key];
      return message === undefined ? key : formatMessage(message, params, locale);
    },
    date(iso) {
      const m = ISO_DATE.exec(iso);
      if (!m) return iso;
      const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return Number.isNaN(date.getTime()) ? iso : day.format(date);
    },
  };
}
