/**
 * Plans kept in memory only: gone when the tab closes. Used when the browser refuses IndexedDB
 * (some private browsing modes) and as the base for a session-only mode.
 */
import { byMostRecent, type PlanStore } from './planStore';
import type { Plan } from '../schema/planSchema';

export function createMemoryPlanStore(): PlanStore {
  const plans = new Map<string, Plan>();
  return {
    list: async () => [...plans.values()].map((p) => structuredClone(p)).sort(byMostRecent),
    get: async (id) => {
      const plan = plans.get(id);
      return plan && structuredClone(plan);
    },
    put: async (plan) => {
      plans.set(plan.id, structuredClone(plan));
    },
    delete: async (id) => {
      plans.delete(id);
    },
    deleteAll: async () => plans.clear(),
  };
}
