/** Calendar dates written YYYY-MM-DD, as words in a language: "15 January 2027". */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Writes a YYYY-MM-DD date in `locale`; anything that is not such a date comes back unchanged. */
export function calendarDateWriter(locale: string): (iso: string) => string {
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (iso) => {
    const m = ISO_DATE.exec(iso);
    if (!m) return iso;
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return Number.isNaN(date.getTime()) ? iso : day.format(date);
  };
}

/**
 * How `locale` writes a date in each month, with `{day}` and `{year}` where the numbers go: "{day}
 * Tachwedd {year}". Made where Intl knows the locale (the build, in Node) for a browser script, since
 * browsers need not: Chromium has no Welsh and would write "November 20, 2026".
 */
export function calendarDatePatterns(locale: string): string[] {
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) =>
    day
      .formatToParts(new Date(Date.UTC(2001, month, 23)))
      .map((part) => (part.type === 'day' ? '{day}' : part.type === 'year' ? '{year}' : part.value))
      .join(''),
  );
}

/** Writes a YYYY-MM-DD date with patterns from `calendarDatePatterns`; anything else comes back unchanged. */
export function calendarDateFromPatterns(patterns: readonly string[]): (iso: string) => string {
  return (iso) => {
    const m = ISO_DATE.exec(iso);
    const pattern = m ? patterns[Number(m[2]) - 1] : undefined;
    const day = m ? Number(m[3]) : 0;
    if (!m || pattern === undefined || day < 1 || day > 31) return iso;
    return pattern.replace('{day}', String(day)).replace('{year}', String(Number(m[1])));
  };
}
