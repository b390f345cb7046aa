/**
 * Storage that fails and tabs that collide: the builder's store keeps working in memory when the
 * device refuses a write, reports it at once, and never overwrites a plan another tab saved.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createMemoryPlanStore } from '../../../src/planner/storage/memoryPlanStore';
import {
  createResilientPlanStore,
  PlanChangedElsewhereError,
  storageProblemOf,
  type StorageProblem,
} from '../../../src/planner/storage/resilientPlanStore';
import { openIndexedDbPlanStore } from './openPlanStore';
import type { PlanStore } from '../../../src/planner/storage/planStore';
import { createAutosaver } from '../../../src/planner/storage/autosave';
import { fixturePlan } from '../planner/fixtures';

const maya = () => fixturePlan('complete.json');
const later = (plan = maya(), minutes = 1, name = 'Maya Rose') => ({
  ...plan,
  child: { ...plan.child, name },
  updatedAt: new Date(Date.parse(plan.updatedAt) + minutes * 60_000).toISOString(),
});

/** A store whose writes fail on demand, as a full or blocked IndexedDB does. */
function failing(base: PlanStore, error: () => Error | undefined): PlanStore {
  return {
    ...base,
    put: async (plan) => {
      const e = error();
      if (e) throw e;
      await base.put(plan);
    },
  };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('when the device refuses to save', () => {
  it('keeps the latest plan in memory, reports the problem, and recovers when saving works again', async () => {
    let broken: Error | undefined;
    const base = createMemoryPlanStore();
    const problems: StorageProblem[] = [];
    let recovered = 0;
    const store = createResilientPlanStore(
      failing(base, () => broken),
      {
        onProblem: (p) => problems.push(p),
        onRecovered: () => recovered++,
      },
    );
    await store.put(maya());
    broken = quota();
    const edited = later();
    await expect(store.put(edited)).rejects.toThrow(/quota/);
    expect(problems).toEqual(['full']);
    expect(store.unsavedIds).toEqual(['fixture-complete']);
    // The builder reads the plan again when it navigates: it gets the edited one, not the stale one.
    expect((await store.get('fixture-complete'))?.child.name).toBe('Maya Rose');
    expect((await store.list()).map((p) => p.child.name)).toEqual(['Maya Rose']);
    expect((await base.get('fixture-complete'))?.child.name).toBe('Maya');

    broken = undefined;
    await store.put(later(edited, 1, 'Maya R.'));
    expect(recovered).toBe(1);
    expect(store.unsavedIds).toEqual([]);
    expect((await base.get('fixture-complete'))?.child.name).toBe('Maya R.');
  });

  it('says "Not saved" through autosave as well', async () => {
    const store = createResilientPlanStore(failing(createMemoryPlanStore(), quota), { onProblem: () => undefined });
    const errors: unknown[] = [];
    const autosaver = createAutosaver((p) => store.put(p), { delayMs: 1, onError: (e) => errors.push(e) });
    autosaver.schedule(maya());
    await autosaver.flush();
    expect(errors.map(storageProblemOf)).toEqual(['full']);
  });

  it('classifies errors from every browser', () => {
    expect(storageProblemOf(quota())).toBe('full');
    expect(storageProblemOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(storageProblemOf(new DOMException('closing', 'InvalidStateError'))).toBe('unavailable');
    expect(storageProblemOf(new PlanChangedElsewhereError('x'))).toBe('changed-elsewhere');
    expect(storageProblemOf(undefined)).toBe('unavailable');
  });
});

describe('two tabs and one plan', () => {
  it('never overwrites a plan another tab saved after this tab read it', async () => {
    const dbName = 'two-tabs';
    const problems: StorageProblem[] = [];
    const tabA = createResilientPlanStore(await openIndexedDbPlanStore({ dbName }), {
      onProblem: (p) => problems.push(p),
    });
    const tabB = createResilientPlanStore(await openIndexedDbPlanStore({ dbName }), {
      onProblem: (p) => problems.push(p),
    });
    await tabA.put(maya());
    const a = (await tabA.get('fixture-complete'))!;
    const b = (await tabB.get('fixture-complete'))!;
    await tabA.put(later(a, 1, 'Written in tab A'));
    await expect(tabB.put(later(b, 2, 'Written in tab B'))).rejects.toBeInstanceOf(PlanChangedElsewhereError);
    expect(problems).toEqual(['changed-elsewhere']);
    const fresh = await openIndexedDbPlanStore({ dbName });
    expect((await fresh.get('fixture-complete'))?.child.name).toBe('Written in tab A');
    // Tab B's own work is not lost: it still has it, to save to a file.
    expect((await tabB.get('fixture-complete'))?.child.name).toBe('Written in tab B');
    // Tab A carries on saving normally.
    await tabA.put(later(a, 3, 'Tab A again'));
    expect((await fresh.get('fixture-complete'))?.child.name).toBe('Tab A again');
  });
});

describe('a plan deleted in another tab', () => {
  it("is not brought back by this tab's next save", async () => {
    const dbName = 'deleted-elsewhere';
    const problems: StorageProblem[] = [];
    const tabA = createResilientPlanStore(await openIndexedDbPlanStore({ dbName }), {
      onProblem: (p) => problems.push(p),
    });
    const tabB = createResilientPlanStore(await openIndexedDbPlanStore({ dbName }), { onProblem: () => undefined });
    await tabA.put(maya());
    await tabB.deleteAll(); // "Delete all plans" in the other tab
    await expect(tabA.put(later())).rejects.toBeInstanceOf(PlanChangedElsewhereError);
    expect(problems).toEqual(['changed-elsewhere']);
    expect(await (await openIndexedDbPlanStore({ dbName })).list()).toEqual([]);
  });

  it('this tab can still delete its own plan and start new ones', async () => {
    const store = createResilientPlanStore(createMemoryPlanStore(), { onProblem: () => undefined });
    await store.put(maya());
    await store.delete('fixture-complete');
    await store.put(maya()); // e.g. the same plan file opened again
    expect((await store.list()).map((p) => p.id)).toEqual(['fixture-complete']);
  });
});
