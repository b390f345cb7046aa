/**
 * The builder's settings, kept in localStorage: whether this is a shared or public computer (asked
 * on first use, changeable from the plans list), and, for tests only, shorter idle-lock timeouts.
 * Nothing personal is ever stored here.
 */
import * as z from 'zod/mini';

export const SETTINGS_KEY = 'staying-in-touch:settings';

export const settingsSchema = z.object({
  /** `shared`: a shared or public computer, plans kept only in the tab. `personal`: the user's own work device, plans saved on it. */
  deviceMode: z.enum(['shared', 'personal']),
});
export type DeviceMode = z.infer<typeof settingsSchema>['deviceMode'];

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
    const parsed = settingsSchema.safeParse(JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null'));
    return parsed.success ? parsed.data.deviceMode : undefined;
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

const testTimeoutsSchema = z.object({
  lockAfterMs: z.number().check(z.positive()),
  warnAfterMs: z.number().check(z.positive()),
});

export function idleTimeouts(storage = local()): { lockAfterMs: number; warnAfterMs: number } {
  try {
    const parsed = testTimeoutsSchema.safeParse(JSON.parse(storage?.getItem(TEST_IDLE_TIMEOUTS_KEY) ?? 'null'));
    if (parsed.success) {
      const lockAfterMs = Math.min(parsed.data.lockAfterMs, IDLE_LOCK_MS);
      const warnAfterMs = Math.min(parsed.data.warnAfterMs, lockAfterMs);
      return { lockAfterMs, warnAfterMs };
    }
  } catch {
    // fall through to the defaults
  }
  return { lockAfterMs: IDLE_LOCK_MS, warnAfterMs: IDLE_WARN_MS };
}
