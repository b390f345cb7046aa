/**
 * The builder's translator with its tools' words, loaded when first needed: a refusal of an opened
 * PDF can be one of its checks' messages, whose words are not in the builder's first load (see
 * useToolTranslator.ts).
 */
import { BUILDER_CATALOGUES } from '../../i18n/builderCatalogue';
import { createTranslator, type Translator } from '../../i18n/createTranslator';
import type { KeyedMessage } from '../../i18n/keyedMessage';

/** The message's key and those of the messages in its parameters. */
const keysOf = (message: KeyedMessage): string[] => [
  message.key,
  ...Object.values(message.params ?? {}).flatMap((v) => (typeof v === 'object' ? keysOf(v) : [])),
];

/** `base` when it has all the message's words; else the translator with the tools' words, once loaded. */
export async function translatorFor(message: KeyedMessage, base: Translator): Promise<Translator> {
  if (keysOf(message).every((key) => key in BUILDER_CATALOGUES[base.lang])) return base;
  const { BUILDER_TOOL_CATALOGUES } = await import('../../i18n/builderToolCatalogue');
  return createTranslator(base.lang, { ...BUILDER_CATALOGUES[base.lang], ...BUILDER_TOOL_CATALOGUES[base.lang] });
}
