/**
 * Plans kept in the tab's sessionStorage, for shared and public computers: they survive a reload
 * (and the reload that installs a new version of the site) but the browser deletes them when the
 * tab is closed. Each plan is one entry, so one huge plan cannot push out the others.
 */
import { byMostRecent, type PlanStore } from './planStore';
import type { Plan } from '../schema/planSchema';

export const SESSION_PLAN_PREFIX = 'staying-in-touch:tab-plan:';

export function createSessionPlanStore(storage: Storage = sessionStorage): PlanStore {
  const keys = () => {
    const out: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(SESSION_PLAN_PREFIX)) out.push(key);
    }
    return out;
  };
  const read = (key: string): Plan | undefined => {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as Plan);
  };
  return {
    list: async () =>
      keys()
        .map(read)
        .filter((p): p is Plan => p !== undefined)
        .sort(byMostRecent),
    get: async (id) => read(SESSION_PLAN_PREFIX + id),
    // setItem throws QuotaExceededError when the tab's storage is full; the caller reports it.
    put: async (plan) => storage.setItem(SESSION_PLAN_PREFIX + plan.id, JSON.stringify(plan)),
    delete: async (id) => storage.removeItem(SESSION_PLAN_PREFIX + id),
    deleteAll: async () => keys().forEach((k) => storage.removeItem(k)),
  };
}
