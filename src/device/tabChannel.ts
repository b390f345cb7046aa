/**
 * The BroadcastChannel every tab of the site on this device listens on. The builder's tabs say there
 * which plan each is editing (planner/privacy/tabCoordinator.ts), and "Delete everything" says there
 * that it is clearing the device, so that tabs keeping something in their own sessionStorage, which no
 * other tab can clear (session mode's step, timers and clock), drop it too. It sits below every other
 * room so that both the builder's privacy code and the trainers' toolkit can use it.
 */
export const TABS_CHANNEL = 'staying-in-touch:tabs';

/** True for the message "Delete everything" sends to the other tabs as it starts. */
export function isWipedMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { t?: unknown }).t === 'wiped';
}
