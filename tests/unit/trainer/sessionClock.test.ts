import { describe, expect, it } from 'vitest';
import {
  createSessionClock,
  describeUse,
  elapsedAt,
  enterActivity,
  formatElapsed,
  isOverPlan,
  restartClock,
  usedAt,
} from '../../../src/trainer/sessionClock';
import { translator } from '../../../src/i18n/translator';

const { t } = translator('en');
const MIN = 60_000;

describe('the session clock', () => {
  it('does not start on the opening step, and starts on the first move onto an activity', () => {
    let clock = createSessionClock(3);
    clock = enterActivity(clock, undefined, 1000);
    expect(elapsedAt(clock, 5 * MIN)).toBe(0);
    clock = enterActivity(clock, 0, 2 * MIN);
    expect(elapsedAt(clock, 2 * MIN)).toBe(0);
    expect(elapsedAt(clock, 7 * MIN)).toBe(5 * MIN);
  });

  it('counts the time spent on each activity, across its steps and across visits', () => {
    let clock = enterActivity(createSessionClock(3), 0, 0);
    // Moving between the steps of one activity (its points and prompts) changes nothing.
    expect(enterActivity(clock, 0, 3 * MIN)).toBe(clock);
    clock = enterActivity(clock, 1, 10 * MIN);
    expect(usedAt(clock, 0, 12 * MIN)).toBe(10 * MIN);
    expect(usedAt(clock, 1, 12 * MIN)).toBe(2 * MIN);
    clock = enterActivity(clock, 0, 15 * MIN); // back to the first activity for a while
    clock = enterActivity(clock, 2, 16 * MIN);
    expect(usedAt(clock, 0, 20 * MIN)).toBe(11 * MIN);
    expect(usedAt(clock, 1, 20 * MIN)).toBe(5 * MIN);
    expect(usedAt(clock, 2, 20 * MIN)).toBe(4 * MIN);
    // The session clock runs on regardless of where the trainer is.
    expect(elapsedAt(clock, 20 * MIN)).toBe(20 * MIN);
    // Back on the opening step, no activity gathers time.
    clock = enterActivity(clock, undefined, 21 * MIN);
    expect(usedAt(clock, 2, 30 * MIN)).toBe(5 * MIN);
    expect(elapsedAt(clock, 30 * MIN)).toBe(30 * MIN);
  });

  it('restarts from now on the activity on screen', () => {
    let clock = enterActivity(createSessionClock(2), 0, 0);
    clock = enterActivity(clock, 1, 5 * MIN);
    clock = restartClock(clock, 8 * MIN);
    expect(elapsedAt(clock, 9 * MIN)).toBe(MIN);
    expect(usedAt(clock, 0, 9 * MIN)).toBe(0);
    expect(usedAt(clock, 1, 9 * MIN)).toBe(MIN);
    // Restarted on the opening step, it waits for the first activity again.
    const waiting = restartClock(enterActivity(clock, undefined, 10 * MIN), 10 * MIN);
    expect(elapsedAt(waiting, 20 * MIN)).toBe(0);
  });

  it('ignores a clock that goes backwards', () => {
    const clock = enterActivity(createSessionClock(1), 0, 10 * MIN);
    expect(elapsedAt(clock, 5 * MIN)).toBe(0);
    expect(usedAt(clock, 0, 5 * MIN)).toBe(0);
  });
});

describe('showing the session clock and the time used', () => {
  it('writes minutes and seconds, and hours once past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(5_999)).toBe('0:05');
    expect(formatElapsed(12 * MIN + 30_000)).toBe('12:30');
    expect(formatElapsed(62 * MIN + 3_000)).toBe('1:02:03');
    expect(formatElapsed(-1)).toBe('0:00');
  });

  it('sets the minutes used against the minutes planned, in words', () => {
    expect(describeUse(20, 0, t)).toBe('0 of 20 minutes used');
    expect(describeUse(20, 7 * MIN + 59_000, t)).toBe('7 of 20 minutes used');
    expect(describeUse(20, 20 * MIN + 59_000, t)).toBe('20 of 20 minutes used');
    expect(describeUse(20, 21 * MIN, t)).toBe('1 minute over the 20 minutes planned');
    expect(describeUse(1, 4 * MIN, t)).toBe('3 minutes over the 1 minute planned');
  });

  it('is over plan only once a whole minute past it', () => {
    expect(isOverPlan(20, 20 * MIN + 59_000)).toBe(false);
    expect(isOverPlan(20, 21 * MIN)).toBe(true);
  });
});
