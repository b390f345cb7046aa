/**
 * Plans kept in the browser's IndexedDB: they survive reloads, closed tabs and crashes, and never
 * leave the device. Two object stores: `plans`, where each record is `{ id, data }` and `data` is
 * whatever the codec produced (ciphertext: see deviceStorage.ts), and `meta`, which holds the key
 * the plans are encrypted with. That is either the device key (a non-extractable AES-GCM CryptoKey,
 * which the browser stores but never lets a script read out) or, while a passphrase protects the
 * plans, the passphrase key record (a salt and a verifier: never the passphrase or the key). Deleting
 * the database deletes the key, so whatever the browser leaves of the plans on disk is unreadable.
 */
import { byMostRecent, plainCodec, type PlanCodec, type PlanStore } from './planStore';
import type { KeyRecord } from './passphraseCrypto';
import type { Plan } from '../schema/planSchema';
import { UserMessageError } from './userMessage';

export const PLAN_DATABASE = 'staying-in-touch';
const PLANS = 'plans';
const META = 'meta';
/** Version 2 added the `meta` store. */
const VERSION = 2;
const KEY_RECORD_ID = 'passphrase';
const DEVICE_KEY_ID = 'device-key';

interface PlanRecord {
  id: string;
  data: unknown;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('The change was not saved', 'AbortError'));
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Throws (rather than failing the request) where storage is blocked outright.
    const req = indexedDB.open(name, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(PLANS)) db.createObjectStore(PLANS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
    };
    req.onsuccess = () => {
      // Let another tab upgrade or delete the database (for example "Delete everything") rather than block it.
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('The plan store is open in another tab with an older version'));
  });
}

/** The key the plans are encrypted with: one of the two, or neither on a device that has none yet. */
export interface PlanKeys {
  passphrase?: KeyRecord;
  deviceKey?: CryptoKey;
}

/** The plans database: plan stores over it, and what its encryption needs. */
export interface PlanDatabase {
  /** The plans, read and written through `codec`. */
  plans(codec?: PlanCodec): PlanStore;
  /** How many plans are stored, without reading them (so it works while they are locked). */
  count(): Promise<number>;
  readKeyRecord(): Promise<KeyRecord | undefined>;
  /**
   * The device key, created with `make` if there is none, in one transaction, so two tabs opening
   * together agree on one key. Undefined while a passphrase protects the plans.
   */
  deviceKey(make: () => Promise<CryptoKey>): Promise<CryptoKey | undefined>;
  /**
   * Rewrites every plan from one codec to the other and stores `keys` in place of the old ones, all
   * in one transaction: either every plan is under the new key and only that key is kept, or nothing
   * changed.
   */
  recode(from: PlanCodec, to: PlanCodec, keys: PlanKeys): Promise<void>;
  /**
   * Encrypts the plans still stored readable (saved by an older version of the builder), each only if
   * it has not changed meanwhile. `isSealed` tells ciphertext from a plan.
   */
  sealReadable(codec: PlanCodec, isSealed: (data: unknown) => boolean): Promise<void>;
  /** Deletes every plan and key together (a forgotten passphrase). */
  clear(): Promise<void>;
  close(): void;
}

export async function openPlanDatabase(options: { dbName?: string } = {}): Promise<PlanDatabase> {
  const db = await openDatabase(options.dbName ?? PLAN_DATABASE);
  const store = (name: string, mode: IDBTransactionMode) => db.transaction(name, mode).objectStore(name);

  const plans = (codec: PlanCodec = plainCodec): PlanStore => ({
    async list() {
      const records = await request(store(PLANS, 'readonly').getAll() as IDBRequest<PlanRecord[]>);
      const decoded = await Promise.all(records.map((r) => codec.decode(r.data)));
      return decoded.sort(byMostRecent);
    },
    async get(id) {
      const record = await request(store(PLANS, 'readonly').get(id) as IDBRequest<PlanRecord | undefined>);
      return record ? codec.decode(record.data) : undefined;
    },
    async put(plan: Plan) {
      const record: PlanRecord = { id: plan.id, data: await codec.encode(plan) };
      const tx = db.transaction(PLANS, 'readwrite');
      tx.objectStore(PLANS).put(record);
      await done(tx); // resolves once the write is durable, so quota errors surface here
    },
    async delete(id) {
      const tx = db.transaction(PLANS, 'readwrite');
      tx.objectStore(PLANS).delete(id);
      await done(tx);
    },
    async deleteAll() {
      const tx = db.transaction(PLANS, 'readwrite');
      tx.objectStore(PLANS).clear();
      await done(tx);
    },
  });

  return {
    plans,
    count: () => request(store(PLANS, 'readonly').count()),
    async readKeyRecord() {
      const row = await request(
        store(META, 'readonly').get(KEY_RECORD_ID) as IDBRequest<{ record: KeyRecord } | undefined>,
      );
      return row?.record;
    },
    async deviceKey(make) {
      // Usually there is one (or a passphrase): read it, and make a key only on a device that has neither.
      const [passphrase, existing] = await Promise.all([
        request(store(META, 'readonly').get(KEY_RECORD_ID) as IDBRequest<unknown>),
        request(store(META, 'readonly').get(DEVICE_KEY_ID) as IDBRequest<{ key: CryptoKey } | undefined>),
      ]);
      if (passphrase !== undefined) return undefined;
      if (existing) return existing.key;
      const made = await make(); // before the transaction, which would close while waiting
      const tx = db.transaction(META, 'readwrite');
      const meta = tx.objectStore(META);
      let key: CryptoKey | undefined;
      meta.get(KEY_RECORD_ID).onsuccess = (event) => {
        if ((event.target as IDBRequest<unknown>).result !== undefined) return; // protected: no device key
        meta.get(DEVICE_KEY_ID).onsuccess = (e) => {
          key = (e.target as IDBRequest<{ key: CryptoKey } | undefined>).result?.key;
          if (key) return;
          key = made;
          meta.put({ id: DEVICE_KEY_ID, key });
        };
      };
      await done(tx);
      return key;
    },
    async sealReadable(codec, isSealed) {
      const records = await request(store(PLANS, 'readonly').getAll() as IDBRequest<PlanRecord[]>);
      for (const record of records.filter((r) => !isSealed(r.data))) {
        const sealed = { id: record.id, data: await codec.encode(record.data as Plan) };
        const tx = db.transaction(PLANS, 'readwrite');
        const plansStore = tx.objectStore(PLANS);
        plansStore.get(record.id).onsuccess = (event) => {
          const now = (event.target as IDBRequest<PlanRecord | undefined>).result;
          // Saved again meanwhile (by a tab that encrypts, or still readable): leave it for next time.
          if (now && JSON.stringify(now.data) === JSON.stringify(record.data)) plansStore.put(sealed);
        };
        await done(tx);
      }
    },
    async recode(from, to, keys) {
      // Encryption is asynchronous and an IndexedDB transaction closes while it waits, so the plans
      // are re-encoded first and written afterwards. If another tab saved a plan in between, start again.
      for (let attempt = 0; attempt < 3; attempt++) {
        const before = await request(store(PLANS, 'readonly').getAll() as IDBRequest<PlanRecord[]>);
        const recoded = await Promise.all(
          before.map(async (r) => ({ id: r.id, data: await to.encode(await from.decode(r.data)) })),
        );
        const snapshot = JSON.stringify(before);
        const tx = db.transaction([PLANS, META], 'readwrite');
        const plansStore = tx.objectStore(PLANS);
        let changed = false;
        plansStore.getAll().onsuccess = (event) => {
          if (JSON.stringify((event.target as IDBRequest<PlanRecord[]>).result) !== snapshot) {
            changed = true;
            tx.abort();
            return;
          }
          for (const record of recoded) plansStore.put(record);
          const meta = tx.objectStore(META);
          if (keys.passphrase) meta.put({ id: KEY_RECORD_ID, record: keys.passphrase });
          else meta.delete(KEY_RECORD_ID);
          if (keys.deviceKey) meta.put({ id: DEVICE_KEY_ID, key: keys.deviceKey });
          else meta.delete(DEVICE_KEY_ID);
        };
        try {
          await done(tx);
          return;
        } catch (error) {
          if (!changed) throw error;
        }
      }
      throw new UserMessageError('privacy.storage.error.keptChanging');
    },
    async clear() {
      const tx = db.transaction([PLANS, META], 'readwrite');
      tx.objectStore(PLANS).clear();
      tx.objectStore(META).clear();
      await done(tx);
    },
    close: () => db.close(),
  };
}
