/**
 * The browser side of ./pageMessages.ts: a `t` for the messages a page packed for its script.
 * Imports only the message formatter, never the catalogue, so the script stays small.
 */
import type { MessageKey } from '../i18n/catalogue';
import { formatMessage, type Message, type MessageParams } from '../i18n/formatMessage';

export interface PackedMessages {
  locale: string;
  messages: Partial<Record<MessageKey, Message>>;
}

/** Formats one of the keys `K`; a full translator's `t` fits wherever one of these is asked for. */
export type MessagesFor<K extends MessageKey> = (key: K, params?: MessageParams) => string;

/** A `t` over packed messages; a key that was not packed comes back as itself, as in the translator. */
export function clientTranslator<K extends MessageKey>(json: string | undefined): MessagesFor<K> {
  const { locale, messages } = JSON.parse(json ?? '{}') as Partial<PackedMessages>;
  return (key, params) => {
    const message = messages?.[key];
    return message === undefined || !locale ? key : formatMessage(message, params, locale);
  };
}
