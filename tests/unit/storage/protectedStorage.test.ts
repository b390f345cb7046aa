/**
 * Passphrase protection of the plans on the device, through the IndexedDB store's codec: turning it
 * on encrypts every plan and draft already there, a wrong passphrase changes nothing, locking drops
 * the key, and a forgotten passphrase can only be resolved by deleting the plans.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDeviceStorage, switchDeviceMode } from '../../../src/planner/privacy/deviceStorage';
import { openPlanDatabase } from '../../../src/planner/storage/indexedDbPlanStore';
import { itemDraftKey, readItemDraft, writeItemDraft } from '../../../src/planner/storage/itemDrafts';
import { PROTECTED_DRAFTS_KEY } from '../../../src/planner/storage/encryptedItemDrafts';
import { WrongPassphraseError } from '../../../src/planner/storage/passphraseCrypto';
import { SESSION_PLAN_PREFIX } from '../../../src/planner/storage/sessionPlanStore';
import { fixturePlan } from '../planner/fixtures';
import { stubWebStorage, type MemoryWebStorage } from './webStorageStub';

let n = 0;
let dbName: string;
let local: MemoryWebStorage;
let session: MemoryWebStorage;
beforeEach(() => {
  dbName = `protected-${++n}`;
  ({ local, session } = stubWebStorage());
});

const PASS = 'correct horse battery staple';
const maya = () => fixturePlan('complete.json');

/** Every raw record in the plans database, as text: what someone reading the disk would see. */
async function rawRecords(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const read = (store: string) =>
    new Promise<unknown[]>((resolve) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result);
    });
  const text = JSON.stringify({ plans: await read('plans'), meta: await read('meta') });
  db.close();
  return text;
}

describe('passphrase protection on the device', () => {
  it('encrypts the plans and drafts already there, and reads them back once unlocked', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.store!.put(maya());
    const draftKey = itemDraftKey('fixture-complete', 'people', 'add');
    writeItemDraft(draftKey, { id: 'p9', values: { name: 'Grandma Rose' } });
    expect(await rawRecords()).toContain('Maya');

    await storage.protect(PASS);
    const raw = await rawRecords();
    expect(raw).not.toContain('Maya');
    expect(raw).not.toContain(PASS);
    expect(raw).toContain('"iterations":600000');
    expect(JSON.stringify([...Object.entries(local)])).not.toContain('Grandma Rose');
    expect(local.getItem(PROTECTED_DRAFTS_KEY)).toMatch(/"iv"/);
    expect(local.getItem(draftKey)).toBeNull();
    // Still unlocked in this visit: plans and drafts read as before.
    expect(await storage.store!.get('fixture-complete')).toEqual(maya());
    expect(readItemDraft<{ values: { name: string } }>(draftKey)?.values.name).toBe('Grandma Rose');
    storage.close();

    const again = await openDeviceStorage('personal', { dbName });
    expect(again.locked).toBe(true);
    expect(again.store).toBeUndefined();
    expect(await again.count()).toBe(1);
    expect(readItemDraft(draftKey)).toBeUndefined();
    await again.unlock(PASS);
    expect(await again.store!.get('fixture-complete')).toEqual(maya());
    expect(readItemDraft<{ values: { name: string } }>(draftKey)?.values.name).toBe('Grandma Rose');
    again.close();
  });

  it('refuses a wrong passphrase and deletes nothing', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.store!.put(maya());
    await storage.protect(PASS);
    storage.close();
    const before = await rawRecords();
    const locked = await openDeviceStorage('personal', { dbName });
    await expect(locked.unlock('correct horse battery stapler')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(locked.unlock('')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(locked.locked).toBe(true);
    expect(await rawRecords()).toBe(before);
    await locked.unlock(PASS);
    expect((await locked.store!.list()).map((p) => p.id)).toEqual(['fixture-complete']);
    locked.close();
  });

  it('uses a fresh IV for every save of the same plan', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.protect(PASS);
    await storage.store!.put(maya());
    const first = await rawRecords();
    await storage.store!.put(maya());
    expect(await rawRecords()).not.toBe(first);
    storage.close();
  });

  it('locking drops the key and the drafts held in memory', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.protect(PASS);
    await storage.store!.put(maya());
    const key = itemDraftKey('fixture-complete', 'support', 'add');
    writeItemDraft(key, { id: 's1', values: { what: 'Therapy' } });
    await storage.lock();
    expect(storage.locked).toBe(true);
    expect(storage.store).toBeUndefined();
    expect(readItemDraft(key)).toBeUndefined();
    writeItemDraft(key, { id: 's1', values: { what: 'written while locked' } }); // goes nowhere
    await storage.unlock(PASS);
    expect(readItemDraft<{ values: { what: string } }>(key)?.values.what).toBe('Therapy');
    storage.close();
  });

  it('turning protection off stores the plans unencrypted again and removes the key record', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.store!.put(maya());
    await storage.protect(PASS);
    await storage.unprotect();
    const raw = await rawRecords();
    expect(raw).toContain('Maya');
    expect(raw).toContain('"meta":[]');
    storage.close();
    const again = await openDeviceStorage('personal', { dbName });
    expect(again.locked).toBe(false);
    expect(await again.store!.get('fixture-complete')).toEqual(maya());
    again.close();
  });

  it('a forgotten passphrase is resolved only by deleting the plans, key record and protected drafts', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.store!.put(maya());
    await storage.protect(PASS);
    writeItemDraft(itemDraftKey('fixture-complete', 'people', 'add'), { values: { name: 'x' } });
    storage.close();
    const locked = await openDeviceStorage('personal', { dbName });
    await locked.forgetPlans();
    expect(locked.locked).toBe(false);
    expect(await locked.count()).toBe(0);
    expect(await rawRecords()).toBe('{"plans":[],"meta":[]}');
    expect(local.getItem(PROTECTED_DRAFTS_KEY)).toBeNull();
    locked.close();
  });

  it('recoding is all or nothing: it starts again if another tab saved in between', async () => {
    const db = await openPlanDatabase({ dbName });
    const store = db.plans();
    await store.put(maya());
    let saves = 0;
    const sneaky = {
      encode: async (plan: unknown) => {
        // Another tab saves a plan while this one is encrypting (first attempt only).
        if (saves++ === 0) await store.put({ ...maya(), id: 'other-tab' });
        return { wrapped: plan };
      },
      decode: async (stored: unknown) => stored as never,
    };
    await db.recode({ encode: async (p) => p, decode: async (s) => s as never }, sneaky, undefined);
    const raw = JSON.parse(await rawRecords()) as { plans: { id: string; data: unknown }[] };
    expect(raw.plans.map((r) => r.id).sort()).toEqual(['fixture-complete', 'other-tab']);
    expect(raw.plans.every((r) => typeof r.data === 'object' && r.data !== null && 'wrapped' in r.data)).toBe(true);
    db.close();
  });
});

describe('shared computers', () => {
  it('keeps plans and drafts only in the tab (sessionStorage), never in IndexedDB or localStorage', async () => {
    const storage = await openDeviceStorage('shared', { dbName });
    expect(storage.where).toBe('tab');
    await storage.store!.put(maya());
    writeItemDraft(itemDraftKey('fixture-complete', 'people', 'add'), { values: { name: 'Leon' } });
    expect(session.getItem(`${SESSION_PLAN_PREFIX}fixture-complete`)).toContain('Maya');
    expect(local.length).toBe(0);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(dbName);
  });

  it("will not become shared while plans are saved on the device; becoming personal moves the tab's plans there", async () => {
    const personal = await openDeviceStorage('personal', { dbName });
    await personal.store!.put(maya());
    const modes: string[] = [];
    expect(await switchDeviceMode(personal, 'shared', (m) => modes.push(m) > 0, { dbName })).toEqual({
      ok: false,
      planCount: 1,
    });
    await personal.store!.deleteAll();
    const toShared = await switchDeviceMode(personal, 'shared', (m) => modes.push(m) > 0, { dbName });
    expect(toShared.ok && toShared.storage.where).toBe('tab');
    if (!toShared.ok) return;
    await toShared.storage.store!.put(maya());
    writeItemDraft(itemDraftKey('fixture-complete', 'people', 'add'), { values: { name: 'Leon' } });
    const toPersonal = await switchDeviceMode(toShared.storage, 'personal', (m) => modes.push(m) > 0, { dbName });
    expect(modes).toEqual(['shared', 'personal']);
    if (!toPersonal.ok) throw new Error('expected the switch');
    expect(await toPersonal.storage.store!.get('fixture-complete')).toEqual(maya());
    expect(session.length).toBe(0);
    expect(local.getItem(itemDraftKey('fixture-complete', 'people', 'add'))).toContain('Leon');
    toPersonal.storage.close();
  });

  it('falls back to the tab when the browser refuses IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true });
    try {
      const storage = await openDeviceStorage('personal', { dbName });
      expect(storage.where).toBe('tab');
      expect(storage.refused).toBe(true);
      await storage.store!.put(maya());
      expect(await storage.count()).toBe(1);
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: saved, configurable: true, writable: true });
    }
  });
});
