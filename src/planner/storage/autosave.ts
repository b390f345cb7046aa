/**
 * Autosave. A change is written at most `delayMs` after it is made, whether or not typing goes on (a
 * burst of typing becomes one write every `delayMs`, of the latest plan), so what a closed tab or a
 * crash can lose is that short window, not everything since the last pause. Writes never overlap or
 * land out of order, and `flush` writes at once (called before leaving the page, when it is hidden,
 * and before anything that needs the saved plan).
 */
import type { Plan } from '../schema/planSchema';

export interface Autosaver {
  /** Saves this plan within the delay, replacing any save still waiting. */
  schedule(plan: Plan): void;
  /** Writes any waiting save now; resolves when everything scheduled so far is written. */
  flush(): Promise<void>;
  /** True while a save is waiting or being written. */
  readonly pending: boolean;
}

export function createAutosaver(
  save: (plan: Plan) => Promise<void>,
  options: { delayMs?: number; onSaved?: (plan: Plan) => void; onError?: (error: unknown) => void } = {},
): Autosaver {
  const delay = options.delayMs ?? 250;
  let waiting: Plan | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let inFlight = 0;

  const write = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const plan = waiting;
    waiting = undefined;
    if (!plan) return writing;
    inFlight++;
    writing = writing
      .then(() => save(plan))
      .then(
        () => options.onSaved?.(plan),
        (error) => options.onError?.(error),
      )
      .finally(() => {
        inFlight--;
      });
    return writing;
  };

  return {
    schedule(plan) {
      waiting = plan;
      // Not restarted by later changes: the delay counts from the first change not yet written.
      timer ??= setTimeout(write, delay);
    },
    flush: () => write(),
    get pending() {
      return waiting !== undefined || inFlight > 0;
    },
  };
}
