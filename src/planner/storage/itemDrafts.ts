/**
 * Half-filled "add a person" (or arrangement, ...) forms, kept so a reload or a closed tab does not
 * lose them. Items join the plan only when saved whole; until then their draft lives here, keyed by
 * plan, section and item. Cleared when the item is saved or cancelled, with its plan, and by
 * "Delete all plans from this device". The letter being written on "Write a letter" is kept here
 * too, under `LETTER_DRAFTS` in place of a plan, so the same protections cover it; it is not a plan's
 * and "Delete all plans" leaves it ("Delete everything" does not).
 *
 * Where drafts live follows where plans live: on a personal device, in memory and saved encrypted
 * with the plans' key (encryptedItemDrafts.ts); on a shared computer, in this tab's memory only.
 * The builder chooses with `setItemDraftStore`; until it has, and while the plans are locked, drafts
 * are kept nowhere.
 */
export const ITEM_DRAFT_PREFIX = 'staying-in-touch:item-draft:';

/** The part of the Web Storage interface drafts need; memory and encrypted stores provide it too. */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
}

/**
 * A draft store over localStorage or sessionStorage; undefined when the browser blocks it. Only for
 * taking over drafts an older version of the builder left there readable (see deviceStorage.ts).
 */
export function webDraftStore(which: 'local' | 'session'): DraftStore | undefined {
  try {
    const s = which === 'local' ? localStorage : sessionStorage;
    if (!s) return undefined;
    return {
      getItem: (k) => s.getItem(k),
      setItem: (k, v) => s.setItem(k, v),
      removeItem: (k) => s.removeItem(k),
      keys: () => Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null),
    };
  } catch {
    return undefined; // access itself throws when storage is blocked
  }
}

/** Drafts in this tab's memory: nothing is written anywhere. */
export function memoryDraftStore(): DraftStore & { clear(): void } {
  const drafts = new Map<string, string>();
  return {
    getItem: (k) => drafts.get(k) ?? null,
    setItem: (k, v) => void drafts.set(k, v),
    removeItem: (k) => void drafts.delete(k),
    keys: () => [...drafts.keys()],
    clear: () => drafts.clear(),
  };
}

let current: DraftStore | undefined;

/** Chooses where drafts are kept from now on (undefined: nowhere). */
export function setItemDraftStore(store: DraftStore | undefined): void {
  current = store;
}

const store = () => current;

export const itemDraftKey = (planId: string, section: string, item: string) =>
  `${ITEM_DRAFT_PREFIX}${planId}/${section}/${item}`;

export function readItemDraft<T>(key: string): T | undefined {
  try {
    const text = store()?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeItemDraft(key: string, value: unknown): void {
  try {
    store()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked storage: the draft is only a convenience.
  }
}

export function removeItemDraft(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // ignore
  }
}

/** Where the letter being written is kept, in place of a plan's id (ids are random, never this word). */
export const LETTER_DRAFTS = 'letters';

/** Removes the drafts of one plan, or of every plan (not the letter being written). */
export function clearItemDrafts(planId?: string): void {
  const s = store();
  if (!s) return;
  const prefix = planId ? `${ITEM_DRAFT_PREFIX}${planId}/` : ITEM_DRAFT_PREFIX;
  const letter = `${ITEM_DRAFT_PREFIX}${LETTER_DRAFTS}/`;
  try {
    for (const key of s.keys()) if (key.startsWith(prefix) && !key.startsWith(letter)) s.removeItem(key);
  } catch {
    // ignore
  }
}
