import { describe, expect, it } from 'vitest';
import {
  DEFAULT_START,
  MAX_AGENDA_PARTS,
  agendaQuery,
  clockHourCycle,
  clockTimeWriter,
  movePart,
  parseAgenda,
  parseTime,
  timeValue,
  timetable,
  type DayAgenda,
} from '../../../src/trainer/dayAgenda';

const SESSIONS: Record<string, number> = { 'why-session': 150, 'voice-session': 165 };
const ids = Object.keys(SESSIONS);

describe('times of day', () => {
  it('reads and writes 24-hour times', () => {
    expect(parseTime('09:30')).toBe(570);
    expect(parseTime('23:59')).toBe(1439);
    for (const bad of ['9:30', '24:00', '12:60', 'noon', '']) expect(parseTime(bad)).toBeUndefined();
    expect(timeValue(570)).toBe('09:30');
    expect(timeValue(1440 + 15)).toBe('00:15');
  });

  it('writes clock times the way the page language does', () => {
    expect(clockTimeWriter('en-GB')(13 * 60 + 5)).toBe('13:05');
    expect(clockTimeWriter('cy')(9 * 60 + 30)).toBe('09:30');
    // A browser without the locale falls back to its own; the hour cycle made at build time keeps 24 hours.
    expect(clockHourCycle('cy')).toBe('h23');
    expect(clockTimeWriter('en-US', 'h23')(14 * 60)).toBe('14:00');
    expect(clockTimeWriter('en-US', 'h12')(14 * 60)).toBe('02:00 PM');
  });
});

describe('a day in the address', () => {
  it('reads the start and the parts in order, and writes them back the same', () => {
    const day = parseAgenda('?start=09:15&part=why-session&part=break-15&part=voice-session&part=lunch-45', ids);
    expect(day).toEqual({
      start: 555,
      parts: [
        { kind: 'session', id: 'why-session' },
        { kind: 'break', minutes: 15 },
        { kind: 'session', id: 'voice-session' },
        { kind: 'lunch', minutes: 45 },
      ],
    });
    expect(parseAgenda(agendaQuery(day), ids)).toEqual(day);
    expect(agendaQuery(day)).toBe('?start=09%3A15&part=why-session&part=break-15&part=voice-session&part=lunch-45');
  });

  it('drops unknown sessions and malformed parts, keeps pauses within bounds and starts at 09:30 by default', () => {
    const day = parseAgenda('?start=25:00&part=nope&part=break-1&part=lunch-999&part=break-x&part=../x', ids);
    expect(day).toEqual({
      start: DEFAULT_START,
      parts: [
        { kind: 'break', minutes: 5 },
        { kind: 'lunch', minutes: 120 },
      ],
    });
    const many = `?${Array.from({ length: 30 }, () => 'part=why-session').join('&')}`;
    expect(parseAgenda(many, ids).parts).toHaveLength(MAX_AGENDA_PARTS);
  });
});

describe('the timetable', () => {
  const day: DayAgenda = {
    start: 9 * 60 + 30,
    parts: [
      { kind: 'session', id: 'why-session' },
      { kind: 'break', minutes: 15 },
      { kind: 'session', id: 'voice-session' },
      { kind: 'lunch', minutes: 45 },
    ],
  };

  it('gives each part its clock times one after another, and the day its length and end', () => {
    const { rows, minutes, end } = timetable(day, (id) => SESSIONS[id]);
    expect(rows.map((r) => [timeValue(r.start), timeValue(r.end), r.minutes])).toEqual([
      ['09:30', '12:00', 150],
      ['12:00', '12:15', 15],
      ['12:15', '15:00', 165],
      ['15:00', '15:45', 45],
    ]);
    expect(minutes).toBe(375);
    expect(timeValue(end)).toBe('15:45');
  });

  it('is empty for an empty day', () => {
    expect(timetable({ start: 600, parts: [] }, () => 0)).toEqual({ rows: [], minutes: 0, end: 600 });
  });

  it('moves a part up or down, and not off either end', () => {
    const moved = movePart(day.parts, 1, -1);
    expect(moved.map((p) => p.kind)).toEqual(['break', 'session', 'session', 'lunch']);
    expect(movePart(day.parts, 3, 1)).toBe(day.parts);
    expect(movePart(day.parts, 0, -1)).toBe(day.parts);
    expect(day.parts[0]).toEqual({ kind: 'session', id: 'why-session' });
  });
});
