/**
 * On the server: the messages a page's browser script needs, picked from the catalogue for the
 * page's language, as JSON for a data attribute. The script reads them with `scriptTranslator`
 * (./scriptTranslator.ts), so the catalogue never reaches the browser: the search page's script
 * needs ten messages, not all of them.
 */
import { calendarDatePatterns } from './calendarDate';
import { CATALOGUES, type MessageKey } from './catalogue';
import type { ScriptMessages } from './scriptTranslator';
import type { Translator } from './createTranslator';

export function messagesForScript<K extends MessageKey>(i18n: Translator, keys: readonly K[]): string {
  const catalogue = CATALOGUES[i18n.lang];
  const sent: ScriptMessages<K> = {
    locale: i18n.locale,
    messages: Object.fromEntries(keys.map((key) => [key, catalogue[key]])) as ScriptMessages<K>['messages'],
    datePatterns: calendarDatePatterns(i18n.locale),
  };
  return JSON.stringify(sent);
}
