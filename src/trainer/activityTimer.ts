/**
 * A countdown timer for one activity, as immutable state. Time is passed in (milliseconds, e.g. from
 * `performance.now()`), never read, so the logic is the same in the browser and in tests, and a
 * background tab that skips ticks still shows the right time when it wakes.
 */
import type { Translate } from '../i18n/scriptTranslator';

export interface TimerState {
  /** The activity's length. */
  durationMs: number;
  /** Time left when the timer was last started or paused. */
  remainingMs: number;
  /** When the timer was last started; null while paused or stopped. */
  startedAt: number | null;
}

export const createTimer = (minutes: number): TimerState => ({
  durationMs: minutes * 60_000,
  remainingMs: minutes * 60_000,
  startedAt: null,
});

export const isRunning = (t: TimerState) => t.startedAt !== null;

/** Time left at `now`, never below zero. */
export function remainingAt(t: TimerState, now: number): number {
  if (t.startedAt === null) return t.remainingMs;
  return Math.max(0, t.remainingMs - Math.max(0, now - t.startedAt));
}

export const isUp = (t: TimerState, now: number) => remainingAt(t, now) === 0;

/** Starts (or resumes) counting down. Starting a timer that has run out does nothing. */
export function start(t: TimerState, now: number): TimerState {
  if (isRunning(t) || t.remainingMs === 0) return t;
  return { ...t, startedAt: now };
}

/** Stops counting down, keeping the time left. */
export function pause(t: TimerState, now: number): TimerState {
  if (!isRunning(t)) return t;
  return { ...t, remainingMs: remainingAt(t, now), startedAt: null };
}

/** Start if paused, pause if running: the T key and the start/pause button. */
export const toggle = (t: TimerState, now: number) => (isRunning(t) ? pause(t, now) : start(t, now));

/** Back to the full length, paused. */
export const reset = (t: TimerState): TimerState => ({ ...t, remainingMs: t.durationMs, startedAt: null });

/**
 * True only at the moment the timer runs out between two readings, so "time is up" is announced once,
 * not every tick.
 */
export const ranOutBetween = (t: TimerState, before: number, now: number) =>
  remainingAt(t, before) > 0 && remainingAt(t, now) === 0;

/** "14:05" for the display. Rounds up, so a timer shows 0:00 only when time is really up. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The messages `describeRemaining` words the time left with. */
export const REMAINING_KEYS = [
  'trainer.timer.remaining.none',
  'trainer.timer.remaining.minutes',
  'trainer.timer.remaining.seconds',
  'trainer.timer.remaining.minutesSeconds',
  'trainer.timer.unit.minutes',
  'trainer.timer.unit.seconds',
] as const;

/** "14 minutes 5 seconds left" for the button's accessible description and the paused status. */
export function describeRemaining(ms: number, t: Translate<(typeof REMAINING_KEYS)[number]>): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  if (seconds === 0) return t('trainer.timer.remaining.none');
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m > 0 && s > 0)
    return t('trainer.timer.remaining.minutesSeconds', {
      minutes: t('trainer.timer.unit.minutes', { count: m }),
      seconds: t('trainer.timer.unit.seconds', { count: s }),
    });
  return m > 0
    ? t('trainer.timer.remaining.minutes', { count: m })
    : t('trainer.timer.remaining.seconds', { count: s });
}

/** What happened to a timer between two states, for the words read out: undefined when nothing did. */
export function timerChange(before: TimerState, after: TimerState): 'started' | 'paused' | 'reset' | undefined {
  if (isRunning(after)) return isRunning(before) ? undefined : 'started';
  const full = (t: TimerState) => t.remainingMs === t.durationMs;
  if (full(after) && (isRunning(before) || !full(before))) return 'reset';
  return isRunning(before) ? 'paused' : undefined;
}
