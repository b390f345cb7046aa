/**
 * The builder's settings, kept in localStorage: whether this is a shared or public computer (asked
 * on first use, changeable from the plans list), and, for tests only, shorter idle-lock timeouts.
 * Nothing personal is ever stored here. Read with plain checks, not the schema library: the
 * builder's and the letter pages' first screens read them, and need no schema code otherwise.
 */

export const SETTINGS_KEY = 'staying-in-touch:settings';

/** `shared`: a shared or public computer, plans kept only in the tab. `personal`: the user's own work device, plans saved on it. */
const DEVICE_MODES = ['shared', 'personal'] as const;
export type DeviceMode = (typeof DEVICE_MODES)[number];

/** The stored JSON object under `key`, or undefined when there is none or it is not an object. */
function readObject(storage: Storage | undefined, key: string): Record<string, unknown> | undefined {
  const value: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The answer to "Is this a shared or public computer?", or undefined if not asked yet. */
export function readDeviceMode(storage = local()): DeviceMode | undefined {
  try {
    const mode = readObject(storage, SETTINGS_KEY)?.deviceMode;
    return DEVICE_MODES.find((known) => known === mode);
  } catch {
    return undefined;
  }
}

/** Remembers the answer; false when the browser refuses (it is then asked again next visit). */
export function writeDeviceMode(deviceMode: DeviceMode, storage = local()): boolean {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify({ deviceMode }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Locks after 15 minutes without a key press, click or touch; warns 2 minutes before. */
export const IDLE_LOCK_MS = 15 * 60_000;
export const IDLE_WARN_MS = 13 * 60_000;

/**
 * TEST ONLY. End-to-end tests put `{"lockAfterMs": 4000, "warnAfterMs": 2000}` here to shorten the
 * idle lock. Only ever shortens it: a value longer than the defaults is ignored, so this cannot be
 * used to keep plans unlocked for longer.
 */
export const TEST_IDLE_TIMEOUTS_KEY = 'staying-in-touch:test-idle-timeouts';

export function idleTimeouts(storage = local()): { lockAfterMs: number; warnAfterMs: number } {
  try {
    const set = readObject(storage, TEST_IDLE_TIMEOUTS_KEY);
    if (set && isPositive(set.lockAfterMs) && isPositive(set.warnAfterMs)) {
      const lockAfterMs = Math.min(set.lockAfterMs, IDLE_LOCK_MS);
      const warnAfterMs = Math.min(set.warnAfterMs, lockAfterMs);
      return { lockAfterMs, warnAfterMs };
    }
  } catch {
    // fall through to the defaults
  }
  return { lockAfterMs: IDLE_LOCK_MS, warnAfterMs: IDLE_WARN_MS };
}
