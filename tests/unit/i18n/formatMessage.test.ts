import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage, placeholdersOf, pluralCategory, pluralForm } from '../../../src/i18n/formatMessage';
import { languageOf, translator } from '../../../src/i18n/translator';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('formatMessage', () => {
  it('fills placeholders and writes numbers the locale way', () => {
    expect(formatMessage('{what} must be {max} characters or fewer', { what: 'The name', max: 1440 }, 'en-GB')).toBe(
      'The name must be 1,440 characters or fewer',
    );
  });

  it('leaves a placeholder with no parameter visible', () => {
    expect(formatMessage('Hello {name}', {}, 'en-GB')).toBe('Hello {name}');
  });

  it('chooses exact forms before plural categories', () => {
    const forms = { '=1': 'Once a month', '=2': 'Twice a month', other: '{count} times a month' };
    expect(formatMessage(forms, { count: 1 }, 'en-GB')).toBe('Once a month');
    expect(formatMessage(forms, { count: 2 }, 'en-GB')).toBe('Twice a month');
    expect(formatMessage(forms, { count: 12 }, 'en-GB')).toBe('12 times a month');
  });

  it("uses the language's plural categories (Welsh has six)", () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 6, 4].map((n) => pluralForm(forms, n, 'cy'))).toEqual(['z', 'o', 't', 'f', 'm', 'x']);
    expect([0, 1, 2].map((n) => pluralForm(forms, n, 'en-GB'))).toEqual(['x', 'o', 'x']);
  });

  it('chooses Welsh categories by its own rule, as full ICU does', () => {
    const icu = new Intl.PluralRules('cy');
    expect(icu.resolvedOptions().locale).toBe('cy');
    const counts = [...Array.from({ length: 120 }, (_, n) => n), 1000, 1000000, 0.5, 1.5, 2.25, -1, -3, -6];
    expect(counts.map((n) => pluralCategory(n, 'cy'))).toEqual(counts.map((n) => icu.select(n)));
    expect(pluralCategory(6, 'cy-GB')).toBe('many');
  });

  it('keeps Welsh plurals in a browser that has no Welsh (Chromium falls back to English)', async () => {
    const Full = Intl.PluralRules;
    // As Chromium without Welsh locale data: every locale it lacks gets English rules.
    class EnglishOnly extends Full {
      constructor(_locale?: string | string[], options?: Intl.PluralRulesOptions) {
        super('en', options);
      }
    }
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { PluralRules: EnglishOnly }));
    // A fresh module, as a page loads it: nothing cached from the Intl of the tests above.
    vi.resetModules();
    const { formatMessage } = await import('../../../src/i18n/formatMessage');
    const forms = { zero: 'dim', one: 'un', two: 'dau', few: 'tri', many: 'chwech', other: '{count}' };
    expect([0, 1, 2, 3, 6, 7].map((count) => formatMessage(forms, { count }, 'cy'))).toEqual([
      'dim',
      'un',
      'dau',
      'tri',
      'chwech',
      '7',
    ]);
    expect(new Intl.PluralRules('cy').select(2)).toBe('other');
  });

  it('refuses a plural message without a count', () => {
    expect(() => formatMessage({ other: 'x' }, {}, 'en-GB')).toThrow(/count/);
  });

  it('lists the placeholders of every form', () => {
    expect([...placeholdersOf({ one: '{a}', other: '{count} {b}' })].sort()).toEqual(['a', 'b', 'count']);
  });
});

describe('translator', () => {
  const i18n = translator('en');

  it('formats calendar dates without shifting the day', () => {
    expect(i18n.date('2027-01-15')).toBe('15 January 2027');
    expect(i18n.date('')).toBe('');
    expect(i18n.date('soon')).toBe('soon');
  });

  it('names months, lists and numbers', () => {
    expect(i18n.month(12)).toBe('December');
    expect(i18n.list(['March', 'September'])).toBe('March, September');
    expect(i18n.number(20000)).toBe('20,000');
  });

  it('writes a moment as date and time', () => {
    expect(i18n.dateTime('2026-02-03T14:05:00Z')).toMatch(/^3 February 2026 at \d\d:\d\d$/);
  });

  it('reads a page language from a locale tag', () => {
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });
});
