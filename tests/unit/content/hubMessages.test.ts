/**
 * The hub's words: every taxonomy id has its names in the catalogue, and a page's browser script,
 * given only the messages the page packed for it, words its messages exactly as the translator does.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type MessageKey } from '../../../src/i18n/catalogue';
import { translator } from '../../../src/i18n/translator';
import { messagesForScript } from '../../../src/i18n/scriptMessages';
import { scriptTranslator } from '../../../src/i18n/scriptTranslator';
import { SEARCH_MESSAGE_KEYS } from '../../../src/hub/search/searchPage';
import { AUDIENCE_IDS, SECTION_IDS, TOPIC_IDS, TYPE_IDS } from '../../../src/hub/taxonomy';
import { UPDATE_MESSAGE_KEYS } from '../../../src/offline/registerServiceWorker';

const en = translator('en');

describe('taxonomy names', () => {
  const keys = [
    ...SECTION_IDS.flatMap((id) => [`hub.section.${id}.title`, `hub.section.${id}.blurb`]),
    ...TYPE_IDS.flatMap((id) => [`hub.type.${id}.title`, `hub.type.${id}.listTitle`, `hub.type.${id}.intro`]),
    ...AUDIENCE_IDS.flatMap((id) => [`hub.audience.${id}.title`, `hub.audience.${id}.inText`]),
    ...TOPIC_IDS.flatMap((id) => [`hub.topic.${id}.title`, `hub.topic.${id}.inText`]),
  ];
  it.each(keys)('%s is in the English catalogue', (key) => {
    expect(CATALOGUES.en[key as MessageKey]).toEqual(expect.any(String));
  });
});

describe('messages packed for the search page script', () => {
  const keys = [...SEARCH_MESSAGE_KEYS, ...UPDATE_MESSAGE_KEYS];
  const { t } = scriptTranslator<(typeof keys)[number]>(messagesForScript(en, keys));

  it('word every message as the translator does', () => {
    const params = { count: 1, query: 'letterbox' };
    for (const key of keys) expect(t(key, params)).toBe(en.t(key, params));
  });

  it('choose the plural form and write numbers the English way', () => {
    expect(t('hub.search.status.found', { count: 1, query: 'letterbox' })).toBe('1 result for “letterbox”.');
    expect(t('hub.search.status.foundFiltered', { count: 3, query: 'letterbox' })).toBe(
      '3 results for “letterbox” with the filters you chose.',
    );
    expect(t('hub.search.status.found', { count: 1234, query: 'adoption' })).toBe('1,234 results for “adoption”.');
    expect(t('hub.search.status.none', { query: 'zqxjvw' })).toContain('No results for “zqxjvw”');
  });

  it('leave a query that looks like a placeholder alone', () => {
    expect(t('hub.search.status.found', { count: 2, query: '{count}' })).toBe('2 results for “{count}”.');
  });

  it('give back the key for a message that was not packed', () => {
    const none = scriptTranslator<'hub.offline.update.button'>(undefined);
    expect(none.t('hub.offline.update.button')).toBe('hub.offline.update.button');
  });
});
