/**
 * A training day composed from sessions (issue 17): sessions, breaks and lunch in order from a start
 * time, and the timetable that gives each its clock times. The whole day lives in the page's address,
 * `?start=09:30&part=<session id>&part=break-15&part=lunch-45`, so a link shares it; it holds session
 * ids, lengths and a time of day, nothing about anyone. Pure.
 */

export type AgendaPart = { kind: 'session'; id: string } | { kind: 'break' | 'lunch'; minutes: number };

export interface DayAgenda {
  /** The start, in minutes after midnight. */
  start: number;
  parts: AgendaPart[];
}

export const MAX_AGENDA_PARTS = 20;
export const MIN_PAUSE_MINUTES = 5;
export const MAX_PAUSE_MINUTES = 120;
export const DEFAULT_BREAK_MINUTES = 15;
export const DEFAULT_LUNCH_MINUTES = 45;
/** 09:30, when a day starts unless the trainer says otherwise. */
export const DEFAULT_START = 9 * 60 + 30;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const PAUSE = /^(break|lunch)-(\d{1,3})$/;

/** "09:30" → 570; anything that is not a 24-hour time gives undefined. */
export function parseTime(value: string): number | undefined {
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** 570 → "09:30" (the form a time input and the address take); past midnight wraps round. */
export function timeValue(minutes: number): string {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

/** A break's or lunch's length kept within what a day can use. */
export const pauseMinutes = (minutes: number) =>
  Math.min(MAX_PAUSE_MINUTES, Math.max(MIN_PAUSE_MINUTES, Math.round(Number.isFinite(minutes) ? minutes : 0)));

/** The day in an address's query; unknown sessions and malformed parts are dropped, not guessed at. */
export function parseAgenda(search: string, sessionIds: readonly string[]): DayAgenda {
  const query = new URLSearchParams(search);
  const parts = query.getAll('part').flatMap((value): AgendaPart[] => {
    const pause = PAUSE.exec(value);
    if (pause) return [{ kind: pause[1] as 'break' | 'lunch', minutes: pauseMinutes(Number(pause[2])) }];
    return sessionIds.includes(value) ? [{ kind: 'session', id: value }] : [];
  });
  return { start: parseTime(query.get('start') ?? '') ?? DEFAULT_START, parts: parts.slice(0, MAX_AGENDA_PARTS) };
}

/** The query that `parseAgenda` reads back as this day. */
export function agendaQuery(agenda: DayAgenda): string {
  const query = new URLSearchParams({ start: timeValue(agenda.start) });
  for (const part of agenda.parts)
    query.append('part', part.kind === 'session' ? part.id : `${part.kind}-${part.minutes}`);
  return `?${query}`;
}

export interface TimetableRow {
  part: AgendaPart;
  /** Minutes after midnight. */
  start: number;
  end: number;
  minutes: number;
}

/** Each part's clock times, one after another from the start; `sessionMinutes` gives a session's length. */
export function timetable(
  agenda: DayAgenda,
  sessionMinutes: (id: string) => number,
): { rows: TimetableRow[]; minutes: number; end: number } {
  let clock = agenda.start;
  const rows = agenda.parts.map((part) => {
    const minutes = part.kind === 'session' ? sessionMinutes(part.id) : part.minutes;
    const row = { part, start: clock, end: clock + minutes, minutes };
    clock = row.end;
    return row;
  });
  return { rows, minutes: clock - agenda.start, end: clock };
}

/** Whether `locale` writes times on a 24-hour or a 12-hour clock, where Intl knows the locale (the build). */
export const clockHourCycle = (locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;

/**
 * Writes minutes after midnight as a time of day in a language's own way ("09:30"). The hour cycle
 * comes from `clockHourCycle` at build time: a browser without the locale (Chromium has no Welsh)
 * would fall back to its own, and put "AM" on a Welsh timetable.
 */
export function clockTimeWriter(
  locale: string,
  hourCycle: Intl.DateTimeFormatOptions['hourCycle'] = clockHourCycle(locale),
): (minutes: number) => string {
  const format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle, timeZone: 'UTC' });
  return (minutes) => {
    const day = ((minutes % 1440) + 1440) % 1440;
    return format.format(new Date(Date.UTC(2000, 0, 1, Math.floor(day / 60), day % 60)));
  };
}

/** A day's parts after one is moved up (-1) or down (+1); moves off either end change nothing. */
export function movePart(parts: AgendaPart[], index: number, by: -1 | 1): AgendaPart[] {
  const target = index + by;
  if (index < 0 || index >= parts.length || target < 0 || target >= parts.length) return parts;
  const next = [...parts];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
