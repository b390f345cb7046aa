/**
 * What the two session-mode windows (the audience's and the presenter's) share and keep over a reload:
 * the step on screen, each activity's timer and the session clock. Plain data, written to the tab's
 * sessionStorage and sent between windows as JSON; read back with the same checks either way, since a
 * stored value may come from an older page or be edited by hand. Holds nothing anyone types.
 */
import { createTimer, type TimerState } from './activityTimer';
import { createSessionClock, type SessionClock } from './sessionClock';
import type { PresenterActivity, PresenterStep } from './presenterSteps';

export interface PresenterState {
  /** The step on screen, by its hash, so a session whose content changed still resumes sensibly. */
  step: string;
  timers: TimerState[];
  clock: SessionClock;
}

/** Prefix shared by every key the site stores, so "Delete everything" and people can recognise them. */
const PREFIX = 'staying-in-touch:presenter:';

/** The sessionStorage key for one session's presenter state. */
export const storageKey = (sessionId: string) => `${PREFIX}${sessionId}`;

/** Every session's state this tab keeps, for "Delete everything" in another tab to drop here. */
export function forgetAllSessions(store: Pick<Storage, 'key' | 'length' | 'removeItem'>): void {
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k) => k?.startsWith(PREFIX));
  for (const k of keys) store.removeItem(k!);
}

/** The BroadcastChannel both windows of one session talk on. */
export const channelName = (sessionId: string) => `${PREFIX}${sessionId}`;

/** What one window sends the other: its whole state, or a request for the other's. */
export type PresenterMessage = { kind: 'state'; state: PresenterState } | { kind: 'hello' };

export const initialState = (activities: readonly PresenterActivity[], step = 'start'): PresenterState => ({
  step,
  timers: activities.map((a) => createTimer(a.minutes)),
  clock: createSessionClock(activities.length),
});

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isTimeOrNull = (v: unknown) => v === null || isTime(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readTimer(v: unknown, activity: PresenterActivity): TimerState | undefined {
  if (!isRecord(v)) return undefined;
  const { durationMs, remainingMs, startedAt } = v;
  // A timer whose length no longer matches its activity's minutes belongs to an older plan of the session.
  if (durationMs !== activity.minutes * 60_000 || !isTime(remainingMs) || remainingMs > durationMs) return undefined;
  if (!isTimeOrNull(startedAt)) return undefined;
  return { durationMs, remainingMs, startedAt: startedAt as number | null };
}

function readClock(v: unknown, count: number): SessionClock | undefined {
  if (!isRecord(v)) return undefined;
  const { startedAt, usedMs, activity, enteredAt } = v;
  if (!isTimeOrNull(startedAt) || !isTimeOrNull(enteredAt)) return undefined;
  if (!Array.isArray(usedMs) || usedMs.length !== count || !usedMs.every(isTime)) return undefined;
  if (activity !== null && !(Number.isInteger(activity) && (activity as number) >= 0 && (activity as number) < count))
    return undefined;
  return {
    startedAt: startedAt as number | null,
    usedMs: usedMs as number[],
    activity: activity as number | null,
    enteredAt: enteredAt as number | null,
  };
}

/**
 * A state read from storage or another window, checked against this session's steps and activities;
 * undefined when it is not one (unparseable, another shape, or timers for different activities).
 */
export function readState(
  value: unknown,
  steps: readonly PresenterStep[],
  activities: readonly PresenterActivity[],
): PresenterState | undefined {
  if (!isRecord(value)) return undefined;
  const { step, timers, clock } = value;
  if (typeof step !== 'string' || !steps.some((s) => s.hash === step)) return undefined;
  if (!Array.isArray(timers) || timers.length !== activities.length) return undefined;
  const read = timers.map((t, i) => readTimer(t, activities[i]));
  const sessionClock = readClock(clock, activities.length);
  if (read.some((t) => t === undefined) || !sessionClock) return undefined;
  return { step, timers: read as TimerState[], clock: sessionClock };
}

/** Parses JSON without throwing: undefined for anything that is not JSON. */
export function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A message from the other window, checked; undefined for anything else on the channel. */
export function readMessage(
  data: unknown,
  steps: readonly PresenterStep[],
  activities: readonly PresenterActivity[],
): { kind: 'hello' } | { kind: 'state'; state: PresenterState } | undefined {
  if (!isRecord(data)) return undefined;
  if (data.kind === 'hello') return { kind: 'hello' };
  if (data.kind !== 'state') return undefined;
  const state = readState(data.state, steps, activities);
  return state && { kind: 'state', state };
}
