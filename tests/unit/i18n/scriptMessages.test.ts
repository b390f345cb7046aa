import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { around } from '../../../src/trainer/messageParts';
import { PACK_KEYS } from '../../../src/trainer/packPage';
import { AUDIENCE_KEYS } from '../../../src/trainer/audienceWindow';
import { PRESENTER_WINDOW_KEYS } from '../../../src/trainer/presenterWindow';
import { messagesForScript } from '../../../src/i18n/scriptMessages';
import { scriptTranslator, type ScriptMessages } from '../../../src/i18n/scriptTranslator';

const i18n = translator('en');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the words a trainer page sends its script', () => {
  it.each([
    ['session mode', AUDIENCE_KEYS],
    ['the presenter view', PRESENTER_WINDOW_KEYS],
    ['the pack builder', PACK_KEYS],
  ] as const)('has every message %s asks for, and no others', (_, keys) => {
    const sent = JSON.parse(messagesForScript(i18n, keys)) as ScriptMessages;
    expect(sent.locale).toBe(i18n.locale);
    expect(Object.keys(sent.messages).sort()).toEqual([...new Set(keys)].sort());
    expect(Object.values(sent.messages).filter((m) => m === undefined)).toEqual([]);
  });

  it('words things in the browser as the translator does on the server, plurals included', () => {
    const script = scriptTranslator<(typeof AUDIENCE_KEYS)[number]>(messagesForScript(i18n, AUDIENCE_KEYS));
    for (const count of [1, 2, 15]) {
      expect(script.t('trainer.timer.remaining.minutes', { count })).toBe(
        i18n.t('trainer.timer.remaining.minutes', { count }),
      );
    }
    expect(script.t('trainer.timer.remaining.minutes', { count: 1 })).toBe('1 minute left');
    expect(script.t('trainer.timer.announce.up', { activity: 'Welcome' })).toBe('Time is up for Welcome.');
  });

  it('writes dates as the translator does', () => {
    const script = scriptTranslator<(typeof PACK_KEYS)[number]>(messagesForScript(i18n, PACK_KEYS));
    expect(script.date('2026-12-01')).toBe(i18n.date('2026-12-01'));
    expect(script.date('2026-12-01')).toBe('1 December 2026');
    expect(script.t('trainer.pack.count.some', { count: 1 })).toBe('1 resource, printed in this order.');
    expect(script.t('trainer.pack.count.some', { count: 3 })).toBe('3 resources, printed in this order.');
  });

  it('words Welsh plurals and dates as the build does, in a browser that has no Welsh', () => {
    const cy = translator('cy');
    const sent = messagesForScript(cy, PACK_KEYS);
    const minutes = messagesForScript(cy, AUDIENCE_KEYS);
    // As Chromium without Welsh locale data: Intl answers every Welsh question in English.
    const English = <T extends new (locale?: string, options?: never) => unknown>(Full: T) =>
      class extends (Full as new (locale?: string, options?: unknown) => object) {
        constructor(_locale?: string, options?: unknown) {
          super('en', options);
        }
      };
    vi.stubGlobal(
      'Intl',
      Object.assign(Object.create(Intl) as typeof Intl, {
        PluralRules: English(Intl.PluralRules),
        DateTimeFormat: English(Intl.DateTimeFormat),
      }),
    );
    const pack = scriptTranslator<(typeof PACK_KEYS)[number]>(sent);
    const timer = scriptTranslator<(typeof AUDIENCE_KEYS)[number]>(minutes);
    expect(pack.date('2026-11-20')).toBe('20 Tachwedd 2026');
    expect(timer.t('trainer.timer.remaining.minutes', { count: 2 })).toBe('2 funud ar ôl');
    for (const count of [0, 1, 2, 3, 6, 11]) {
      expect(pack.t('trainer.pack.count.some', { count })).toBe(cy.t('trainer.pack.count.some', { count }));
      expect(timer.t('trainer.timer.remaining.minutes', { count })).toBe(
        cy.t('trainer.timer.remaining.minutes', { count }),
      );
    }
  });

  it('shows the key for a message the page did not send, rather than nothing', () => {
    expect(scriptTranslator<'trainer.timer.start'>(undefined).t('trainer.timer.start')).toBe('trainer.timer.start');
  });
});

describe('a message with a link inside', () => {
  it('splits around the link', () => {
    expect(around(i18n.t('trainer.sheet.printHint', { count: 2 }), 'link')).toEqual([
      'Print this page or save it as PDF from your browser’s print menu. It prints on 2 A4 pages. You can also ',
      '.',
    ]);
    expect(around(i18n.t('trainer.sheets.more.sessions'), 'link')).toEqual([
      '',
      ': each one has a session mode for presenting to a group.',
    ]);
  });
  it('puts a missing link at the end', () => {
    expect(around('No link here.', 'link')).toEqual(['No link here.', '']);
  });
});
