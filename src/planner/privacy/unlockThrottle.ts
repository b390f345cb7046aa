/**
 * Slows down guessing the passphrase: after a few wrong tries, each further try must wait, twice as
 * long each time, up to five minutes. The count is kept in this browser's storage, so reloading the
 * page does not reset it; the right passphrase does.
 */
export const FREE_TRIES = 3;
export const LONGEST_WAIT_MS = 5 * 60_000;
export const UNLOCK_FAILURES_KEY = 'staying-in-touch:unlock-failures';

/** How long to wait after `failures` wrong tries in a row before the next try. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, 1000 * 2 ** (failures - FREE_TRIES));
}

export interface UnlockThrottle {
  /** Milliseconds until the next try is allowed (0: now). */
  waitMs(now: number): number;
  failed(now: number): void;
  succeeded(): void;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A throttle kept in `store` (localStorage in the browser), or only in memory when there is none. */
export function createUnlockThrottle(store: KeyValueStore | undefined): UnlockThrottle {
  let memory = { failures: 0, lastAt: 0 };
  const read = () => {
    try {
      const raw = JSON.parse(store?.getItem(UNLOCK_FAILURES_KEY) ?? 'null') as unknown;
      const { failures, lastAt } = (raw ?? {}) as { failures?: unknown; lastAt?: unknown };
      if (typeof failures === 'number' && typeof lastAt === 'number') memory = { failures, lastAt };
    } catch {
      // Unreadable or blocked storage: the count in memory stands.
    }
    return memory;
  };
  const write = (value: { failures: number; lastAt: number }) => {
    memory = value;
    try {
      store?.setItem(UNLOCK_FAILURES_KEY, JSON.stringify(value));
    } catch {
      // Kept in memory only.
    }
  };
  return {
    waitMs(now) {
      const { failures, lastAt } = read();
      return Math.max(0, lastAt + waitAfter(failures) - now);
    },
    failed(now) {
      write({ failures: read().failures + 1, lastAt: now });
    },
    succeeded() {
      memory = { failures: 0, lastAt: 0 };
      try {
        store?.removeItem(UNLOCK_FAILURES_KEY);
      } catch {
        // Nothing kept.
      }
    },
  };
}
