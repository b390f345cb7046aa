/**
 * Plans kept in the browser's IndexedDB: they survive reloads, closed tabs and crashes, and never
 * leave the device. Two object stores: `plans`, where each record is `{ id, data }` and `data` is
 * whatever the codec produced (the plan, or ciphertext when a passphrase protects the plans), and
 * `meta`, which holds the passphrase key record when there is one (a salt and a verifier: never the
 * passphrase or the key).
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

/** The plans database: plan stores over it, and what passphrase protection needs. */
export interface PlanDatabase {
  /** The plans, read and written through `codec`. */
  plans(codec?: PlanCodec): PlanStore;
  /** How many plans are stored, without reading them (so it works while they are locked). */
  count(): Promise<number>;
  readKeyRecord(): Promise<KeyRecord | undefined>;
  /**
   * Rewrites every plan from one codec to the other and stores (or, given undefined, removes) the
   * key record, all in one transaction: either every plan is protected and the record is there, or
   * nothing changed.
   */
  recode(from: PlanCodec, to: PlanCodec, keyRecord: KeyRecord | undefined): Promise<void>;
  /** Deletes every plan and the key record together (a forgotten passphrase). */
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
    async recode(from, to, keyRecord) {
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
          if (keyRecord) tx.objectStore(META).put({ id: KEY_RECORD_ID, record: keyRecord });
          else tx.objectStore(META).delete(KEY_RECORD_ID);
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

/** A plan store over the plans database, for callers that need nothing else from it. */
export async function openIndexedDbPlanStore(
  options: { dbName?: string; codec?: PlanCodec } = {},
): Promise<PlanStore & { close(): void }> {
  const database = await openPlanDatabase(options);
  return { ...database.plans(options.codec), close: () => database.close() };
}
