import { describe, expect, it } from 'vitest';
import { calendarDateFromPatterns, calendarDatePatterns, calendarDateWriter } from '../../../src/i18n/calendarDate';

describe('calendar dates written from patterns made at build time', () => {
  it('write each month as the language does, for a browser without the locale', () => {
    const welsh = calendarDatePatterns('cy');
    expect(welsh).toHaveLength(12);
    expect(welsh[10]).toBe('{day} Tachwedd {year}');
    const write = calendarDateFromPatterns(welsh);
    expect(write('2026-11-20')).toBe('20 Tachwedd 2026');
    expect(calendarDateFromPatterns(calendarDatePatterns('en-GB'))('2027-01-05')).toBe('5 January 2027');
  });

  it('agree with the writer that uses Intl directly, on every month', () => {
    for (const locale of ['en-GB', 'cy']) {
      const [fromPatterns, direct] = [
        calendarDateFromPatterns(calendarDatePatterns(locale)),
        calendarDateWriter(locale),
      ];
      for (let month = 1; month <= 12; month++) {
        const iso = `2026-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
        expect(fromPatterns(iso)).toBe(direct(iso));
      }
    }
  });

  it('leave anything that is not a date as it is', () => {
    const write = calendarDateFromPatterns(calendarDatePatterns('en-GB'));
    for (const text of ['', '2026-13-01', '2026-11-00', '20/11/2026']) expect(write(text)).toBe(text);
  });
});
