/**
 * The plans list's operations, on top of any PlanStore: what the "Your plans" page can do.
 */
import type { Translator } from '../../i18n/translator';
import type { PlanStore } from './planStore';
import type { Plan } from '../schema/planSchema';
import { duplicatePlan, renamePlan } from '../state/planOperations';

export interface PlanSummary {
  id: string;
  /** The plan's own name; empty when it has none (the list then names it after the child). */
  title: string;
  childName: string;
  status: Plan['status'];
  /** Signed-off plans cannot be renamed or changed, only copied to a new version. */
  signed: boolean;
  practice: boolean;
  version: number;
  updatedAt: string;
}

export const summarise = (plan: Plan): PlanSummary => ({
  id: plan.id,
  title: plan.title,
  childName: plan.child.name,
  status: plan.status,
  signed: plan.status === 'signed',
  practice: plan.practice,
  version: plan.version,
  updatedAt: plan.updatedAt,
});

export async function listPlans(store: PlanStore): Promise<PlanSummary[]> {
  return (await store.list()).map(summarise);
}

/**
 * Reads a stored plan, bringing one saved by an older builder up to the current format (the
 * migrations load then: the plans list does without them).
 */
export async function loadPlan(store: PlanStore, id: string): Promise<Plan | undefined> {
  const plan = await store.get(id);
  if (!plan) return undefined;
  const { migratePlanData } = await import('../schema/migrations');
  const migrated = migratePlanData(plan);
  return migrated.ok ? (migrated.data as Plan) : undefined;
}

export async function mostRecentPlanId(store: PlanStore): Promise<string | undefined> {
  return (await store.list())[0]?.id;
}

/** Copies a plan; `t` words the copy's title ("Copy of …"). */
export async function duplicateStoredPlan(
  store: PlanStore,
  id: string,
  t: Translator['t'],
  now = new Date(),
): Promise<Plan | undefined> {
  const plan = await store.get(id);
  if (!plan) return undefined;
  const copy = duplicatePlan(plan, t, now);
  await store.put(copy);
  return copy;
}

export async function renameStoredPlan(store: PlanStore, id: string, title: string, now = new Date()): Promise<void> {
  const plan = await store.get(id);
  if (!plan) return;
  const renamed = renamePlan(plan, title);
  if (renamed !== plan) await store.put({ ...renamed, updatedAt: now.toISOString() });
}
