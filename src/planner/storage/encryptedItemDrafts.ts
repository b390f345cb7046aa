/**
 * Item drafts on a personal device: held in memory for the forms, and written to localStorage only
 * as one encrypted blob (AES-GCM with the plans' key: the device key, or the passphrase's while one
 * protects the plans), so half-typed details are unreadable on disk like the plans. Loaded when the
 * storage opens or unlocks; forgotten from memory on lock.
 */
import { ITEM_DRAFT_PREFIX, type DraftStore } from './itemDrafts';
import { decryptText, encryptText } from './passphraseCrypto';
import { isEnvelope } from './encryptingCodec';

/** Named when only passphrase-protected drafts were encrypted; kept so those survive the update. */
export const SEALED_DRAFTS_KEY = 'staying-in-touch:item-drafts-protected';

export interface EncryptedDraftStore extends DraftStore {
  /** Resolves when every change so far is written. */
  flush(): Promise<void>;
  /** Empties memory (on lock) after writing what is pending. */
  forget(): Promise<void>;
  /**
   * Empties memory and writes nothing more, leaving the stored blob to whichever store is sealing it
   * under a new key now (protection turned on or off).
   */
  discard(): void;
}

/** Opens the protected drafts with the key; unreadable ones are dropped (they are only a convenience). */
export async function openEncryptedDraftStore(
  key: CryptoKey,
  storage: Storage = localStorage,
): Promise<EncryptedDraftStore> {
  const drafts = new Map<string, string>();
  try {
    const stored: unknown = JSON.parse(storage.getItem(SEALED_DRAFTS_KEY) ?? 'null');
    if (isEnvelope(stored)) {
      const entries: unknown = JSON.parse(await decryptText(key, stored));
      if (Array.isArray(entries)) {
        for (const e of entries)
          if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string') drafts.set(e[0], e[1]);
      }
    }
  } catch {
    // A damaged blob: start without drafts.
  }

  let writing = Promise.resolve();
  let dirty = false;
  let discarded = false;
  const persist = () => {
    if (dirty || discarded) return;
    dirty = true;
    writing = writing.then(async () => {
      dirty = false;
      if (discarded) return;
      try {
        if (drafts.size === 0) storage.removeItem(SEALED_DRAFTS_KEY);
        else storage.setItem(SEALED_DRAFTS_KEY, JSON.stringify(await encryptText(key, JSON.stringify([...drafts]))));
      } catch {
        // Full storage: the drafts stay in memory for this visit.
      }
    });
  };

  return {
    getItem: (k) => drafts.get(k) ?? null,
    setItem(k, v) {
      drafts.set(k, v);
      persist();
    },
    removeItem(k) {
      if (drafts.delete(k)) persist();
    },
    keys: () => [...drafts.keys()],
    flush: () => writing,
    async forget() {
      await writing;
      drafts.clear();
    },
    discard() {
      discarded = true;
      drafts.clear();
    },
  };
}

/** Copies drafts from a store that is being discarded into the one replacing it. */
export function copyItemDrafts(from: DraftStore, to: DraftStore): void {
  for (const key of from.keys()) {
    const value = from.getItem(key);
    if (key.startsWith(ITEM_DRAFT_PREFIX) && value !== null) to.setItem(key, value);
  }
}

/** Moves drafts from one store into another (turning protection on or off), removing the originals. */
export function moveItemDrafts(from: DraftStore, to: DraftStore): void {
  for (const key of from.keys()) {
    if (!key.startsWith(ITEM_DRAFT_PREFIX)) continue;
    const value = from.getItem(key);
    if (value !== null) to.setItem(key, value);
    from.removeItem(key);
  }
}
