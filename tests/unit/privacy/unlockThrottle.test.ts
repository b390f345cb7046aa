/** Guessing the passphrase is slowed down, and reloading the page does not reset the count. */
import { describe, expect, it } from 'vitest';
import {
  createUnlockThrottle,
  FREE_TRIES,
  LONGEST_WAIT_MS,
  UNLOCK_FAILURES_KEY,
  waitAfter,
} from '../../../src/planner/privacy/unlockThrottle';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('unlock throttle', () => {
  it('lets the first tries through, then doubles the wait up to five minutes', () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(waitAfter)).toEqual([1000, 2000, 4000, 8000]);
    expect(waitAfter(30)).toBe(LONGEST_WAIT_MS);
    // 165 guesses in 20 seconds were possible; now at most a handful.
    let spent = 0;
    let tries = 0;
    while (spent <= 20_000) spent += waitAfter(tries++);
    expect(tries).toBeLessThanOrEqual(FREE_TRIES + 5);
  });

  it('keeps the count in storage, so a new page (a reload) still has to wait', () => {
    const store = memoryStorage();
    const first = createUnlockThrottle(store);
    for (let i = 0; i < 5; i++) first.failed(10_000);
    const afterReload = createUnlockThrottle(store);
    expect(afterReload.waitMs(10_000)).toBe(4000);
    expect(afterReload.waitMs(13_000)).toBe(1000);
    expect(afterReload.waitMs(14_000)).toBe(0);
    afterReload.succeeded();
    expect(store.items.has(UNLOCK_FAILURES_KEY)).toBe(false);
    expect(createUnlockThrottle(store).waitMs(14_000)).toBe(0);
  });

  it('counts in memory where storage is blocked or holds nonsense', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => undefined,
    };
    const throttle = createUnlockThrottle(blocked);
    for (let i = 0; i < 4; i++) throttle.failed(0);
    expect(throttle.waitMs(0)).toBe(2000);
    const junk = memoryStorage();
    junk.setItem(UNLOCK_FAILURES_KEY, '{"failures":"lots"}');
    expect(createUnlockThrottle(junk).waitMs(0)).toBe(0);
  });
});
