import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from '../../../src/planner/privacy/idleTimer';
import {
  IDLE_LOCK_MS,
  IDLE_WARN_MS,
  TEST_IDLE_TIMEOUTS_KEY,
  idleTimeouts,
} from '../../../src/planner/privacy/deviceSettings';
import { MemoryWebStorage } from '../storage/webStorageStub';

const MIN = 60_000;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function timer() {
  const events: string[] = [];
  const idle = createIdleTimer({
    lockAfterMs: IDLE_LOCK_MS,
    warnAfterMs: IDLE_WARN_MS,
    onWarn: (left) => events.push(`warn ${left / MIN}`),
    onLock: () => events.push('lock'),
  });
  return { idle, events };
}

describe('idle lock', () => {
  it('warns at 13 minutes and locks at 15', () => {
    const { events } = timer();
    vi.advanceTimersByTime(13 * MIN - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn 2']);
    vi.advanceTimersByTime(2 * MIN);
    expect(events).toEqual(['warn 2', 'lock']);
  });

  it('counts from the last key press, click or touch', () => {
    const { idle, events } = timer();
    vi.advanceTimersByTime(12 * MIN);
    idle.activity();
    vi.advanceTimersByTime(12 * MIN);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1 * MIN);
    expect(events).toEqual(['warn 2']);
  });

  it('"Stay unlocked" starts again; other activity while warned does not', () => {
    const { idle, events } = timer();
    vi.advanceTimersByTime(13 * MIN);
    idle.activity();
    expect(idle.remaining()).toBe(2 * MIN);
    idle.stayUnlocked();
    vi.advanceTimersByTime(14 * MIN);
    expect(events).toEqual(['warn 2', 'warn 2']);
    vi.advanceTimersByTime(1 * MIN);
    expect(events).toEqual(['warn 2', 'warn 2', 'lock']);
  });

  it('locks at once when checked after the computer slept past the limit', () => {
    let now = 0;
    const events: string[] = [];
    const idle = createIdleTimer({
      lockAfterMs: IDLE_LOCK_MS,
      warnAfterMs: IDLE_WARN_MS,
      now: () => now,
      onWarn: () => events.push('warn'),
      onLock: () => events.push('lock'),
    });
    now = 20 * MIN; // no timer ran while asleep
    idle.check();
    expect(events).toEqual(['lock']);
  });

  it('stops', () => {
    const { idle, events } = timer();
    idle.stop();
    vi.advanceTimersByTime(60 * MIN);
    expect(events).toEqual([]);
  });
});

describe('test-only timeouts', () => {
  it('can only shorten the idle lock, never lengthen it', () => {
    const storage = new MemoryWebStorage();
    expect(idleTimeouts(storage)).toEqual({ lockAfterMs: IDLE_LOCK_MS, warnAfterMs: IDLE_WARN_MS });
    storage.setItem(TEST_IDLE_TIMEOUTS_KEY, JSON.stringify({ lockAfterMs: 4000, warnAfterMs: 2000 }));
    expect(idleTimeouts(storage)).toEqual({ lockAfterMs: 4000, warnAfterMs: 2000 });
    storage.setItem(TEST_IDLE_TIMEOUTS_KEY, JSON.stringify({ lockAfterMs: 99 * MIN, warnAfterMs: 98 * MIN }));
    expect(idleTimeouts(storage)).toEqual({ lockAfterMs: IDLE_LOCK_MS, warnAfterMs: IDLE_LOCK_MS });
    for (const bad of [
      '{"lockAfterMs":"soon"}',
      '{"lockAfterMs":4000}',
      '{"lockAfterMs":-4000,"warnAfterMs":2000}',
      '{"lockAfterMs":4000,"warnAfterMs":0}',
      '[4000,2000]',
      'not json',
    ]) {
      storage.setItem(TEST_IDLE_TIMEOUTS_KEY, bad);
      expect(idleTimeouts(storage), bad).toEqual({ lockAfterMs: IDLE_LOCK_MS, warnAfterMs: IDLE_WARN_MS });
    }
  });
});
