/**
 * Plans on a shared or public computer: in this tab's memory only. Chromium writes sessionStorage to
 * the profile on disk (to restore sessions), so nothing about a plan is written there: only a marker
 * saying that this tab held plans, so that after a reload the builder can say they have gone rather
 * than show an empty list without a word. Plans an older version of the builder left readable in
 * sessionStorage are taken into memory and removed from it.
 */
import { createMemoryPlanStore } from './memoryPlanStore';
import type { PlanStore } from './planStore';
import type { Plan } from '../schema/planSchema';

export const TAB_MARKER_KEY = 'staying-in-touch:tab-held-plans';
/** Where versions before December 2026 kept a shared computer's plans. */
export const LEGACY_TAB_PLAN_PREFIX = 'staying-in-touch:tab-plan:';

export interface TabPlanStore extends PlanStore {
  /** How many plans this tab holds. */
  readonly size: number;
  /** This tab held plans before the page was reloaded, and they went with it. */
  readonly lostOnReload: boolean;
  /** Forgets every plan, and the marker. */
  clear(): void;
}

/** The plans an older version left in `storage`, removed from it. */
function takeLegacyPlans(storage: Storage): Plan[] {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (k): k is string => k?.startsWith(LEGACY_TAB_PLAN_PREFIX) === true,
  );
  const plans: Plan[] = [];
  for (const key of keys) {
    try {
      plans.push(JSON.parse(storage.getItem(key) ?? '') as Plan);
    } catch {
      // Damaged: nothing to keep.
    }
    storage.removeItem(key);
  }
  return plans;
}

export async function createTabPlanStore(marker: Storage | undefined): Promise<TabPlanStore> {
  const memory = createMemoryPlanStore();
  const ids = new Set<string>();
  let legacy: Plan[] = [];
  let heldBefore = false;
  try {
    if (marker) {
      legacy = takeLegacyPlans(marker);
      heldBefore = marker.getItem(TAB_MARKER_KEY) !== null;
    }
  } catch {
    // Blocked storage: nothing was left there.
  }
  const mark = () => {
    try {
      if (ids.size > 0) marker?.setItem(TAB_MARKER_KEY, '1');
      else marker?.removeItem(TAB_MARKER_KEY);
    } catch {
      // Only the notice after a reload depends on it.
    }
  };
  for (const plan of legacy) {
    await memory.put(plan);
    ids.add(plan.id);
  }
  mark();
  return {
    get size() {
      return ids.size;
    },
    lostOnReload: heldBefore && legacy.length === 0,
    list: () => memory.list(),
    get: (id) => memory.get(id),
    async put(plan) {
      await memory.put(plan);
      ids.add(plan.id);
      mark();
    },
    async delete(id) {
      await memory.delete(id);
      ids.delete(id);
      mark();
    },
    async deleteAll() {
      await memory.deleteAll();
      ids.clear();
      mark();
    },
    clear() {
      void memory.deleteAll();
      ids.clear();
      mark();
    },
  };
}
