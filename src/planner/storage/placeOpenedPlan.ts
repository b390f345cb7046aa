/**
 * Putting a plan that was opened from a file onto this device: as itself, or as a copy with a new
 * id when a different plan with its id is already here (so nothing stored is overwritten). When
 * the device refuses the write (its storage is full, or storage is blocked), the plan is not
 * opened and the refusal is a plain message naming the file; the plans already stored, and the
 * plan on screen, stay as they were.
 */
import type { Plan } from '../schema/planSchema';
import { newId } from '../state/planOperations';
import type { PlanStore } from './planStore';
import { storageProblemOf } from './resilientPlanStore';
import type { KeyedMessage } from '../../i18n/keyedMessage';

export type PlacedPlan =
  | {
      ok: true;
      /** The plan as stored: the opened plan, or its copy under a new id. */
      plan: Plan;
      asCopy: boolean;
    }
  | { ok: false; message: KeyedMessage };

const refusal = (error: unknown, fileName: string): PlacedPlan => ({
  ok: false,
  message: {
    key: storageProblemOf(error) === 'full' ? 'planner.files.storageFull' : 'planner.files.storageUnavailable',
    params: { file: fileName },
  },
});

export async function placeOpenedPlan(store: PlanStore, opened: Plan, fileName: string): Promise<PlacedPlan> {
  let existing: Plan | undefined;
  try {
    existing = await store.get(opened.id);
  } catch (error) {
    return refusal(error, fileName);
  }
  const asCopy = existing !== undefined && JSON.stringify(existing) !== JSON.stringify(opened);
  const plan = asCopy ? { ...opened, id: newId() } : opened;
  try {
    await store.put(plan);
  } catch (error) {
    // A store that keeps refused writes in memory (resilientPlanStore) would list the plan as if it
    // had been opened; forget it there when it is new to this device. A plan already stored under
    // this id (identical to the opened one) is left alone.
    if (existing === undefined || asCopy) await store.delete(plan.id).catch(() => undefined);
    return refusal(error, fileName);
  }
  return { ok: true, plan, asCopy };
}
