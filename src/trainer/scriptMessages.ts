/**
 * On the server: the messages a trainer page's script needs, picked from the catalogue for the
 * page's language, as JSON for a data attribute. The script reads them with `scriptTranslator`.
 * Kept apart from scriptTranslator.ts so the catalogue never reaches the browser.
 */
import { CATALOGUES, type MessageKey } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';
import type { ScriptMessages } from './scriptTranslator';

export function messagesForScript<K extends MessageKey>(i18n: Translator, keys: readonly K[]): string {
  const catalogue = CATALOGUES[i18n.lang];
  const sent: ScriptMessages<K> = {
    locale: i18n.locale,
    messages: Object.fromEntries(keys.map((key) => [key, catalogue[key]])) as ScriptMessages<K>['messages'],
  };
  return JSON.stringify(sent);
}
