/**
 * Where this browser keeps plans, following the answer to "Is this a shared or public computer?":
 * - shared: only in this tab (sessionStorage), gone when it closes;
 * - personal: on the device (IndexedDB), optionally encrypted with a passphrase, in which case the
 *   store starts locked and the key exists only between unlocking and locking;
 * - personal, but the browser refuses IndexedDB (private browsing, blocked storage): in this tab,
 *   with `refused` set so the builder can say so.
 * Item drafts follow the plans (see itemDrafts.ts). Plain TypeScript: no UI.
 */
import { createEncryptingCodec } from '../storage/encryptingCodec';
import {
  moveItemDrafts,
  openEncryptedDraftStore,
  PROTECTED_DRAFTS_KEY,
  type EncryptedDraftStore,
} from '../storage/encryptedItemDrafts';
import { openPlanDatabase, type PlanDatabase } from '../storage/indexedDbPlanStore';
import { setItemDraftStore, webDraftStore } from '../storage/itemDrafts';
import { createMemoryPlanStore } from '../storage/memoryPlanStore';
import { createProtection, unlock as unlockKey, type KeyRecord } from '../storage/passphraseCrypto';
import { plainCodec, type PlanStore } from '../storage/planStore';
import { createSessionPlanStore } from '../storage/sessionPlanStore';
import { UserMessageError } from '../storage/userMessage';
import type { DeviceMode } from './deviceSettings';

export interface DeviceStorage {
  readonly mode: DeviceMode;
  /** `device`: saved on this device. `tab`: kept only while this tab is open. */
  readonly where: 'device' | 'tab';
  /** The browser refused to save on the device, so plans are kept in this tab instead. */
  readonly refused: boolean;
  /** A passphrase protects the plans on this device. */
  readonly isProtected: boolean;
  readonly locked: boolean;
  /** The plans, or undefined while locked. */
  readonly store: PlanStore | undefined;
  /** How many plans there are (works while locked). */
  count(): Promise<number>;
  /** Throws WrongPassphraseError, changing nothing, when the passphrase is wrong. */
  unlock(passphrase: string): Promise<void>;
  /** Resolves once half-filled items are written (they are saved in the background while protected). */
  flush(): Promise<void>;
  /** Drops the key and forgets drafts held in memory. */
  lock(): Promise<void>;
  /** Turns on protection: encrypts every plan and draft already here. */
  protect(passphrase: string): Promise<void>;
  /** Turns protection off (while unlocked): plans are stored unencrypted again. */
  unprotect(): Promise<void>;
  /** For a forgotten passphrase: deletes every plan, protected draft and the key record. */
  forgetPlans(): Promise<void>;
  close(): void;
}

function tabStore(): PlanStore {
  try {
    const s = sessionStorage;
    void s.length; // throws where storage is blocked
    return createSessionPlanStore(s);
  } catch {
    return createMemoryPlanStore();
  }
}

function inTab(mode: DeviceMode, refused: boolean): DeviceStorage {
  const store = tabStore();
  setItemDraftStore(webDraftStore('session'));
  const unavailable = async () => {
    throw new UserMessageError('privacy.storage.error.onlyOnDevice');
  };
  return {
    mode,
    where: 'tab',
    refused,
    isProtected: false,
    locked: false,
    store,
    count: async () => (await store.list()).length,
    unlock: unavailable,
    flush: async () => undefined,
    lock: async () => undefined,
    protect: unavailable,
    unprotect: unavailable,
    forgetPlans: () => store.deleteAll(),
    close: () => undefined,
  };
}

export async function openDeviceStorage(mode: DeviceMode, options: { dbName?: string } = {}): Promise<DeviceStorage> {
  if (mode === 'shared') return inTab(mode, false);
  let db: PlanDatabase;
  let record: KeyRecord | undefined;
  try {
    db = await openPlanDatabase(options);
    record = await db.readKeyRecord();
  } catch {
    return inTab(mode, true);
  }

  let key: CryptoKey | undefined;
  let drafts: EncryptedDraftStore | undefined;
  let store: PlanStore | undefined = record ? undefined : db.plans();
  setItemDraftStore(record ? undefined : webDraftStore('local'));

  const useKey = async (k: CryptoKey) => {
    key = k;
    store = db.plans(createEncryptingCodec(k));
    drafts = await openEncryptedDraftStore(k);
    setItemDraftStore(drafts);
  };

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
    count: () => db.count(),
    async unlock(passphrase) {
      if (!record) return;
      await useKey(await unlockKey(passphrase, record));
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
    async protect(passphrase) {
      if (record) throw new UserMessageError('privacy.storage.error.alreadyProtected');
      const created = await createProtection(passphrase);
      await db.recode(plainCodec, createEncryptingCodec(created.key), created.record);
      record = created.record;
      const plain = webDraftStore('local');
      await useKey(created.key);
      if (plain && drafts) {
        moveItemDrafts(plain, drafts);
        await drafts.flush();
      }
    },
    async unprotect() {
      if (!record || !key) throw new UserMessageError('privacy.storage.error.unlockFirst');
      await db.recode(createEncryptingCodec(key), plainCodec, undefined);
      const plain = webDraftStore('local');
      if (plain && drafts) moveItemDrafts(drafts, plain);
      await drafts?.flush();
      record = undefined;
      key = undefined;
      drafts = undefined;
      store = db.plans();
      setItemDraftStore(plain);
    },
    async forgetPlans() {
      await db.clear();
      try {
        localStorage.removeItem(PROTECTED_DRAFTS_KEY);
      } catch {
        // nothing to remove
      }
      record = undefined;
      key = undefined;
      drafts = undefined;
      store = db.plans();
      setItemDraftStore(webDraftStore('local'));
    },
    close: () => db.close(),
  };
}

export type SwitchResult = { ok: true; storage: DeviceStorage } | { ok: false; planCount: number };

/**
 * Changes the answer to "Is this a shared or public computer?". Becoming shared is refused while
 * plans are saved on the device (they would stay behind, unseen): the user saves what they need to
 * files and deletes everything first. Becoming personal moves this tab's plans onto the device.
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
    await current.forgetPlans(); // nothing to protect any more: the key record goes too
  }
  const tabPlans = current.where === 'tab' && current.store ? await current.store.list() : [];
  remember(to);
  current.close();
  const next = await openDeviceStorage(to, options);
  if (next.where === 'device' && next.store && current.store) {
    for (const plan of tabPlans) {
      await next.store.put(plan);
      await current.store.delete(plan.id);
    }
    const session = webDraftStore('session');
    const local = webDraftStore('local');
    if (session && local) moveItemDrafts(session, local);
  }
  return { ok: true, storage: next };
}
