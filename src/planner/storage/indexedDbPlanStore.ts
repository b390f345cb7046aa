/**
 * Plans kept in the browser's IndexedDB: they survive reloads, closed tabs and crashes, and never
 * leave the device. One object store; each record is `{ id, updatedAt, data }`, where `data` is
 * whatever the codec produced.
 */
import { byMostRecent, plainCodec, type PlanCodec, type PlanStore } from './planStore';
import type { Plan } from '../schema/planSchema';

const STORE = 'plans';

interface PlanRecord {
  id: string;
  updatedAt: string;
  data: unknown;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    req.onsuccess = () => {
      // Let another tab upgrade or delete the database rather than block it.
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('The plan store is open in another tab with an older version'));
  });
}

export async function openIndexedDbPlanStore(
  options: { dbName?: string; codec?: PlanCodec } = {},
): Promise<PlanStore & { close(): void }> {
  const db = await openDatabase(options.dbName ?? 'staying-in-touch');
  const codec = options.codec ?? plainCodec;
  const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);

  return {
    async list() {
      const records = await request(tx('readonly').getAll() as IDBRequest<PlanRecord[]>);
      const plans = await Promise.all(records.map((r) => codec.decode(r.data)));
      return plans.sort(byMostRecent);
    },
    async get(id) {
      const record = await request(tx('readonly').get(id) as IDBRequest<PlanRecord | undefined>);
      return record ? codec.decode(record.data) : undefined;
    },
    async put(plan: Plan) {
      const record: PlanRecord = { id: plan.id, updatedAt: plan.updatedAt, data: await codec.encode(plan) };
      await request(tx('readwrite').put(record));
    },
    async delete(id) {
      await request(tx('readwrite').delete(id));
    },
    async deleteAll() {
      await request(tx('readwrite').clear());
    },
    close: () => db.close(),
  };
}
