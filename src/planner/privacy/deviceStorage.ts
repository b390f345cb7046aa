/**
 * Where this browser keeps plans, following the answer to "Is this a shared or public computer?":
 * - shared: only in this tab's memory. Nothing about a plan is written to the computer (Chromium
 *   writes even sessionStorage to disk), so a reload, a closed tab or a crash loses what was not saved
 *   to a file: the builder asks before a reload or close, and says so afterwards (tabPlanStore.ts);
 * - personal: on the device (IndexedDB), always encrypted: with a device key the browser keeps in the
 *   same database, or with a key derived from a passphrase, in which case the store starts locked and
 *   the key exists only between unlocking and locking. "Delete everything" deletes the key with the
 *   database, so whatever the browser leaves on disk afterwards cannot be read;
 * - personal, but the browser refuses IndexedDB (private browsing, blocked storage): in this tab's
 *   memory, with `refused` set so the builder can say so.
 * Item drafts follow the plans (see itemDrafts.ts). Plain TypeScript: no UI.
 */
import { createDeviceKey, createEncryptingCodec, isEnvelope } from '../storage/encryptingCodec';
import {
  copyItemDrafts,
  moveItemDrafts,
  openEncryptedDraftStore,
  SEALED_DRAFTS_KEY,
  type EncryptedDraftStore,
} from '../storage/encryptedItemDrafts';
import { openPlanDatabase, type PlanDatabase } from '../storage/indexedDbPlanStore';
import { memoryDraftStore, setItemDraftStore, webDraftStore, type DraftStore } from '../storage/itemDrafts';
import { createProtection, unlock as unlockKey, type KeyRecord } from '../storage/passphraseCrypto';
import type { Plan } from '../schema/planSchema';
import type { PlanStore } from '../storage/planStore';
import { createTabPlanStore } from '../storage/tabPlanStore';
import { UserMessageError } from '../storage/userMessage';
import type { DeviceMode } from './deviceSettings';

export interface DeviceStorage {
  readonly mode: DeviceMode;
  /** `device`: saved on this device. `tab`: kept only in this tab's memory. */
  readonly where: 'device' | 'tab';
  /** The browser refused to save on the device, so plans are kept in this tab instead. */
  readonly refused: boolean;
  /** A passphrase protects the plans on this device. */
  readonly isProtected: boolean;
  readonly locked: boolean;
  /** The plans, or undefined while locked. */
  readonly store: PlanStore | undefined;
  /** Half-filled items, or undefined while locked. */
  readonly drafts: DraftStore | undefined;
  /** Kept in this tab: it held plans before the page was reloaded, and they went with it. */
  readonly lostOnReload: boolean;
  /** Kept in this tab, and it holds plans that a reload or closing it would lose. */
  holdsPlansInTab(): boolean;
  /** How many plans there are (works while locked). */
  count(): Promise<number>;
  /** Throws WrongPassphraseError, changing nothing, when the passphrase is wrong. */
  unlock(passphrase: string): Promise<void>;
  /** Resolves once half-filled items are written (they are saved encrypted in the background). */
  flush(): Promise<void>;
  /** Drops the key and forgets drafts held in memory. */
  lock(): Promise<void>;
  /**
   * Turns on protection: moves every plan and draft from the device key to the passphrase's. `avoid`:
   * the words of the plans' names and details (state/passphraseWords.ts), refused as easy to guess.
   */
  protect(passphrase: string, avoid: readonly string[]): Promise<void>;
  /** Turns protection off (while unlocked): plans are encrypted with a new device key again. */
  unprotect(): Promise<void>;
  /** For a forgotten passphrase: deletes every plan, draft and key. */
  forgetPlans(): Promise<void>;
  /**
   * Plans (and half-filled items) from a tab that is moving here while the plans on the device are
   * locked: held in this tab's memory until the next unlock (or a forgotten passphrase's fresh
   * start), then saved with the others. Meanwhile `holdsPlansInTab` is true.
   */
  holdUntilUnlocked(plans: readonly Plan[], drafts: DraftStore | undefined): void;
  close(): void;
}

function sessionStorageOrNothing(): Storage | undefined {
  try {
    const s = sessionStorage;
    void s.length; // throws where storage is blocked
    return s;
  } catch {
    return undefined;
  }
}

async function inTab(mode: DeviceMode, refused: boolean): Promise<DeviceStorage> {
  const store = await createTabPlanStore(sessionStorageOrNothing());
  const drafts = memoryDraftStore();
  const leftOver = webDraftStore('session');
  if (leftOver) moveItemDrafts(leftOver, drafts); // drafts an older version left readable
  setItemDraftStore(drafts);
  const unavailable = async () => {
    throw new UserMessageError('privacy.storage.error.onlyOnDevice');
  };
  const clear = () => {
    store.clear();
    drafts.clear();
  };
  return {
    mode,
    where: 'tab',
    refused,
    isProtected: false,
    locked: false,
    store,
    drafts,
    lostOnReload: store.lostOnReload,
    holdsPlansInTab: () => store.size > 0,
    count: async () => store.size,
    unlock: unavailable,
    flush: async () => undefined,
    lock: async () => undefined,
    protect: unavailable,
    unprotect: unavailable,
    forgetPlans: async () => clear(),
    holdUntilUnlocked() {
      throw new Error('Plans kept in a tab are never locked, so nothing waits for an unlock');
    },
    close: clear,
  };
}

function removeSealedDrafts() {
  try {
    localStorage.removeItem(SEALED_DRAFTS_KEY);
  } catch {
    // nothing to remove
  }
}

export async function openDeviceStorage(mode: DeviceMode, options: { dbName?: string } = {}): Promise<DeviceStorage> {
  if (mode === 'shared') return inTab(mode, false);
  let db: PlanDatabase;
  let record: KeyRecord | undefined;
  let deviceKey: CryptoKey | undefined;
  try {
    db = await openPlanDatabase(options);
    deviceKey = await db.deviceKey(createDeviceKey);
    if (!deviceKey) record = await db.readKeyRecord();
  } catch {
    return inTab(mode, true);
  }

  let key: CryptoKey | undefined;
  let drafts: EncryptedDraftStore | undefined;
  let store: PlanStore | undefined;
  setItemDraftStore(undefined);

  const useKey = async (k: CryptoKey) => {
    key = k;
    store = db.plans(createEncryptingCodec(k));
    drafts = await openEncryptedDraftStore(k);
    setItemDraftStore(drafts);
  };
  /** Switches to the device key (creating one), or to locked if another tab has just protected the plans. */
  const useDeviceKey = async (k: CryptoKey | undefined) => {
    if (k) {
      record = undefined;
      return useKey(k);
    }
    record = await db.readKeyRecord();
    key = store = drafts = undefined;
    setItemDraftStore(undefined);
  };
  /** Plans and drafts waiting for the unlock (`holdUntilUnlocked`). */
  let held: { plans: readonly Plan[]; drafts: DraftStore | undefined } | undefined;
  /** Saves what was held, now that the store is open. */
  const saveHeld = async () => {
    if (!held || !store) return;
    for (const plan of held.plans) await store.put(plan);
    if (held.drafts && drafts) copyItemDrafts(held.drafts, drafts);
    held = undefined;
    await drafts?.flush();
  };
  /** Moves the drafts into the store `useKey` just opened, under its key, and stops the old store. */
  const handDraftsOver = async (from: EncryptedDraftStore | undefined) => {
    if (from && drafts) copyItemDrafts(from, drafts);
    from?.discard();
    await drafts?.flush();
  };

  if (deviceKey) {
    await useDeviceKey(deviceKey);
    // What an older version of the builder stored readable is encrypted now.
    await db.sealReadable(createEncryptingCodec(deviceKey), isEnvelope);
    const leftOver = webDraftStore('local');
    if (leftOver && drafts) {
      moveItemDrafts(leftOver, drafts);
      await drafts.flush();
    }
  }

  return {
    mode,
    where: 'device',
    refused: false,
    get isProtected() {
      return record !== undefined;
    },
    get locked() {
      return record !== undefined && key === undefined;
    },
    get store() {
      return store;
    },
    get drafts() {
      return drafts;
    },
    lostOnReload: false,
    holdsPlansInTab: () => held !== undefined,
    count: () => db.count(),
    async unlock(passphrase) {
      if (!record) return;
      await useKey(await unlockKey(passphrase, record));
      await saveHeld();
    },
    flush: async () => drafts?.flush(),
    async lock() {
      if (!record) return;
      await drafts?.forget();
      setItemDraftStore(undefined);
      drafts = undefined;
      key = undefined;
      store = undefined;
    },
    async protect(passphrase, avoid) {
      if (record) throw new UserMessageError('privacy.storage.error.alreadyProtected');
      if (!key) throw new UserMessageError('privacy.storage.error.unlockFirst');
      const created = await createProtection(passphrase, avoid);
      const before = drafts;
      await before?.flush();
      await db.recode(createEncryptingCodec(key), createEncryptingCodec(created.key), { passphrase: created.record });
      record = created.record;
      await useKey(created.key);
      await handDraftsOver(before);
    },
    async unprotect() {
      if (!record || !key) throw new UserMessageError('privacy.storage.error.unlockFirst');
      const fresh = await createDeviceKey();
      const before = drafts;
      await before?.flush();
      await db.recode(createEncryptingCodec(key), createEncryptingCodec(fresh), { deviceKey: fresh });
      record = undefined;
      await useKey(fresh);
      await handDraftsOver(before);
    },
    async forgetPlans() {
      await db.clear();
      drafts?.discard();
      removeSealedDrafts();
      await useDeviceKey(await db.deviceKey(createDeviceKey));
      await saveHeld();
    },
    holdUntilUnlocked(plans, tabDrafts) {
      if (!plans.length && !tabDrafts?.keys().length) return;
      // A copy: the tab's own draft store is cleared when the tab's storage closes.
      const copy = memoryDraftStore();
      if (tabDrafts) copyItemDrafts(tabDrafts, copy);
      held = { plans: [...plans], drafts: copy };
    },
    close: () => db.close(),
  };
}

export type SwitchResult = { ok: true; storage: DeviceStorage } | { ok: false; planCount: number };

/**
 * Changes the answer to "Is this a shared or public computer?". Becoming shared is refused while
 * plans are saved on the device (they would stay behind, unseen): the user saves what they need to
 * files and deletes everything first. Plans and drafts kept in this tab move to the new storage.
 */
export async function switchDeviceMode(
  current: DeviceStorage,
  to: DeviceMode,
  remember: (mode: DeviceMode) => boolean,
  options: { dbName?: string } = {},
): Promise<SwitchResult> {
  if (to === current.mode && !current.refused) return { ok: true, storage: current };
  if (to === 'shared' && current.where === 'device') {
    const planCount = await current.count();
    if (planCount > 0) return { ok: false, planCount };
    await current.forgetPlans(); // nothing to protect any more: the keys go too
  }
  const tabPlans = current.where === 'tab' && current.store ? await current.store.list() : [];
  const tabDrafts = current.where === 'tab' ? current.drafts : undefined;
  remember(to);
  const next = await openDeviceStorage(to, options);
  if (next.store) {
    for (const plan of tabPlans) await next.store.put(plan);
    if (tabDrafts && next.drafts) copyItemDrafts(tabDrafts, next.drafts);
    await next.flush();
  } else {
    // Another tab has just protected the plans on this device: the tab's plans wait for the unlock.
    next.holdUntilUnlocked(tabPlans, tabDrafts);
  }
  current.close();
  return { ok: true, storage: next };
}
