import { describe, expect, it } from 'vitest';
import {
  channelName,
  forgetAllSessions,
  initialState,
  parseJson,
  readMessage,
  readState,
  storageKey,
} from '../../../src/trainer/presenterState';
import { buildSteps, type PresenterActivity } from '../../../src/trainer/presenterSteps';
import { start } from '../../../src/trainer/activityTimer';
import { enterActivity } from '../../../src/trainer/sessionClock';

const activities: PresenterActivity[] = [
  { title: 'Welcome', minutes: 15, summary: 'Introductions.', points: [], prompts: ['Why are you here?'] },
  { title: 'Input', minutes: 20, summary: 'A short input.', points: [{ text: 'A finding.' }], prompts: [] },
];
const steps = buildSteps(activities);

/** A state as the page would store it: on a point, the second timer running, the clock started. */
function runningState() {
  const state = initialState(activities, 'activity-2-point-1');
  return {
    ...state,
    timers: [state.timers[0], start(state.timers[1], 1_000)],
    clock: enterActivity(state.clock, 1, 1_000),
  };
}

describe('the presenter state', () => {
  it('is stored and sent under names that start with the site’s prefix, one per session', () => {
    expect(storageKey('letters-session')).toBe('staying-in-touch:presenter:letters-session');
    expect(channelName('letters-session')).toBe('staying-in-touch:presenter:letters-session');
    expect(storageKey('a')).not.toBe(storageKey('b'));
  });

  it('starts on the opening step with every timer at its activity’s full length', () => {
    const state = initialState(activities);
    expect(state.step).toBe('start');
    expect(state.timers.map((t) => t.remainingMs)).toEqual([15 * 60_000, 20 * 60_000]);
    expect(state.clock.startedAt).toBeNull();
  });

  it('comes back from JSON as it went in, running timer and all', () => {
    const state = runningState();
    expect(readState(parseJson(JSON.stringify(state)), steps, activities)).toEqual(state);
  });

  it('refuses what is not a state for this session', () => {
    const good = runningState();
    const cases: unknown[] = [
      undefined,
      null,
      'start',
      { ...good, step: 'activity-9' },
      { ...good, timers: good.timers.slice(1) },
      // The session's activity now lasts 15 minutes, not 10: the stored timer is from an older plan.
      { ...good, timers: [{ ...good.timers[0], durationMs: 10 * 60_000 }, good.timers[1]] },
      { ...good, timers: [{ ...good.timers[0], remainingMs: -5 }, good.timers[1]] },
      { ...good, timers: [{ ...good.timers[0], remainingMs: 99 * 60_000 }, good.timers[1]] },
      { ...good, timers: [{ ...good.timers[0], startedAt: 'now' }, good.timers[1]] },
      { ...good, clock: { ...good.clock, usedMs: [0] } },
      { ...good, clock: { ...good.clock, activity: 7 } },
      { ...good, clock: { ...good.clock, startedAt: Number.NaN } },
      { ...good, clock: null },
    ];
    for (const value of cases) expect(readState(value, steps, activities)).toBeUndefined();
  });

  it('parses JSON without throwing', () => {
    expect(parseJson(null)).toBeUndefined();
    expect(parseJson('{not json')).toBeUndefined();
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
  });
});

describe('messages between the two windows', () => {
  it('reads a request for state and a checked state, and ignores anything else', () => {
    const state = runningState();
    expect(readMessage({ kind: 'hello' }, steps, activities)).toEqual({ kind: 'hello' });
    expect(readMessage({ kind: 'state', state }, steps, activities)).toEqual({ kind: 'state', state });
    expect(readMessage({ kind: 'state', state: { ...state, step: 'nowhere' } }, steps, activities)).toBeUndefined();
    expect(readMessage({ kind: 'other' }, steps, activities)).toBeUndefined();
    expect(readMessage('hello', steps, activities)).toBeUndefined();
  });

  it('forgets every session this tab keeps, and nothing else', () => {
    const kept = new Map<string, string>([
      [storageKey('a'), '{}'],
      ['other:key', 'stays'],
      [storageKey('b'), '{}'],
    ]);
    const store = {
      get length() {
        return kept.size;
      },
      key: (i: number) => [...kept.keys()][i] ?? null,
      removeItem: (k: string) => void kept.delete(k),
    };
    forgetAllSessions(store);
    expect([...kept.keys()]).toEqual(['other:key']);
  });
});
