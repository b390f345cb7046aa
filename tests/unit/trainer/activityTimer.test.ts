import { describe, expect, it } from 'vitest';
import {
  createTimer,
  describeRemaining,
  formatClock,
  isRunning,
  isUp,
  pause,
  ranOutBetween,
  remainingAt,
  reset,
  start,
  timerChange,
  toggle,
} from '../../../src/trainer/activityTimer';
import { translator } from '../../../src/i18n/translator';

const { t } = translator('en');

const MIN = 60_000;

describe('an activity timer', () => {
  it('starts paused at the activity’s full length', () => {
    const t = createTimer(15);
    expect(isRunning(t)).toBe(false);
    expect(remainingAt(t, 1_000_000)).toBe(15 * MIN);
  });

  it('counts down while running and holds while paused', () => {
    let t = start(createTimer(2), 1000);
    expect(remainingAt(t, 1000 + 30_000)).toBe(90_000);
    t = pause(t, 1000 + 30_000);
    expect(isRunning(t)).toBe(false);
    expect(remainingAt(t, 500_000)).toBe(90_000);
    t = start(t, 500_000);
    expect(remainingAt(t, 510_000)).toBe(80_000);
  });

  it('never goes below zero, and cannot be restarted once time is up until reset', () => {
    const t = start(createTimer(1), 0);
    expect(remainingAt(t, 5 * MIN)).toBe(0);
    expect(isUp(t, 5 * MIN)).toBe(true);
    const paused = pause(t, 5 * MIN);
    expect(start(paused, 6 * MIN)).toBe(paused);
    const fresh = reset(paused);
    expect(remainingAt(fresh, 7 * MIN)).toBe(MIN);
    expect(isRunning(fresh)).toBe(false);
  });

  it('toggles between running and paused', () => {
    const t = toggle(createTimer(1), 0);
    expect(isRunning(t)).toBe(true);
    expect(isRunning(toggle(t, 10))).toBe(false);
  });

  it('reports running out once, at the moment it happens', () => {
    const t = start(createTimer(1), 0);
    expect(ranOutBetween(t, 59_000, 59_500)).toBe(false);
    expect(ranOutBetween(t, 59_500, 60_100)).toBe(true);
    expect(ranOutBetween(t, 60_100, 61_000)).toBe(false);
  });

  it('ignores a clock that goes backwards', () => {
    const t = start(createTimer(1), 10_000);
    expect(remainingAt(t, 5_000)).toBe(MIN);
  });
});

describe('showing the time', () => {
  it('formats minutes and seconds, rounding up', () => {
    expect(formatClock(15 * MIN)).toBe('15:00');
    expect(formatClock(14 * MIN + 59_001)).toBe('15:00');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(400)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });
  it('describes the time left in words, in the singular for one', () => {
    expect(describeRemaining(15 * MIN, t)).toBe('15 minutes left');
    expect(describeRemaining(61_000, t)).toBe('1 minute 1 second left');
    expect(describeRemaining(2 * MIN + 2_000, t)).toBe('2 minutes 2 seconds left');
    expect(describeRemaining(MIN, t)).toBe('1 minute left');
    expect(describeRemaining(30_000, t)).toBe('30 seconds left');
    expect(describeRemaining(1_000, t)).toBe('1 second left');
    expect(describeRemaining(0, t)).toBe('Time is up');
  });
});

describe('what changed, for the words read out', () => {
  it('tells starting, pausing and resetting apart', () => {
    const fresh = createTimer(5);
    const running = start(fresh, 0);
    const paused = pause(running, 30_000);
    expect(timerChange(fresh, running)).toBe('started');
    expect(timerChange(running, paused)).toBe('paused');
    expect(timerChange(paused, reset(paused))).toBe('reset');
    expect(timerChange(running, reset(running))).toBe('reset');
    expect(timerChange(paused, running)).toBe('started');
    expect(timerChange(fresh, fresh)).toBeUndefined();
    expect(timerChange(running, running)).toBeUndefined();
  });
});
