/**
 * What the builder's privacy shell decides, without any UI: where plans are kept on this device and
 * who may see them.
 * - first use: the answer to "Is this a shared or public computer?";
 * - the device's storage (shared: this tab's memory only; personal: IndexedDB, encrypted, optionally
 *   with a passphrase), locked and unlocked, with the idle lock and its warning; on a shared computer
 *   the idle timer clears the tab's plans instead, after its warning;
 * - a storage problem the moment it happens, while the builder keeps working;
 * - tabs editing the same plan (this tab is told, and offered a read-only copy or taking over);
 * - "Delete everything from this device", here or in another tab;
 * - saving before a new version of the site is installed.
 * The shell component (ui/privacy/DeviceShell.tsx) renders `state` and forwards browser events;
 * everything it touches in the browser comes in through `SessionDevice`, so tests pass their own.
 */
import { forgetPlansInMemory } from '../../device/forgetInMemory';
import type { MessageKey } from '../../i18n/catalogue';
import type { Plan } from '../schema/planSchema';
import type { PlanStore } from '../storage/planStore';
import { createResilientPlanStore, type ResilientPlanStore, type StorageProblem } from '../storage/resilientPlanStore';
import type { DeviceMode } from './deviceSettings';
import type { DeviceStorage, SwitchResult } from './deviceStorage';
import type { IdleTimer, IdleTimerOptions } from './idleTimer';
import type { UnlockThrottle } from './unlockThrottle';
import { WrongPassphraseError } from '../storage/passphraseCrypto';
import { UserMessageError } from '../storage/userMessage';
import type { TabCoordinator, TabEvents } from './tabCoordinator';

export type LockReason = 'now' | 'idle' | 'elsewhere' | 'start';

export type Phase =
  | { kind: 'starting' }
  | { kind: 'question'; changing?: boolean; plansOnDevice?: number }
  | { kind: 'locked'; reason: LockReason }
  | { kind: 'open' }
  | { kind: 'wiping' }
  | { kind: 'wiped'; elsewhere: boolean; failed: MessageKey[] };

export type StorageWarningKind = StorageProblem | 'refused';

/** What the builder holds open, and can be asked to save. */
export interface OpenBuilder {
  flush(): Promise<void>;
}

export interface SessionState {
  readonly phase: Phase;
  /** The device's storage, while there is one (also while locked). */
  readonly storage?: DeviceStorage;
  /** The plans, while they are open. */
  readonly store?: ResilientPlanStore;
  /** Changes whenever the builder must start again from the store (new storage, taken back over). */
  readonly builderKey: number;
  readonly problem?: StorageWarningKind;
  readonly notice?: MessageKey;
  /** The plan in the address, if any. */
  readonly planId?: string;
  readonly readOnly?: { plan: Plan; reason: 'chosen' | 'taken-over' };
  /** When the idle lock will lock, while its warning shows. */
  readonly warnUntil?: number;
  /** The plan another tab is editing, once read, to name it. */
  readonly elsewherePlan?: Plan;
  /** Plans are open, with storage and a store. */
  readonly open: boolean;
  /** The plan in the address is shown read-only. */
  readonly showReadOnly: boolean;
  /** Another tab is editing the plan in the address, and this tab has not chosen what to do. */
  readonly elsewhere: boolean;
  /** The plan this tab is editing. */
  readonly editing?: string;
}

/** Everything the session touches in the browser. */
export interface SessionDevice {
  readDeviceMode(): DeviceMode | undefined;
  writeDeviceMode(mode: DeviceMode): boolean;
  openDeviceStorage(mode: DeviceMode): Promise<DeviceStorage>;
  switchDeviceMode(current: DeviceStorage, to: DeviceMode, write: (mode: DeviceMode) => boolean): Promise<SwitchResult>;
  createTabCoordinator(events: TabEvents): TabCoordinator;
  /** Deletes everything the site keeps in this browser; what could not be removed. */
  wipeDevice(): Promise<MessageKey[]>;
  /** Deletes what only this tab keeps, after another tab deleted everything else. */
  wipeThisTab(): Promise<MessageKey[]>;
  createIdleTimer(options: IdleTimerOptions): IdleTimer;
  idleTimeouts(): { lockAfterMs: number; warnAfterMs: number };
  /** Slows down guessing the passphrase. */
  unlockThrottle: UnlockThrottle;
  /** The plan in the address bar, if any. */
  routePlanId(): string | undefined;
  /** Takes the plan out of the address (it has gone). */
  clearRoute(): void;
  reload(): void;
  now(): number;
}

export interface DeviceSession {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Reads the stored answer and opens the storage (after hearing from other tabs, for a deep link). */
  start(): Promise<void>;
  /** The answer to "Is this a shared or public computer?", first time or changing it. */
  answerQuestion(mode: DeviceMode): Promise<void>;
  askQuestionAgain(): void;
  /** Leaves the question, when changing it, without changing anything. */
  leaveQuestion(): void;
  /**
   * Throws WrongPassphraseError for a wrong passphrase, and a UserMessageError saying how long to
   * wait when tried again too soon after several wrong ones.
   */
  unlock(passphrase: string): Promise<void>;
  forgetPlans(): Promise<void>;
  /** `avoid`: the words of the plans' names and details, refused in a passphrase (state/passphraseWords.ts). */
  protect(passphrase: string, avoid: readonly string[]): Promise<void>;
  unprotect(): Promise<void>;
  lock(reason: LockReason): Promise<void>;
  deleteEverything(): Promise<void>;
  /** The builder is ready (or has gone). */
  connectBuilder(builder: OpenBuilder | undefined): void;
  routeChanged(): void;
  /** Resolves once everything is saved: before a new version of the site takes over. */
  saveEverything(): Promise<void>;
  /** Another tab is editing the plan in the address: show a read-only copy. */
  readOnlyCopy(): Promise<void>;
  /** Edit here the plan another tab is editing (that tab saves first). */
  takeOver(): Promise<void>;
  /** A key press, click or touch: the idle lock starts counting again. */
  activity(): void;
  /** The page became visible again: the idle lock checks the time. */
  visible(): void;
  stayUnlocked(): void;
  /** The page is going away (it may come back from the back-forward cache): stop holding the plan. */
  pageHidden(): void;
  pageShown(): void;
  close(): void;
}

/** The plans of the storage as it is now: refuses once locked, so nothing keeps the key alive. */
function currentPlans(storage: () => DeviceStorage | undefined): PlanStore {
  const plans = () => {
    const store = storage()?.store;
    if (!store) throw new DOMException('The plans are locked', 'InvalidStateError');
    return store;
  };
  return {
    list: () => plans().list(),
    get: (id) => plans().get(id),
    put: (plan) => plans().put(plan),
    delete: (id) => plans().delete(id),
    deleteAll: () => plans().deleteAll(),
  };
}

type Fields = Omit<SessionState, 'open' | 'showReadOnly' | 'elsewhere' | 'editing'>;

export function createDeviceSession(device: SessionDevice): DeviceSession {
  let fields: Fields = { phase: { kind: 'starting' }, builderKey: 0 };
  let builder: OpenBuilder | undefined;
  let idle: IdleTimer | undefined;
  let held: string | undefined;
  let closed = false;
  const listeners = new Set<() => void>();
  // Its events come later, from other tabs, once the session exists.
  const coordinator = device.createTabCoordinator({
    onChange: () => update(),
    onYield: () => update(),
    onTakenOver: async (planId) => {
      await saveEverything();
      const plan = await fields.store?.get(planId).catch(() => undefined);
      if (plan) update({ readOnly: { plan, reason: 'taken-over' } });
    },
    onWiped: () => void stopForWipe(true),
    onSettingsChanged: () => void settingsChangedElsewhere(),
    onLockAll: () => void session.lock('elsewhere'),
  });
  let state: SessionState = derive(fields);

  function derive(f: Fields): SessionState {
    const open = f.phase.kind === 'open' && f.storage !== undefined && f.store !== undefined;
    const showReadOnly = open && f.planId !== undefined && f.readOnly?.plan.id === f.planId;
    const elsewhere = open && f.planId !== undefined && !showReadOnly && coordinator.heldElsewhere(f.planId);
    const editing = open && !showReadOnly && !elsewhere ? f.planId : undefined;
    return { ...f, open, showReadOnly, elsewhere, editing };
  }

  /** Applies a change, then keeps what follows from the state in step with it. */
  function update(change: Partial<Fields> = {}) {
    if (closed) return;
    fields = { ...fields, ...change };
    state = derive(fields);
    if (state.editing !== held) {
      held = state.editing;
      coordinator.hold(held);
    }
    if (state.elsewhere && state.planId && fields.elsewherePlan?.id !== state.planId) readElsewherePlan(state.planId);
    keepIdleLock();
    for (const listener of listeners) listener();
  }

  function readElsewherePlan(planId: string) {
    void fields.store?.get(planId).then(
      (plan) => {
        if (plan && state.planId === planId) update({ elsewherePlan: plan });
      },
      () => undefined,
    );
  }

  /** A shared computer's tab: its plans are cleared, not locked, after a while without use. */
  const clearsWhenIdle = (storage: DeviceStorage | undefined) => storage?.mode === 'shared' && storage.where === 'tab';

  /**
   * The idle lock runs while the plans are protected and open; on a shared computer, while the plans
   * in the tab are open.
   */
  function keepIdleLock() {
    const wanted = state.open && (!!fields.storage?.isProtected || clearsWhenIdle(fields.storage));
    if (wanted && !idle) {
      const { lockAfterMs, warnAfterMs } = device.idleTimeouts();
      idle = device.createIdleTimer({
        lockAfterMs,
        warnAfterMs,
        onWarn: (left) => {
          // Nothing to clear in a shared computer's tab without plans: no warning; count again.
          if (clearsWhenIdle(fields.storage) && !fields.storage?.holdsPlansInTab()) return idle?.stayUnlocked();
          update({ warnUntil: device.now() + left });
        },
        onLock: () => void (clearsWhenIdle(fields.storage) ? clearIdleTab() : session.lock('idle')),
      });
    } else if (!wanted && idle) {
      idle.stop();
      idle = undefined;
      if (fields.warnUntil !== undefined) update({ warnUntil: undefined });
    }
  }

  async function saveEverything() {
    await builder?.flush().catch(() => undefined);
    await fields.storage?.flush();
  }

  function showBuilder(storage: DeviceStorage, notice?: MessageKey) {
    const store = createResilientPlanStore(
      currentPlans(() => fields.storage),
      {
        onProblem: (problem) => update({ problem }),
        onRecovered: () => update({ problem: storage.refused ? 'refused' : undefined }),
      },
    );
    update({
      phase: { kind: 'open' },
      storage,
      store,
      problem: storage.refused ? 'refused' : undefined,
      readOnly: undefined,
      notice,
      builderKey: fields.builderKey + 1,
    });
  }

  async function openStorage(mode: DeviceMode, notice?: MessageKey) {
    fields.storage?.close();
    const storage = await device.openDeviceStorage(mode);
    if (storage.locked) return update({ storage, store: undefined, phase: { kind: 'locked', reason: 'start' } });
    if (storage.lostOnReload) {
      // The plan in the address went with the reload: show the plans list, saying why it is empty.
      device.clearRoute();
      fields = { ...fields, planId: undefined };
      return showBuilder(storage, 'privacy.shell.notice.tabPlansGone');
    }
    showBuilder(storage, notice);
  }

  /** A shared computer left alone: the plans in the tab go, and the plans list says why. */
  async function clearIdleTab() {
    const storage = fields.storage;
    idle?.stop();
    idle = undefined;
    if (!storage?.holdsPlansInTab()) return update({ warnUntil: undefined }); // nothing to clear: count again
    builder = undefined;
    await storage.forgetPlans();
    forgetPlansInMemory();
    device.clearRoute();
    fields = { ...fields, planId: undefined, warnUntil: undefined };
    showBuilder(storage, 'privacy.shell.notice.clearedIdle');
  }

  /**
   * Another tab changed the answer to "Is this a shared or public computer?" or the protection. A
   * reload reads the new settings; a tab holding plans only in its memory moves them to the new
   * storage instead, because a reload would lose them.
   */
  async function settingsChangedElsewhere() {
    await saveEverything();
    const storage = fields.storage;
    const mode = device.readDeviceMode();
    if (!storage?.holdsPlansInTab() || !mode) return device.reload();
    const result = await device.switchDeviceMode(storage, mode, () => true);
    if (result.ok && result.storage !== storage) moved(result.storage, undefined);
  }

  /** Shows the storage plans were just moved to (or its unlock screen). */
  function moved(storage: DeviceStorage, notice: MessageKey | undefined) {
    if (storage.locked) {
      update({ storage, store: undefined, phase: { kind: 'locked', reason: 'start' } });
    } else {
      fields = { ...fields, storage };
      showBuilder(storage, notice);
    }
  }

  async function stopForWipe(elsewhere: boolean) {
    // No saving first: everything is being deleted, and a late save would leave a plan behind.
    builder = undefined;
    fields.storage?.close();
    update({ phase: { kind: 'wiping' }, storage: undefined, store: undefined, readOnly: undefined, notice: undefined });
    forgetPlansInMemory();
    const failed = elsewhere ? await device.wipeThisTab() : await device.wipeDevice();
    update({ phase: { kind: 'wiped', elsewhere, failed }, warnUntil: undefined });
  }

  async function changeMode(to: DeviceMode) {
    const current = fields.storage;
    if (!current) {
      device.writeDeviceMode(to);
      return openStorage(to);
    }
    await saveEverything();
    const result = await device.switchDeviceMode(current, to, device.writeDeviceMode);
    if (!result.ok) return update({ phase: { kind: 'question', changing: true, plansOnDevice: result.planCount } });
    coordinator.announce('settings');
    moved(result.storage, to === 'shared' ? 'privacy.shell.notice.shared' : 'privacy.shell.notice.personal');
  }

  const session: DeviceSession = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      fields = { ...fields, planId: device.routePlanId() };
      // Opening a plan straight from its address: first hear whether another tab is editing it.
      if (fields.planId) await coordinator.ready;
      const mode = device.readDeviceMode();
      if (!mode) update({ phase: { kind: 'question' } });
      else await openStorage(mode);
    },
    async answerQuestion(mode) {
      if (fields.phase.kind === 'question' && fields.phase.changing) return changeMode(mode);
      device.writeDeviceMode(mode);
      await openStorage(mode);
    },
    askQuestionAgain: () => update({ phase: { kind: 'question', changing: true } }),
    leaveQuestion() {
      if (fields.storage) showBuilder(fields.storage);
    },
    async unlock(passphrase) {
      const storage = fields.storage;
      if (!storage) return;
      const wait = device.unlockThrottle.waitMs(device.now());
      if (wait > 0) throw new UserMessageError('privacy.unlock.error.wait', { count: Math.ceil(wait / 1000) });
      try {
        await storage.unlock(passphrase);
      } catch (error) {
        if (error instanceof WrongPassphraseError) device.unlockThrottle.failed(device.now());
        throw error;
      }
      device.unlockThrottle.succeeded();
      showBuilder(storage);
    },
    async forgetPlans() {
      const storage = fields.storage;
      if (!storage) return;
      await storage.forgetPlans();
      device.unlockThrottle.succeeded();
      coordinator.announce('settings');
      // The plan in the address has gone: show the (empty) plans list.
      device.clearRoute();
      fields = { ...fields, planId: undefined };
      showBuilder(storage, 'privacy.shell.notice.forgotten');
    },
    async protect(passphrase, avoid) {
      const storage = fields.storage;
      if (!storage) return;
      await saveEverything();
      await storage.protect(passphrase, avoid);
      coordinator.announce('settings');
      showBuilder(storage, 'privacy.shell.notice.protected');
    },
    async unprotect() {
      const storage = fields.storage;
      if (!storage) return;
      await saveEverything();
      await storage.unprotect();
      coordinator.announce('settings');
      showBuilder(storage, 'privacy.shell.notice.unprotected');
    },
    async lock(reason) {
      const storage = fields.storage;
      if (!storage?.isProtected || storage.locked) return;
      await saveEverything();
      held = undefined;
      coordinator.hold(undefined);
      // "Lock now" locks every tab; an idle tab locks only itself (the user may be busy in another).
      if (reason === 'now') coordinator.announce('lock');
      builder = undefined;
      update({ store: undefined, readOnly: undefined, warnUntil: undefined, notice: undefined });
      await storage.lock();
      forgetPlansInMemory();
      update({ phase: { kind: 'locked', reason } });
    },
    async deleteEverything() {
      coordinator.announce('wiped');
      await stopForWipe(false);
    },
    connectBuilder(b) {
      builder = b;
    },
    routeChanged() {
      const planId = device.routePlanId();
      const readOnly = fields.readOnly && fields.readOnly.plan.id === planId ? fields.readOnly : undefined;
      // The plan read to name it is kept only while the address still points at it.
      const elsewherePlan = fields.elsewherePlan?.id === planId ? fields.elsewherePlan : undefined;
      update({ planId, readOnly, elsewherePlan, notice: undefined });
    },
    saveEverything,
    async readOnlyCopy() {
      const { planId, store } = fields;
      if (!planId || !store) return;
      const plan = await store.get(planId).catch(() => undefined);
      if (plan) update({ readOnly: { plan, reason: 'chosen' } });
    },
    async takeOver() {
      const planId = fields.readOnly?.plan.id ?? fields.planId;
      if (!planId) return;
      await coordinator.takeOver(planId);
      // Start the builder again, so it reads the plan as the other tab saved it.
      update({ readOnly: undefined, builderKey: fields.builderKey + 1 });
    },
    activity: () => idle?.activity(),
    visible: () => idle?.check(),
    stayUnlocked() {
      idle?.stayUnlocked();
      update({ warnUntil: undefined });
    },
    pageHidden() {
      held = undefined;
      coordinator.hold(undefined);
    },
    pageShown() {
      held = state.editing;
      coordinator.hold(held);
      update();
    },
    close() {
      idle?.stop();
      idle = undefined;
      coordinator.close();
      fields.storage?.close();
      closed = true;
      listeners.clear();
    },
  };
  return session;
}
