/**
 * Hands a page's browser script the few catalogue messages it needs, so the script formats them
 * itself without downloading the whole catalogue (the search page needs ten, not all of them). The
 * page writes `packMessages(...)` into a data attribute; the script reads it with `clientTranslator`
 * (in ./clientTranslator.ts, which does not import the catalogue).
 */
import { CATALOGUES, type MessageKey } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';
import type { PackedMessages } from './clientTranslator';

/** The messages `keys` of the translator's language, with its locale, as JSON. */
export function packMessages(i18n: Translator, keys: readonly MessageKey[]): string {
  const catalogue = CATALOGUES[i18n.lang];
  const packed: PackedMessages = {
    locale: i18n.locale,
    messages: Object.fromEntries(keys.map((key) => [key, catalogue[key]])),
  };
  return JSON.stringify(packed);
}
