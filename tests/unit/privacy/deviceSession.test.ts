/**
 * The builder's device session: the device question, lock and unlock, the idle lock, tabs editing the
 * same plan, "Delete everything", and saving before an update, with the browser replaced by fakes.
 */
import { whenForgetting } from '../../../src/device/forgetInMemory';
import { describe, expect, it } from 'vitest';
import type { DeviceMode } from '../../../src/planner/privacy/deviceSettings';
import type { DeviceStorage, SwitchResult } from '../../../src/planner/privacy/deviceStorage';
import { createDeviceSession, type SessionDevice } from '../../../src/planner/privacy/deviceSession';
import type { IdleTimerOptions } from '../../../src/planner/privacy/idleTimer';
import type { TabCoordinator, TabEvents } from '../../../src/planner/privacy/tabCoordinator';
import { createPlan } from '../../../src/planner/state/planOperations';
import { createMemoryPlanStore } from '../../../src/planner/storage/memoryPlanStore';
import type { PlanStore } from '../../../src/planner/storage/planStore';
import { WrongPassphraseError } from '../../../src/planner/storage/passphraseCrypto';
import { createUnlockThrottle } from '../../../src/planner/privacy/unlockThrottle';
import { UserMessageError } from '../../../src/planner/storage/userMessage';

const PASSPHRASE = 'correct horse battery staple';

function fakeStorage(mode: DeviceMode, options: { protected?: boolean; lostOnReload?: boolean; log: string[] }) {
  const memory = createMemoryPlanStore();
  const ids = new Set<string>();
  const plans: PlanStore = {
    ...memory,
    put: async (plan) => {
      ids.add(plan.id);
      await memory.put(plan);
    },
    deleteAll: async () => {
      ids.clear();
      await memory.deleteAll();
    },
  };
  let locked = !!options.protected;
  let isProtected = !!options.protected;
  const storage: DeviceStorage = {
    mode,
    where: mode === 'shared' ? 'tab' : 'device',
    refused: false,
    get isProtected() {
      return isProtected;
    },
    get locked() {
      return locked;
    },
    get store() {
      return locked ? undefined : plans;
    },
    drafts: undefined,
    lostOnReload: !!options.lostOnReload,
    holdsPlansInTab: () => mode === 'shared' && ids.size > 0,
    count: async () => (await plans.list()).length,
    async unlock(passphrase) {
      if (passphrase !== PASSPHRASE) throw new WrongPassphraseError();
      locked = false;
    },
    flush: async () => void options.log.push('storage flushed'),
    lock: async () => {
      options.log.push('storage locked');
      locked = true;
    },
    protect: async () => {
      isProtected = true;
    },
    unprotect: async () => {
      isProtected = false;
    },
    forgetPlans: async () => {
      await plans.deleteAll();
      locked = false;
      isProtected = false;
    },
    holdUntilUnlocked: () => void options.log.push(`${mode} storage holds plans until unlocked`),
    close: () => void options.log.push(`${mode} storage closed`),
  };
  return { storage, plans };
}

function fakeTabs(log: string[]) {
  let events: TabEvents = {};
  const elsewhere = new Set<string>();
  const holds: (string | undefined)[] = [];
  const coordinator: TabCoordinator = {
    ready: Promise.resolve(),
    heldElsewhere: (id) => elsewhere.has(id),
    hold: (id) => void holds.push(id),
    takeOver: async (id) => {
      log.push(`took over ${id}`);
      elsewhere.delete(id);
    },
    announce: (what) => void log.push(`announced ${what}`),
    close: () => void log.push('tabs closed'),
  };
  return {
    coordinator,
    holds,
    elsewhere,
    connect: (e: TabEvents) => (events = e),
    /** Another tab did something. */
    get from() {
      return events;
    },
  };
}

function setUp(
  options: { mode?: DeviceMode; protected?: boolean; route?: string; wipeFails?: boolean; lostOnReload?: boolean } = {},
) {
  const log: string[] = [];
  whenForgetting(() => log.push('plans forgotten in memory'));
  let mode = options.mode;
  let route = options.route;
  let clock = 1_000;
  const tabs = fakeTabs(log);
  const storages: Record<DeviceMode, ReturnType<typeof fakeStorage>> = {
    personal: fakeStorage('personal', { protected: options.protected, log }),
    shared: fakeStorage('shared', { log, lostOnReload: options.lostOnReload }),
  };
  let idle: (IdleTimerOptions & { stopped: boolean; stayed: number }) | undefined;
  const device: SessionDevice = {
    readDeviceMode: () => mode,
    writeDeviceMode: (m) => {
      mode = m;
      log.push(`device mode ${m}`);
      return true;
    },
    openDeviceStorage: async (m) => storages[m].storage,
    async switchDeviceMode(current, to, write): Promise<SwitchResult> {
      const left = await current.count();
      if (to === 'shared' && left > 0) return { ok: false, planCount: left };
      write(to);
      current.close();
      return { ok: true, storage: storages[to].storage };
    },
    createTabCoordinator: (events) => {
      tabs.connect(events);
      return tabs.coordinator;
    },
    wipeDevice: async () => {
      log.push('device wiped');
      return options.wipeFails ? ['privacy.wipe.part.offlineCopy'] : [];
    },
    wipeThisTab: async () => {
      log.push('tab wiped');
      return [];
    },
    createIdleTimer(o) {
      const timer = { ...o, stopped: false, stayed: 0 };
      idle = timer;
      return {
        activity: () => undefined,
        stayUnlocked: () => void timer.stayed++,
        check: () => undefined,
        remaining: () => o.lockAfterMs,
        stop: () => void (timer.stopped = true),
      };
    },
    idleTimeouts: () => ({ lockAfterMs: 900_000, warnAfterMs: 780_000 }),
    unlockThrottle: createUnlockThrottle(undefined),
    routePlanId: () => route,
    clearRoute: () => {
      route = undefined;
      log.push('route cleared');
    },
    reload: () => void log.push('reloaded'),
    now: () => clock,
  };
  const session = createDeviceSession(device);
  const builder = { flush: async () => void log.push('builder flushed') };
  return {
    session,
    log,
    tabs,
    storages,
    builder,
    idle: () => idle,
    go(to: string | undefined) {
      route = to;
      session.routeChanged();
    },
    tick: (ms: number) => (clock += ms),
    /** Another tab answered the device question. */
    setMode: (m: DeviceMode) => (mode = m),
  };
}

describe('the device question', () => {
  it('is asked on first use; the answer is kept and opens that storage', async () => {
    const { session, log } = setUp();
    await session.start();
    expect(session.getState().phase).toEqual({ kind: 'question' });
    expect(session.getState().open).toBe(false);

    await session.answerQuestion('shared');
    const state = session.getState();
    expect(log).toContain('device mode shared');
    expect(state.open).toBe(true);
    expect(state.storage?.where).toBe('tab');
    expect(state.builderKey).toBe(1);
  });

  it('is not asked again once answered', async () => {
    const { session } = setUp({ mode: 'personal' });
    await session.start();
    expect(session.getState().phase).toEqual({ kind: 'open' });
    expect(session.getState().storage?.mode).toBe('personal');
  });

  it('refuses to switch to shared while plans are still on the device, and says how many', async () => {
    const { session, storages, log, builder } = setUp({ mode: 'personal' });
    await storages.personal.plans.put(createPlan({ id: 'p1' }));
    await storages.personal.plans.put(createPlan({ id: 'p2' }));
    await session.start();
    session.connectBuilder(builder);
    session.askQuestionAgain();
    expect(session.getState().phase).toEqual({ kind: 'question', changing: true });

    await session.answerQuestion('shared');
    expect(session.getState().phase).toEqual({ kind: 'question', changing: true, plansOnDevice: 2 });
    expect(log).not.toContain('device mode shared');

    session.leaveQuestion();
    expect(session.getState().open).toBe(true);
    expect(session.getState().storage?.mode).toBe('personal');
  });

  it('switches storage, saving first, tells the other tabs and says where plans are kept now', async () => {
    const { session, log, builder } = setUp({ mode: 'personal' });
    await session.start();
    session.connectBuilder(builder);
    session.askQuestionAgain();
    await session.answerQuestion('shared');
    const state = session.getState();
    expect(state.storage?.mode).toBe('shared');
    expect(state.notice).toBe('privacy.shell.notice.shared');
    expect(log.indexOf('builder flushed')).toBeLessThan(log.indexOf('device mode shared'));
    expect(log).toContain('announced settings');
  });
});

describe('locking', () => {
  it('starts locked when the plans are protected, and opens with the right passphrase only', async () => {
    const { session } = setUp({ mode: 'personal', protected: true });
    await session.start();
    expect(session.getState().phase).toEqual({ kind: 'locked', reason: 'start' });
    expect(session.getState().store).toBeUndefined();

    await expect(session.unlock('wrong')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(session.getState().phase.kind).toBe('locked');

    await session.unlock(PASSPHRASE);
    expect(session.getState().open).toBe(true);
  });

  it('makes each guess wait, longer each time, after three wrong passphrases; the right one resets it', async () => {
    const { session, tick } = setUp({ mode: 'personal', protected: true });
    await session.start();
    for (let i = 0; i < 3; i++) await expect(session.unlock('wrong')).rejects.toBeInstanceOf(WrongPassphraseError);
    // The fourth try must wait a second; too soon, it is refused without trying the passphrase.
    const tooSoon = await session.unlock(PASSPHRASE).catch((e: unknown) => e);
    expect(tooSoon).toBeInstanceOf(UserMessageError);
    expect(tooSoon).toMatchObject({ key: 'privacy.unlock.error.wait', params: { count: 1 } });
    expect(session.getState().phase.kind).toBe('locked');
    tick(1_000);
    await expect(session.unlock('wrong')).rejects.toBeInstanceOf(WrongPassphraseError);
    tick(1_000);
    await expect(session.unlock('wrong')).rejects.toMatchObject({ params: { count: 1 } });
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ key: 'privacy.unlock.error.wait' });
    tick(1_000);
    await session.unlock(PASSPHRASE);
    expect(session.getState().open).toBe(true);
  });

  it('"Lock now" saves, stops editing, locks every tab and drops the plans', async () => {
    const { session, log, builder, tabs, go } = setUp({ mode: 'personal', protected: true, route: 'p1' });
    await session.start();
    await session.unlock(PASSPHRASE);
    session.connectBuilder(builder);
    go('p1');
    expect(session.getState().editing).toBe('p1');
    expect(tabs.holds.at(-1)).toBe('p1');

    await session.lock('now');
    const state = session.getState();
    expect(state.phase).toEqual({ kind: 'locked', reason: 'now' });
    expect(state.store).toBeUndefined();
    expect(state.editing).toBeUndefined();
    expect(tabs.holds.at(-1)).toBeUndefined();
    expect(log.indexOf('builder flushed')).toBeLessThan(log.indexOf('storage locked'));
    expect(log).toContain('announced lock');
    expect(log.indexOf('storage locked')).toBeLessThan(log.indexOf('plans forgotten in memory'));
  });

  it('does nothing when the plans are not protected', async () => {
    const { session, log } = setUp({ mode: 'personal' });
    await session.start();
    await session.lock('now');
    expect(session.getState().open).toBe(true);
    expect(log).not.toContain('storage locked');
  });

  it('locks this tab only when another tab said "Lock now"', async () => {
    const { session, log, tabs } = setUp({ mode: 'personal', protected: true });
    await session.start();
    await session.unlock(PASSPHRASE);
    tabs.from.onLockAll?.();
    await expect.poll(() => session.getState().phase).toEqual({ kind: 'locked', reason: 'elsewhere' });
    expect(log).not.toContain('announced lock');
  });

  it('runs the idle lock only while protected plans are open: warning, then lock', async () => {
    const { session, idle, tick } = setUp({ mode: 'personal', protected: true });
    await session.start();
    expect(idle()).toBeUndefined();
    await session.unlock(PASSPHRASE);
    const timer = idle()!;
    expect(timer.lockAfterMs).toBe(900_000);

    tick(780_000);
    timer.onWarn(120_000);
    expect(session.getState().warnUntil).toBe(1_000 + 780_000 + 120_000);
    session.stayUnlocked();
    expect(timer.stayed).toBe(1);
    expect(session.getState().warnUntil).toBeUndefined();

    timer.onLock();
    await expect.poll(() => session.getState().phase).toEqual({ kind: 'locked', reason: 'idle' });
    expect(timer.stopped).toBe(true);
  });

  it('"I have forgotten my passphrase" deletes the plans, leaves the plan address and says so', async () => {
    const { session, log, storages } = setUp({ mode: 'personal', protected: true, route: 'p1' });
    await storages.personal.plans.put(createPlan({ id: 'p1' }));
    await session.start();
    await session.forgetPlans();
    const state = session.getState();
    expect(state.open).toBe(true);
    expect(state.planId).toBeUndefined();
    expect(state.notice).toBe('privacy.shell.notice.forgotten');
    expect(log).toEqual(expect.arrayContaining(['route cleared', 'announced settings']));
    expect(await storages.personal.plans.list()).toEqual([]);
  });

  it('turning protection on saves first, tells other tabs and starts the builder again', async () => {
    const { session, log, builder } = setUp({ mode: 'personal' });
    await session.start();
    session.connectBuilder(builder);
    const before = session.getState().builderKey;
    await session.protect(PASSPHRASE, []);
    expect(session.getState().storage?.isProtected).toBe(true);
    expect(session.getState().notice).toBe('privacy.shell.notice.protected');
    expect(session.getState().builderKey).toBe(before + 1);
    expect(log).toEqual(expect.arrayContaining(['builder flushed', 'announced settings']));

    await session.unprotect();
    expect(session.getState().notice).toBe('privacy.shell.notice.unprotected');
  });
});

describe('tabs editing the same plan', () => {
  it('says so, then shows a read-only copy on request, named from the store', async () => {
    const { session, tabs, storages, go } = setUp({ mode: 'personal' });
    await storages.personal.plans.put(createPlan({ id: 'p1' }));
    tabs.elsewhere.add('p1');
    await session.start();
    go('p1');
    expect(session.getState().elsewhere).toBe(true);
    expect(session.getState().editing).toBeUndefined();
    await expect.poll(() => session.getState().elsewherePlan?.id).toBe('p1');

    await session.readOnlyCopy();
    expect(session.getState().showReadOnly).toBe(true);
    expect(session.getState().readOnly?.reason).toBe('chosen');

    go(undefined);
    expect(session.getState().readOnly).toBeUndefined();
    expect(session.getState().elsewherePlan).toBeUndefined(); // not held once the plan is left
  });

  it('takes over: the other tab saves and stops, and this tab reads the plan again', async () => {
    const { session, tabs, storages, go, log } = setUp({ mode: 'personal' });
    await storages.personal.plans.put(createPlan({ id: 'p1' }));
    tabs.elsewhere.add('p1');
    await session.start();
    go('p1');
    const before = session.getState().builderKey;
    await session.takeOver();
    expect(log).toContain('took over p1');
    expect(session.getState().editing).toBe('p1');
    expect(session.getState().builderKey).toBe(before + 1);
    expect(tabs.holds.at(-1)).toBe('p1');
  });

  it('when another tab takes over, saves and shows the plan read-only', async () => {
    const { session, tabs, storages, go, log, builder } = setUp({ mode: 'personal' });
    await storages.personal.plans.put(createPlan({ id: 'p1' }));
    await session.start();
    session.connectBuilder(builder);
    go('p1');
    await tabs.from.onTakenOver?.('p1');
    expect(log).toContain('builder flushed');
    expect(session.getState().readOnly).toMatchObject({ reason: 'taken-over', plan: { id: 'p1' } });
    expect(session.getState().showReadOnly).toBe(true);
  });

  it('stops holding the plan when the page is hidden, and holds it again when it comes back', async () => {
    const { session, tabs, go } = setUp({ mode: 'personal' });
    await session.start();
    go('p1');
    session.pageHidden();
    expect(tabs.holds.at(-1)).toBeUndefined();
    session.pageShown();
    expect(tabs.holds.at(-1)).toBe('p1');
  });

  it('saves and reloads when another tab changed the settings', async () => {
    const { session, tabs, log, builder } = setUp({ mode: 'personal' });
    await session.start();
    session.connectBuilder(builder);
    tabs.from.onSettingsChanged?.();
    await expect.poll(() => log.includes('reloaded')).toBe(true);
    expect(log.indexOf('builder flushed')).toBeLessThan(log.indexOf('reloaded'));
  });

  it('on a shared computer, moves the plans this tab holds instead of reloading, which would lose them', async () => {
    const { session, tabs, log, setMode } = setUp({ mode: 'shared' });
    await session.start();
    await session.getState().store!.put(createPlan({ id: 'p1' }));
    setMode('personal'); // another tab said this is a personal device after all
    tabs.from.onSettingsChanged?.();
    await expect.poll(() => session.getState().storage?.mode).toBe('personal');
    expect(log).not.toContain('reloaded');
    expect(log).toContain('shared storage closed');
    expect(session.getState().open).toBe(true);
  });

  it('on a shared computer without plans in the tab, just reloads', async () => {
    const { session, tabs, log, setMode } = setUp({ mode: 'shared' });
    await session.start();
    setMode('personal');
    tabs.from.onSettingsChanged?.();
    await expect.poll(() => log.includes('reloaded')).toBe(true);
  });
});

describe('on a shared computer', () => {
  it('says so when a reload has cleared the plans the tab held', async () => {
    const { session, log } = setUp({ mode: 'shared', lostOnReload: true, route: 'p1' });
    await session.start();
    expect(session.getState().notice).toBe('privacy.shell.notice.tabPlansGone');
    expect(log).toContain('route cleared');
    expect(session.getState().planId).toBeUndefined();
  });

  it('clears the plans in the tab after a warning when the builder is not used, and says why', async () => {
    const { session, idle, tick, log, storages, builder } = setUp({ mode: 'shared', route: 'p1' });
    await session.start();
    session.connectBuilder(builder);
    await session.getState().store!.put(createPlan({ id: 'p1' }));
    const timer = idle()!;
    tick(780_000);
    timer.onWarn(120_000);
    expect(session.getState().warnUntil).toBe(1_000 + 780_000 + 120_000);

    timer.onLock();
    await expect.poll(() => session.getState().notice).toBe('privacy.shell.notice.clearedIdle');
    expect(await storages.shared.plans.list()).toEqual([]);
    expect(log).toContain('route cleared');
    expect(session.getState().planId).toBeUndefined();
    expect(session.getState().warnUntil).toBeUndefined();
    expect(session.getState().phase).toEqual({ kind: 'open' });
    // The timer counts again for the next plan.
    expect(idle()).not.toBe(timer);
    expect(timer.stopped).toBe(true);
  });

  it('with no plans in the tab, gives no warning and clears nothing: the timer counts again', async () => {
    const { session, idle } = setUp({ mode: 'shared' });
    await session.start();
    const timer = idle()!;
    timer.onWarn(120_000);
    expect(session.getState().warnUntil).toBeUndefined();
    expect(timer.stayed).toBe(1);
    timer.onLock();
    await expect.poll(() => idle()).not.toBe(timer);
    expect(session.getState().notice).toBeUndefined();
  });
});

describe('"Delete everything"', () => {
  it('tells other tabs, deletes without saving first, and reports what could not be removed', async () => {
    const { session, log, builder } = setUp({ mode: 'personal', wipeFails: true });
    await session.start();
    session.connectBuilder(builder);
    await session.deleteEverything();
    expect(session.getState().phase).toEqual({
      kind: 'wiped',
      elsewhere: false,
      failed: ['privacy.wipe.part.offlineCopy'],
    });
    expect(session.getState().open).toBe(false);
    expect(log).toContain('announced wiped');
    expect(log).toContain('device wiped');
    expect(log).toContain('plans forgotten in memory');
    expect(log).not.toContain('builder flushed');
  });

  it('in another tab: this tab stops without saving, and deletes what only it keeps', async () => {
    const { session, tabs, log, builder } = setUp({ mode: 'personal' });
    await session.start();
    session.connectBuilder(builder);
    tabs.from.onWiped?.();
    await expect.poll(() => session.getState().phase.kind).toBe('wiped');
    expect(session.getState().phase).toMatchObject({ elsewhere: true });
    expect(log).toContain('tab wiped');
    expect(log).not.toContain('device wiped');
    expect(log).not.toContain('builder flushed');
  });
});

describe('before an update', () => {
  it('saves the builder and the storage', async () => {
    const { session, log, builder } = setUp({ mode: 'personal' });
    await session.start();
    session.connectBuilder(builder);
    await session.saveEverything();
    expect(log).toEqual(expect.arrayContaining(['builder flushed', 'storage flushed']));
  });

  it('tells listeners of each change, and stops after closing', async () => {
    const { session, log } = setUp({ mode: 'personal' });
    let heard = 0;
    session.subscribe(() => heard++);
    await session.start();
    expect(heard).toBeGreaterThan(0);
    session.close();
    const after = heard;
    session.routeChanged();
    expect(heard).toBe(after);
    expect(log).toContain('tabs closed');
  });
});
