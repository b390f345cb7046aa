/**
 * The presenter's session clock: time since the session started, and time spent on each activity so
 * far, to set against the minutes planned for it. Immutable state with the time passed in (wall-clock
 * milliseconds, `Date.now()`), so both presenter windows and a reloaded page read the same clock.
 */
import type { Translate } from '../i18n/scriptTranslator';

export interface SessionClock {
  /** When the session started: the first move onto an activity. Null before then. */
  startedAt: number | null;
  /** Time spent on each activity's steps before the current visit, by activity index. */
  usedMs: number[];
  /** The activity on screen (undefined on the opening step). */
  activity: number | null;
  /** When the current activity's steps came on screen; null when no activity is on screen. */
  enteredAt: number | null;
}

export const createSessionClock = (activityCount: number): SessionClock => ({
  startedAt: null,
  usedMs: Array.from({ length: activityCount }, () => 0),
  activity: null,
  enteredAt: null,
});

/**
 * The clock after the screen moves to a step of `activity` (undefined for the opening step). The first
 * move onto an activity starts the session; moving between an activity's own steps changes nothing.
 */
export function enterActivity(clock: SessionClock, activity: number | undefined, now: number): SessionClock {
  const next = activity ?? null;
  if (next === clock.activity) return clock;
  const usedMs = [...clock.usedMs];
  if (clock.activity !== null && clock.enteredAt !== null) usedMs[clock.activity] += Math.max(0, now - clock.enteredAt);
  const startedAt = clock.startedAt ?? (next === null ? null : now);
  return { startedAt, usedMs, activity: next, enteredAt: next === null ? null : now };
}

/** Time since the session started; 0 before it has. */
export const elapsedAt = (clock: SessionClock, now: number) =>
  clock.startedAt === null ? 0 : Math.max(0, now - clock.startedAt);

/** Time spent so far on an activity's steps, including the visit under way. */
export function usedAt(clock: SessionClock, activity: number, now: number): number {
  const before = clock.usedMs[activity] ?? 0;
  const current = clock.activity === activity && clock.enteredAt !== null ? Math.max(0, now - clock.enteredAt) : 0;
  return before + current;
}

/** A clock started again from now, on the activity on screen: for a rehearsal or a fresh start. */
export const restartClock = (clock: SessionClock, now: number): SessionClock => ({
  startedAt: clock.activity === null ? null : now,
  usedMs: clock.usedMs.map(() => 0),
  activity: clock.activity,
  enteredAt: clock.activity === null ? null : now,
});

/** "0:05" for five seconds, "12:30", "1:02:03" past an hour: the session clock's display. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The messages `describeUse` words an activity's planned and used time with. */
export const USE_KEYS = [
  'trainer.presenter.use.within',
  'trainer.presenter.use.over',
  'trainer.timer.unit.minutes',
] as const;

const wholeMinutes = (ms: number) => Math.floor(Math.max(0, ms) / 60_000);

/** True once an activity has run a whole minute past its planned minutes. */
export const isOverPlan = (plannedMinutes: number, usedMs: number) => wholeMinutes(usedMs) > plannedMinutes;

/**
 * "7 of 20 minutes used" or "3 minutes over the 20 planned": whole minutes, counted down so a
 * minute shows as used only once it has passed, and over only once the plan is exceeded by a minute.
 */
export function describeUse(plannedMinutes: number, usedMs: number, t: Translate<(typeof USE_KEYS)[number]>): string {
  const used = wholeMinutes(usedMs);
  const planned = t('trainer.timer.unit.minutes', { count: plannedMinutes });
  if (!isOverPlan(plannedMinutes, usedMs)) return t('trainer.presenter.use.within', { used, planned });
  return t('trainer.presenter.use.over', {
    over: t('trainer.timer.unit.minutes', { count: used - plannedMinutes }),
    planned,
  });
}
