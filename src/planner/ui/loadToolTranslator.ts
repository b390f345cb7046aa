/**
 * The builder's translator with its tools' words, loaded when first needed: a refusal of an opened
 * PDF can be one of its checks' messages, whose words are not in the builder's first load (see
 * useToolTranslator.ts).
 */
import { builderToolCatalogue } from '../../i18n/builderToolCatalogue';
import type { Translator } from '../../i18n/createTranslator';
import type { KeyedMessage } from '../../i18n/keyedMessage';

/** The message's key and those of the messages in its parameters. */
const keysOf = (message: KeyedMessage): KeyedMessage['key'][] => [
  message.key,
  ...Object.values(message.params ?? {}).flatMap((v) => (typeof v === 'object' ? keysOf(v) : [])),
];

/** `base` when it has all the message's words; else the translator with the tools' words, once loaded. */
export async function translatorFor(message: KeyedMessage, base: Translator): Promise<Translator> {
  if (keysOf(message).every((key) => base.has(key))) return base;
  return base.withMessages(await builderToolCatalogue(base.lang));
}

/** `base` with the tools' words, once loaded: for words needed outside a component (a case's title). */
export async function withToolWords(base: Translator): Promise<Translator> {
  return base.withMessages(await builderToolCatalogue(base.lang));
}
