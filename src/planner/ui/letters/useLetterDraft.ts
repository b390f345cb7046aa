/**
 * The letter on the "Write a letter" page, kept where the builder keeps half-filled items
 * (storage/itemDrafts.ts, chosen by the privacy shell): encrypted on this device, or only in this tab
 * on a shared computer, forgotten on lock and deleted by "Delete everything". Read once when the page
 * opens (and again after unlocking, when the shell shows it anew); written on every change.
 */
import { useCallback, useRef, useState } from 'react';
import { emptyLetterDraft, readLetterDraft, type LetterDraft } from '../../letters/letterDraft';
import { itemDraftKey, LETTER_DRAFTS, readItemDraft, removeItemDraft, writeItemDraft } from '../../storage/itemDrafts';

/** One letter at a time, under the drafts' prefix, so the same protections and deletions cover it. */
const LETTER_DRAFT_KEY = itemDraftKey(LETTER_DRAFTS, 'write', 'letter');

export function useLetterDraft() {
  const [draft, setDraft] = useState(() => readLetterDraft(readItemDraft<unknown>(LETTER_DRAFT_KEY)));
  const current = useRef(draft);
  const update = useCallback((change: Partial<LetterDraft>) => {
    const next = { ...current.current, ...change };
    current.current = next;
    writeItemDraft(LETTER_DRAFT_KEY, next);
    setDraft(next);
  }, []);
  const discard = useCallback(() => {
    removeItemDraft(LETTER_DRAFT_KEY);
    current.current = emptyLetterDraft();
    setDraft(current.current);
  }, []);
  return { draft, update, discard };
}
