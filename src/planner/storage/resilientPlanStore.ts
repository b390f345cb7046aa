/**
 * The store the builder actually writes to, wrapped around the device's store so that nothing is
 * lost and nothing is silently overwritten:
 * - a write the browser refuses (the device is full, storage is blocked, private browsing) keeps the
 *   plan in this tab's memory, so the builder carries on with the latest version, and is reported
 *   so the builder can offer "Save plan to file" at once;
 * - a plan that another tab saved (or deleted) since this tab last read or wrote it is not overwritten
 *   (or brought back): the write fails with PlanChangedElsewhereError, and is kept in memory too, so
 *   this tab's work is not lost.
 * Writes still reject, so autosave's status says "Not saved" as well.
 */
import { byMostRecent, type PlanStore } from './planStore';
import type { Plan } from '../schema/planSchema';

export type StorageProblem = 'full' | 'unavailable' | 'changed-elsewhere';

export class PlanChangedElsewhereError extends Error {
  constructor(readonly planId: string) {
    super('This plan was changed or deleted in another tab or window after it was opened here.');
    this.name = 'PlanChangedElsewhereError';
  }
}

/** What kind of problem a storage error is, whichever browser raised it. */
export function storageProblemOf(error: unknown): StorageProblem {
  if (error instanceof PlanChangedElsewhereError) return 'changed-elsewhere';
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  if ([name, inner].some((n) => n === 'QuotaExceededError' || n === 'NS_ERROR_DOM_QUOTA_REACHED')) return 'full';
  return 'unavailable';
}

export interface ResilientPlanStore extends PlanStore {
  /** Plans held only in memory because the device refused them. */
  readonly unsavedIds: readonly string[];
}

export function createResilientPlanStore(
  base: PlanStore,
  events: { onProblem(problem: StorageProblem, planId?: string): void; onRecovered?(): void },
): ResilientPlanStore {
  const memory = new Map<string, Plan>();
  /** Each plan's updatedAt as this tab last read it from, or wrote it to, the device. */
  const seen = new Map<string, string>();
  const note = (plan: Plan | undefined) => {
    if (plan) seen.set(plan.id, plan.updatedAt);
    return plan;
  };

  return {
    get unsavedIds() {
      return [...memory.keys()];
    },
    async list() {
      let stored: Plan[] = [];
      try {
        stored = (await base.list()).map((p) => note(p)!);
      } catch (error) {
        if (memory.size === 0) throw error;
        events.onProblem(storageProblemOf(error));
      }
      const merged = new Map(stored.map((p) => [p.id, p]));
      for (const [id, plan] of memory) merged.set(id, structuredClone(plan));
      return [...merged.values()].sort(byMostRecent);
    },
    async get(id) {
      const kept = memory.get(id);
      if (kept) return structuredClone(kept);
      return note(await base.get(id));
    },
    async put(plan) {
      try {
        const current = await base.get(plan.id);
        const last = seen.get(plan.id);
        // Saved elsewhere since this tab read it, or deleted elsewhere (saving would bring it back).
        const changed = current ? current.updatedAt !== last && current.updatedAt !== plan.updatedAt : true;
        if (last !== undefined && changed) {
          throw new PlanChangedElsewhereError(plan.id);
        }
        await base.put(plan);
      } catch (error) {
        memory.set(plan.id, structuredClone(plan));
        events.onProblem(storageProblemOf(error), plan.id);
        throw error;
      }
      note(plan);
      if (memory.delete(plan.id) && memory.size === 0) events.onRecovered?.();
    },
    async delete(id) {
      memory.delete(id);
      seen.delete(id);
      await base.delete(id);
    },
    async deleteAll() {
      memory.clear();
      seen.clear();
      await base.deleteAll();
    },
  };
}
