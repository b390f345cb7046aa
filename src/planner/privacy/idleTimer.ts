/**
 * Locks the builder after a spell with no activity, with a warning first. Time is measured from the
 * last activity whenever a timer fires, so a computer that slept through the timers still locks as
 * soon as it wakes (`check()` on becoming visible). Clock and timers are injectable for tests.
 */
export interface IdleTimerOptions {
  lockAfterMs: number;
  warnAfterMs: number;
  onWarn(msLeft: number): void;
  onLock(): void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface IdleTimer {
  /** A key press, click or touch. Ignored while the warning shows: only "Stay unlocked" answers it. */
  activity(): void;
  /** The answer to the warning: start counting again. */
  stayUnlocked(): void;
  /** Re-checks the time now (after the device wakes or the tab becomes visible). */
  check(): void;
  /** Milliseconds until the lock, from now. */
  remaining(): number;
  stop(): void;
}

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let last = now();
  let warned = false;
  let stopped = false;
  let handle: unknown;

  const schedule = (ms: number) => {
    if (handle !== undefined) clearTimer(handle);
    handle = setTimer(check, Math.max(0, ms));
  };

  function check() {
    handle = undefined;
    if (stopped) return;
    const idle = now() - last;
    if (idle >= options.lockAfterMs) {
      stopped = true;
      options.onLock();
    } else if (idle >= options.warnAfterMs) {
      if (!warned) {
        warned = true;
        options.onWarn(options.lockAfterMs - idle);
      }
      schedule(options.lockAfterMs - idle);
    } else {
      schedule(options.warnAfterMs - idle);
    }
  }

  schedule(options.warnAfterMs);
  return {
    activity() {
      if (!warned && !stopped) last = now();
    },
    stayUnlocked() {
      if (stopped) return;
      warned = false;
      last = now();
      schedule(options.warnAfterMs);
    },
    check: () => {
      if (!stopped) check();
    },
    remaining: () => Math.max(0, options.lockAfterMs - (now() - last)),
    stop() {
      stopped = true;
      if (handle !== undefined) clearTimer(handle);
    },
  };
}
