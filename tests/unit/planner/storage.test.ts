import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openIndexedDbPlanStore } from '../storage/openPlanStore';
import { createMemoryPlanStore } from '../../../src/planner/storage/memoryPlanStore';
import { translator } from '../../../src/i18n/translator';
import { createAutosaver } from '../../../src/planner/storage/autosave';
import {
  duplicateStoredPlan,
  listPlans,
  loadPlan,
  mostRecentPlanId,
  renameStoredPlan,
} from '../../../src/planner/storage/planLibrary';
import type { PlanStore } from '../../../src/planner/storage/planStore';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { createPlan } from '../../../src/planner/state/planOperations';
import { fixturePlan } from './fixtures';

let dbCount = 0;
const freshDbName = () => `test-plans-${++dbCount}`;
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
const plan = (id: string, minute: number, name = ''): Plan => {
  const p = createPlan({ id, now: at(minute) });
  p.child.name = name;
  return p;
};

const stores: { name: string; open: () => Promise<PlanStore> }[] = [
  { name: 'IndexedDB', open: () => openIndexedDbPlanStore({ dbName: freshDbName() }) },
  { name: 'memory', open: async () => createMemoryPlanStore() },
];

describe.each(stores)('$name plan store', ({ open }) => {
  it('saves, reads back and lists plans, most recent first', async () => {
    const store = await open();
    await store.put(plan('a', 1, 'Maya'));
    await store.put(plan('b', 3, 'Leon'));
    await store.put(plan('c', 2));
    expect((await store.list()).map((p) => p.id)).toEqual(['b', 'c', 'a']);
    expect(await store.get('a')).toEqual(plan('a', 1, 'Maya'));
    expect(await store.get('nope')).toBeUndefined();
  });

  it('keeps a large plan with non-Latin names exactly', async () => {
    const store = await open();
    const large = fixturePlan('large-20-people.json');
    await store.put(large);
    expect(await store.get(large.id)).toEqual(large);
  });

  it('replaces a plan with the same id', async () => {
    const store = await open();
    await store.put(plan('a', 1, 'Maya'));
    await store.put(plan('a', 5, 'Maya Rose'));
    expect((await store.list()).map((p) => p.child.name)).toEqual(['Maya Rose']);
  });

  it('deletes one plan, then all plans', async () => {
    const store = await open();
    await Promise.all(['a', 'b', 'c'].map((id, i) => store.put(plan(id, i))));
    await store.delete('b');
    expect((await store.list()).map((p) => p.id).sort()).toEqual(['a', 'c']);
    await store.deleteAll();
    expect(await store.list()).toEqual([]);
  });

  it('does not let a caller change a stored plan by mutating it', async () => {
    const store = await open();
    const p = plan('a', 1, 'Maya');
    await store.put(p);
    p.child.name = 'changed';
    const read = await store.get('a');
    read!.child.name = 'changed again';
    expect((await store.get('a'))!.child.name).toBe('Maya');
  });
});

describe('IndexedDB persistence', () => {
  it('finds the plans again after the page is reloaded (a new connection)', async () => {
    const dbName = freshDbName();
    const first = await openIndexedDbPlanStore({ dbName });
    await first.put(fixturePlan('complete.json'));
    first.close();
    const second = await openIndexedDbPlanStore({ dbName });
    expect(await second.get('fixture-complete')).toEqual(fixturePlan('complete.json'));
  });

  it('stores what the codec produces, so an encrypting store can plug in', async () => {
    const seen: unknown[] = [];
    const store = await openIndexedDbPlanStore({
      dbName: freshDbName(),
      codec: {
        encode: async (p) => {
          const text = JSON.stringify(p).split('').reverse().join('');
          seen.push(text);
          return text;
        },
        decode: async (stored) => JSON.parse(String(stored).split('').reverse().join('')),
      },
    });
    await store.put(plan('a', 1, 'Maya'));
    expect(seen[0]).not.toContain('Maya');
    expect((await store.get('a'))!.child.name).toBe('Maya');
  });
});

describe('plan library', () => {
  it('lists summaries with the child as entered, status and save time', async () => {
    const store = createMemoryPlanStore();
    await store.put(fixturePlan('complete.json'));
    expect(await listPlans(store)).toEqual([
      {
        id: 'fixture-complete',
        title: '',
        childName: 'Maya',
        status: 'draft',
        signed: false,
        practice: true,
        version: 1,
        updatedAt: '2026-02-03T14:05:00.000Z',
      },
    ]);
  });

  it('duplicates a plan as a new draft with a new id', async () => {
    const store = createMemoryPlanStore();
    const original = { ...fixturePlan('complete.json'), status: 'signed' as const, version: 2 };
    await store.put(original);
    const later = new Date(Date.UTC(2026, 5, 1));
    const copy = await duplicateStoredPlan(store, original.id, translator('en').t, later);
    expect(copy!.id).not.toBe(original.id);
    expect(copy).toMatchObject({
      title: 'Copy of Maya',
      status: 'draft',
      version: 1,
      signOff: [],
      createdAt: later.toISOString(),
    });
    expect(copy!.people).toEqual(original.people);
    expect((await store.list()).length).toBe(2);
    expect(await mostRecentPlanId(store)).toBe(copy!.id);
  });

  it('renames a plan', async () => {
    const store = createMemoryPlanStore();
    await store.put(plan('a', 1, 'Maya'));
    await renameStoredPlan(store, 'a', '  Maya: plan with Leon  ', at(9));
    expect((await listPlans(store))[0]).toMatchObject({
      title: 'Maya: plan with Leon',
      updatedAt: at(9).toISOString(),
    });
  });

  it('migrates a plan stored by an older builder when it is opened', async () => {
    const store = createMemoryPlanStore();
    const old = { ...plan('old', 1), schemaVersion: 0, trainingMode: true } as unknown as Plan;
    delete (old as Partial<Plan>).practice;
    await store.put(old);
    expect(await loadPlan(store, 'old')).toMatchObject({ schemaVersion: 2, practice: true });
  });
});

describe('autosave', () => {
  afterEach(() => vi.useRealTimers());

  it('writes a burst of changes at most the delay after the first of them, the latest plan each time', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const autosave = createAutosaver(
      async (p) => {
        saved.push(p.child.name);
      },
      { delayMs: 500 },
    );
    for (const name of ['M', 'Ma', 'May', 'Maya']) {
      autosave.schedule(plan('a', 1, name));
      await vi.advanceTimersByTimeAsync(200);
    }
    // Typing went on, but the first change was 500 ms old at 500 ms: written then, as it was.
    expect(saved).toEqual(['May']);
    expect(autosave.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['May', 'Maya']);
    expect(autosave.pending).toBe(false);
  });

  it('flush writes at once and tells the caller when it is saved', async () => {
    const saved: string[] = [];
    const onSaved = vi.fn();
    const autosave = createAutosaver(
      async (p) => {
        saved.push(p.child.name);
      },
      { delayMs: 60_000, onSaved },
    );
    autosave.schedule(plan('a', 1, 'Maya'));
    await autosave.flush();
    expect(saved).toEqual(['Maya']);
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('never lets an older save land after a newer one', async () => {
    const log: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((r) => {
      release = r;
    });
    const autosave = createAutosaver(
      async (p) => {
        if (p.child.name === 'first') await slow;
        log.push(p.child.name);
      },
      { delayMs: 0 },
    );
    autosave.schedule(plan('a', 1, 'first'));
    const firstWrite = autosave.flush();
    autosave.schedule(plan('a', 2, 'second'));
    const secondWrite = autosave.flush();
    release();
    await Promise.all([firstWrite, secondWrite]);
    expect(log).toEqual(['first', 'second']);
  });

  it('reports a failed save and keeps going', async () => {
    const onError = vi.fn();
    let fail = true;
    const saved: string[] = [];
    const autosave = createAutosaver(
      async (p) => {
        if (fail) {
          fail = false;
          throw new Error('QuotaExceededError');
        }
        saved.push(p.child.name);
      },
      { delayMs: 0, onError },
    );
    autosave.schedule(plan('a', 1, 'one'));
    await autosave.flush();
    autosave.schedule(plan('a', 1, 'two'));
    await autosave.flush();
    expect(onError).toHaveBeenCalledOnce();
    expect(saved).toEqual(['two']);
  });
});
