/**
 * The builder's translator with more of its words, loaded when first needed outside a plan's views:
 * a refusal of an opened file can be worded by the plan's schema (a plan's words) or by one of an
 * opened PDF's checks (the tools' words), neither of which is in the builder's first load (see
 * usePlanTranslator.ts and useToolTranslator.ts).
 */
import { builderPlanCatalogue } from '../../i18n/builderPlanCatalogue';
import { builderToolCatalogue } from '../../i18n/builderToolCatalogue';
import type { Translator } from '../../i18n/createTranslator';
import type { KeyedMessage } from '../../i18n/keyedMessage';

/** The message's key and those of the messages in its parameters. */
const keysOf = (message: KeyedMessage): KeyedMessage['key'][] => [
  message.key,
  ...Object.values(message.params ?? {}).flatMap((v) => (typeof v === 'object' ? keysOf(v) : [])),
];

/**
 * `base` when it has all the messages' words; else `base` with a plan's words, once loaded, when
 * those are enough; else with the tools' words too.
 */
export async function translatorFor(messages: readonly KeyedMessage[], base: Translator): Promise<Translator> {
  const keys = messages.flatMap(keysOf);
  let words = base;
  for (const more of [builderPlanCatalogue, builderToolCatalogue]) {
    if (keys.every((key) => words.has(key))) return words;
    words = words.withMessages(await more(base.lang));
  }
  return words;
}

/** `base` with the tools' words, once loaded: for words needed outside a component (a case's title). */
export async function withToolWords(base: Translator): Promise<Translator> {
  return base.withMessages(await builderToolCatalogue(base.lang));
}
