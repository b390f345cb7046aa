/**
 * Words for the user from modules without a UI: a catalogue key and its parameters, which the
 * caller puts into words in the reader's language. Rules, file readers, storage and privacy report
 * problems this way and never hold display text.
 */
import type { MessageKey } from './catalogue';
import type { Translator } from './translator';

/**
 * A message for the caller to put into words: a catalogue key and its parameters. A parameter may
 * itself be a message (e.g. a file's name around what is wrong with it); `messageText` words both.
 */
export interface KeyedMessage {
  key: MessageKey;
  params?: Record<string, string | number | KeyedMessage>;
}

/** The words of a keyed message, its message parameters worded first. */
export function messageText(t: Translator['t'], message: KeyedMessage): string {
  const { key, params } = message;
  if (!params) return t(key);
  const worded = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? messageText(t, value) : value]),
  );
  return t(key, worded);
}
