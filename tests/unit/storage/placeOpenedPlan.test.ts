/**
 * Placing a plan opened from a file on this device: as itself, as a copy beside a different plan
 * with its id, and, when the device's storage is full, not at all, with a plain message and every
 * stored plan as it was (also through the builder's resilient store, which keeps refused writes).
 */
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../src/i18n/keyedMessage';
import { translator } from '../../../src/i18n/translator';
import { createMemoryPlanStore } from '../../../src/planner/storage/memoryPlanStore';
import { placeOpenedPlan } from '../../../src/planner/storage/placeOpenedPlan';
import type { PlanStore } from '../../../src/planner/storage/planStore';
import { createResilientPlanStore } from '../../../src/planner/storage/resilientPlanStore';
import { fixturePlan } from '../planner/fixtures';

const { t } = translator('en');
const maya = () => fixturePlan('complete.json');
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A store whose writes fail with `error`, as a full or blocked IndexedDB does. */
const refusingWrites = (base: PlanStore, error: () => Error): PlanStore => ({
  ...base,
  put: async () => {
    throw error();
  },
});

describe('placing an opened plan on the device', () => {
  it('stores a plan new to the device as itself', async () => {
    const store = createMemoryPlanStore();
    const placed = await placeOpenedPlan(store, maya(), 'maya.json');
    expect(placed).toEqual({ ok: true, plan: maya(), asCopy: false });
    expect(await store.list()).toEqual([maya()]);
  });

  it('opens an identical plan as itself, and a different one with the same id as a copy', async () => {
    const store = createMemoryPlanStore();
    await store.put(maya());
    expect(await placeOpenedPlan(store, maya(), 'maya.json')).toMatchObject({ ok: true, asCopy: false });
    const changed = { ...maya(), title: 'Changed elsewhere' };
    const placed = await placeOpenedPlan(store, changed, 'maya.json');
    expect(placed.ok && placed.asCopy).toBe(true);
    expect(placed.ok && placed.plan.id).not.toBe(maya().id);
    expect(await store.get(maya().id)).toEqual(maya());
    expect(await store.list()).toHaveLength(2);
  });

  it('with storage full, refuses with a plain message and changes nothing', async () => {
    const base = createMemoryPlanStore();
    const other = { ...maya(), id: 'other-plan', title: 'Another plan' };
    await base.put(other);
    const placed = await placeOpenedPlan(refusingWrites(base, quota), maya(), 'maya.json');
    expect(placed.ok).toBe(false);
    if (placed.ok) return;
    expect(messageText(t, placed.message)).toBe(
      'maya.json was not opened: the storage for this website on this device is full. Nothing has been changed. Save plans you need to files, delete plans you no longer need, then open the file again.',
    );
    expect(await base.list()).toEqual([other]);
  });

  it('through the resilient store, forgets the refused plan, keeps the stored ones, and reports the device full', async () => {
    const base = createMemoryPlanStore();
    await base.put(maya());
    const problems: string[] = [];
    const store = createResilientPlanStore(refusingWrites(base, quota), {
      onProblem: (problem) => problems.push(problem),
    });
    const changed = { ...maya(), title: 'Changed elsewhere' };
    const placed = await placeOpenedPlan(store, changed, 'maya.json');
    expect(placed.ok).toBe(false);
    expect(problems).toEqual(['full']);
    expect(await store.list()).toEqual([maya()]);
    expect(store.unsavedIds).toEqual([]);
  });

  it('words storage that is blocked, not full, as such', async () => {
    const blocked = () => new DOMException('Blocked.', 'InvalidStateError');
    const placed = await placeOpenedPlan(refusingWrites(createMemoryPlanStore(), blocked), maya(), 'maya.json');
    expect(!placed.ok && messageText(t, placed.message)).toBe(
      'maya.json was not opened: this browser would not let the plan be stored on this device. Nothing has been changed.',
    );
  });
});
