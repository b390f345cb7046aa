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
