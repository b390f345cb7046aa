/**
 * Half-filled "add a person" (or arrangement, ...) forms, kept so a reload or a closed tab does not
 * lose them. Items join the plan only when saved whole; until then their draft lives here, in
 * localStorage, keyed by plan, section and item. Cleared when the item is saved or cancelled, and by
 * "Delete all plans from this device".
 */
const PREFIX = 'staying-in-touch:item-draft:';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // access can throw when storage is blocked
  }
}

export const itemDraftKey = (planId: string, section: string, item: string) => `${PREFIX}${planId}/${section}/${item}`;

export function readItemDraft<T>(key: string): T | undefined {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeItemDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked storage: the draft is only a convenience.
  }
}

export function removeItemDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // ignore
  }
}

/** Removes the drafts of one plan, or of every plan. */
export function clearItemDrafts(planId?: string): void {
  const s = storage();
  if (!s) return;
  const prefix = planId ? `${PREFIX}${planId}/` : PREFIX;
  for (let i = s.length - 1; i >= 0; i--) {
    const key = s.key(i);
    if (key?.startsWith(prefix)) s.removeItem(key);
  }
}
