/**
 * Plans and drafts at rest. On a personal device they are always encrypted: with the device key, or
 * with the passphrase's key while one protects them (a wrong passphrase changes nothing, locking drops
 * the key, a forgotten passphrase can only be resolved by deleting the plans), and deleting the
 * database leaves nothing readable. On a shared computer nothing about a plan is written anywhere.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDeviceStorage, switchDeviceMode } from '../../../src/planner/privacy/deviceStorage';
import { createDeviceKey } from '../../../src/planner/storage/encryptingCodec';
import { openPlanDatabase } from '../../../src/planner/storage/indexedDbPlanStore';
import {
  ITEM_DRAFT_PREFIX,
  itemDraftKey,
  readItemDraft,
  writeItemDraft,
} from '../../../src/planner/storage/itemDrafts';
import { SEALED_DRAFTS_KEY } from '../../../src/planner/storage/encryptedItemDrafts';
import { decryptText, WrongPassphraseError, type Envelope } from '../../../src/planner/storage/passphraseCrypto';
import { LEGACY_TAB_PLAN_PREFIX, TAB_MARKER_KEY } from '../../../src/planner/storage/tabPlanStore';
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

/** The meta records' ids: which keys the database holds. */
async function keyIds(): Promise<string[]> {
  const db = await openPlanDatabase({ dbName });
  const ids = await new Promise<string[]>((resolve) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => {
      const req = open.result.transaction('meta').objectStore('meta').getAllKeys();
      req.onsuccess = () => {
        open.result.close();
        resolve((req.result as string[]).sort());
      };
    };
  });
  db.close();
  return ids;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = () => resolve();
  });
}

describe('on a personal device, without a passphrase', () => {
  it('encrypts plans and drafts with the device key, and reads them back after a reload', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    expect(storage.locked).toBe(false);
    await storage.store!.put(maya());
    const draftKey = itemDraftKey('fixture-complete', 'people', 'add');
    writeItemDraft(draftKey, { id: 'p9', values: { name: 'Grandma Rose' } });
    await storage.flush();
    const raw = await rawRecords();
    expect(raw).not.toContain('Maya');
    expect(raw).toContain('"iv"');
    expect(await keyIds()).toEqual(['device-key']);
    expect(JSON.stringify([...Object.entries(local)])).not.toContain('Grandma Rose');
    expect(local.getItem(SEALED_DRAFTS_KEY)).toMatch(/"iv"/);
    storage.close();

    const again = await openDeviceStorage('personal', { dbName });
    expect(await again.store!.get('fixture-complete')).toEqual(maya());
    expect(readItemDraft<{ values: { name: string } }>(draftKey)?.values.name).toBe('Grandma Rose');
    again.close();
  });

  it('encrypts what an older version left readable, plans and drafts, as soon as it opens', async () => {
    const db = await openPlanDatabase({ dbName });
    await db.plans().put(maya()); // readable, as versions before December 2026 stored it
    db.close();
    const draftKey = itemDraftKey('fixture-complete', 'people', 'add');
    local.setItem(draftKey, JSON.stringify({ values: { name: 'Grandma Rose' } }));

    const storage = await openDeviceStorage('personal', { dbName });
    expect(await rawRecords()).not.toContain('Maya');
    expect(await storage.store!.get('fixture-complete')).toEqual(maya());
    expect(local.getItem(draftKey)).toBeNull();
    expect(JSON.stringify([...Object.entries(local)])).not.toContain('Grandma Rose');
    expect(readItemDraft<{ values: { name: string } }>(draftKey)?.values.name).toBe('Grandma Rose');
    storage.close();
  });

  it('two tabs opening at once agree on one device key', async () => {
    const [a, b] = await Promise.all([
      openDeviceStorage('personal', { dbName }),
      openDeviceStorage('personal', { dbName }),
    ]);
    await a.store!.put(maya());
    expect(await b.store!.get('fixture-complete')).toEqual(maya());
    expect(await keyIds()).toEqual(['device-key']);
    a.close();
    b.close();
  });

  it('once the database is deleted, what was stored cannot be read with any new key', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.store!.put(maya());
    const stored = (JSON.parse(await rawRecords()) as { plans: { data: Envelope }[] }).plans[0].data;
    storage.close();
    await deleteDatabase(dbName); // as "Delete everything" does

    const fresh = await openDeviceStorage('personal', { dbName });
    expect(await fresh.count()).toBe(0);
    const db = await openPlanDatabase({ dbName });
    const newKey = await db.deviceKey(createDeviceKey); // the one the fresh storage made
    db.close();
    await expect(decryptText(newKey!, stored)).rejects.toBeInstanceOf(WrongPassphraseError);
    fresh.close();
  });
});

describe('passphrase protection on the device', () => {
  it('moves the plans and drafts from the device key to the passphrase, and reads them once unlocked', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.store!.put(maya());
    const draftKey = itemDraftKey('fixture-complete', 'people', 'add');
    writeItemDraft(draftKey, { id: 'p9', values: { name: 'Grandma Rose' } });

    await storage.protect(PASS, []);
    const raw = await rawRecords();
    expect(raw).not.toContain('Maya');
    expect(raw).not.toContain(PASS);
    expect(raw).toContain('"iterations":600000');
    expect(await keyIds()).toEqual(['passphrase']); // the device key is gone
    expect(JSON.stringify([...Object.entries(local)])).not.toContain('Grandma Rose');
    expect(local.getItem(SEALED_DRAFTS_KEY)).toMatch(/"iv"/);
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
    await storage.protect(PASS, []);
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
    await storage.protect(PASS, []);
    await storage.store!.put(maya());
    const first = await rawRecords();
    await storage.store!.put(maya());
    expect(await rawRecords()).not.toBe(first);
    storage.close();
  });

  it('locking drops the key and the drafts held in memory', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.protect(PASS, []);
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

  it('turning protection off encrypts the plans and drafts with a new device key and removes the key record', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.store!.put(maya());
    await storage.protect(PASS, []);
    const draftKey = itemDraftKey('fixture-complete', 'people', 'add');
    writeItemDraft(draftKey, { id: 'p9', values: { name: 'Grandma Rose' } });
    await storage.unprotect();
    expect(await rawRecords()).not.toContain('Maya');
    expect(await keyIds()).toEqual(['device-key']);
    expect(JSON.stringify([...Object.entries(local)])).not.toContain('Grandma Rose');
    storage.close();
    const again = await openDeviceStorage('personal', { dbName });
    expect(again.locked).toBe(false);
    expect(await again.store!.get('fixture-complete')).toEqual(maya());
    expect(readItemDraft<{ values: { name: string } }>(draftKey)?.values.name).toBe('Grandma Rose');
    again.close();
  });

  it('a forgotten passphrase is resolved only by deleting the plans, key record and drafts', async () => {
    const storage = await openDeviceStorage('personal', { dbName });
    await storage.store!.put(maya());
    await storage.protect(PASS, []);
    writeItemDraft(itemDraftKey('fixture-complete', 'people', 'add'), { values: { name: 'x' } });
    await storage.flush(); // the draft is written (encrypting it takes a moment) before this tab goes
    storage.close();
    const locked = await openDeviceStorage('personal', { dbName });
    await locked.forgetPlans();
    expect(locked.locked).toBe(false);
    expect(await locked.count()).toBe(0);
    expect(JSON.parse(await rawRecords()).plans).toEqual([]);
    expect(await keyIds()).toEqual(['device-key']); // a new one, for the plans to come
    expect(local.getItem(SEALED_DRAFTS_KEY)).toBeNull();
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
    await db.recode({ encode: async (p) => p, decode: async (s) => s as never }, sneaky, {});
    const raw = JSON.parse(await rawRecords()) as { plans: { id: string; data: unknown }[] };
    expect(raw.plans.map((r) => r.id).sort()).toEqual(['fixture-complete', 'other-tab']);
    expect(raw.plans.every((r) => typeof r.data === 'object' && r.data !== null && 'wrapped' in r.data)).toBe(true);
    db.close();
  });
});

describe('shared computers', () => {
  it("keep plans and drafts only in the tab's memory: nothing about them is written anywhere", async () => {
    const storage = await openDeviceStorage('shared', { dbName });
    expect(storage.where).toBe('tab');
    await storage.store!.put(maya());
    writeItemDraft(itemDraftKey('fixture-complete', 'people', 'add'), { values: { name: 'Leon' } });
    expect(readItemDraft<{ values: { name: string } }>(itemDraftKey('fixture-complete', 'people', 'add'))).toEqual({
      values: { name: 'Leon' },
    });
    expect(storage.holdsPlansInTab()).toBe(true);
    // Only a marker that the tab holds plans, with nothing about them.
    expect([...Array(session.length).keys()].map((i) => session.key(i))).toEqual([TAB_MARKER_KEY]);
    expect(session.getItem(TAB_MARKER_KEY)).toBe('1');
    expect(local.length).toBe(0);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(dbName);

    // A reload: the memory has gone, and the builder can say so.
    const reloaded = await openDeviceStorage('shared', { dbName });
    expect(reloaded.lostOnReload).toBe(true);
    expect(await reloaded.store!.list()).toEqual([]);
    expect(reloaded.holdsPlansInTab()).toBe(false);
    expect(session.length).toBe(0);
  });

  it('take the plans and drafts an older version left readable in the tab into memory, and remove them', async () => {
    session.setItem(`${LEGACY_TAB_PLAN_PREFIX}fixture-complete`, JSON.stringify(maya()));
    session.setItem(`${LEGACY_TAB_PLAN_PREFIX}damaged`, '{');
    const draftKey = itemDraftKey('fixture-complete', 'people', 'add');
    session.setItem(draftKey, JSON.stringify({ values: { name: 'Leon' } }));
    const storage = await openDeviceStorage('shared', { dbName });
    expect(storage.lostOnReload).toBe(false);
    expect((await storage.store!.list()).map((p) => p.id)).toEqual(['fixture-complete']);
    expect(readItemDraft<{ values: { name: string } }>(draftKey)?.values.name).toBe('Leon');
    expect([...Array(session.length).keys()].map((i) => session.key(i))).toEqual([TAB_MARKER_KEY]);
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
    const draftKey = itemDraftKey('fixture-complete', 'people', 'add');
    writeItemDraft(draftKey, { values: { name: 'Leon' } });
    const toPersonal = await switchDeviceMode(toShared.storage, 'personal', (m) => modes.push(m) > 0, { dbName });
    expect(modes).toEqual(['shared', 'personal']);
    if (!toPersonal.ok) throw new Error('expected the switch');
    expect(await toPersonal.storage.store!.get('fixture-complete')).toEqual(maya());
    expect(await toShared.storage.store!.list()).toEqual([]); // gone from the tab's memory
    expect(session.length).toBe(0);
    expect(readItemDraft<{ values: { name: string } }>(draftKey)?.values.name).toBe('Leon');
    expect(JSON.stringify([...Object.entries(local)])).not.toContain('Leon');
    expect(Object.keys(local).some((k) => k.startsWith(ITEM_DRAFT_PREFIX))).toBe(false);
    expect(await rawRecords()).not.toContain('Maya');
    toPersonal.storage.close();
  });

  it("becoming personal while another tab has just protected the device keeps the tab's plans until the unlock", async () => {
    // Another tab protects the plans on this device.
    const other = await openDeviceStorage('personal', { dbName });
    await other.protect(PASS, []);
    other.close();
    const shared = await openDeviceStorage('shared', { dbName });
    const leon = { ...maya(), id: 'tab-plan', title: 'Leon’s plan' };
    await shared.store!.put(leon);
    const draftKey = itemDraftKey('tab-plan', 'people', 'add');
    writeItemDraft(draftKey, { values: { name: 'Nana Merle' } });

    const moved = await switchDeviceMode(shared, 'personal', () => true, { dbName });
    if (!moved.ok) throw new Error('expected the switch');
    const personal = moved.storage;
    expect(personal.locked).toBe(true);
    // Waiting in this tab's memory: nothing readable on the disk, and leaving would lose it.
    expect(personal.holdsPlansInTab()).toBe(true);
    expect(await rawRecords()).not.toContain('Leon');
    expect(JSON.stringify([...Object.entries(local)])).not.toContain('Nana Merle');

    await personal.unlock(PASS);
    expect(await personal.store!.get('tab-plan')).toEqual(leon);
    expect(readItemDraft<{ values: { name: string } }>(draftKey)?.values.name).toBe('Nana Merle');
    expect(personal.holdsPlansInTab()).toBe(false);
    expect(await rawRecords()).not.toContain('Leon');
    personal.close();
    // Saved under the passphrase, for the next visit.
    const next = await openDeviceStorage('personal', { dbName });
    await next.unlock(PASS);
    expect(await next.store!.get('tab-plan')).toEqual(leon);
    next.close();
  });

  it("a forgotten passphrase's fresh start still keeps the plans that were waiting in the tab", async () => {
    const other = await openDeviceStorage('personal', { dbName });
    await other.store!.put(maya());
    await other.protect(PASS, []);
    other.close();
    const shared = await openDeviceStorage('shared', { dbName });
    const leon = { ...maya(), id: 'tab-plan', title: 'Leon’s plan' };
    await shared.store!.put(leon);
    const moved = await switchDeviceMode(shared, 'personal', () => true, { dbName });
    if (!moved.ok) throw new Error('expected the switch');
    await moved.storage.forgetPlans();
    expect((await moved.storage.store!.list()).map((p) => p.id)).toEqual(['tab-plan']);
    moved.storage.close();
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
