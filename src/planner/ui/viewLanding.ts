/**
 * Where focus lands and what is announced when a view opens or a list changes. A view's h1 takes
 * focus by default (PageHeading); a navigation can name elements to focus instead: back at the
 * answer's Change link on "Check your answers", or the item that took a removed item's place.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { CheckRow } from '../state/hashRoute';
import { neighbourAfterRemoval } from '../state/itemActions';

/** What a navigation asks of the view it opens. */
export interface Landing {
  /** Ids of elements to focus instead of the h1: the first one on the page. */
  focus?: string[];
  /** Said in the builder's notification region, e.g. "Removed: Nana Jean." */
  notice?: string;
}

/** The ids the current view's h1 gives way to, set by the builder for each navigation. */
export const LandingFocus = createContext<readonly string[]>([]);

/** Puts a message in the builder's notification region (a polite live region). */
export const AnnounceContext = createContext<(message: string) => void>(() => undefined);
export const useAnnounce = () => useContext(AnnounceContext);

/** Ids of a summary card's heading and its Change and Remove links, for an item's id. */
export const cardHeadingId = (itemId: string) => `card-${itemId}`;
export const changeLinkId = (itemId: string) => `change-${itemId}`;
export const removeLinkId = (itemId: string) => `remove-${itemId}`;
/** An arrangement's "Log an exchange" on the exchange log. */
export const addExchangeId = (arrangementId: string) => `add-exchange-${arrangementId}`;
/** The Change link of a whole section on "Check your answers". */
export const sectionChangeId = (section: string) => `change-section-${section}`;

/** The "Reword this answer" link of a finding on the copies, by the finding card's id. */
export const rewordId = (findingId: string) => `reword-${findingId}`;

/** The Change link of one answer (a row) on "Check your answers", by the row's key. */
export const rowChangeId = (answer: string) => `change-answer-${answer}`;

/** On "Check your answers": the changed row's Change link, else its item's, else its section's. */
export const checkRowFocus = (row: CheckRow): string[] => [
  ...(row.answer ? [rowChangeId(row.answer)] : []),
  ...(row.item ? [changeLinkId(row.item)] : []),
  sectionChangeId(row.section),
];

/** Focuses the first of `ids` on the page and scrolls it to the middle; false when none is there. */
export function focusFirst(ids: readonly (string | undefined)[]): boolean {
  for (const id of ids) {
    const element = id ? document.getElementById(id) : null;
    if (!element) continue;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}

/**
 * Focus to move once React has drawn the change that asked for it (an item removed from a form's
 * list): call the returned function with the ids to try, in order.
 */
export function useFocusAfterChange(): (ids: (string | undefined)[]) => void {
  const [ids, setIds] = useState<(string | undefined)[]>();
  useEffect(() => {
    if (!ids) return;
    focusFirst(ids);
    setIds(undefined);
  }, [ids]);
  return setIds;
}

/**
 * Removing one entry of a list inside a form (a stage, a situation, a task): says so in the
 * notification region, then focuses the Remove button of the entry that took its place (the next,
 * else the one before), else the list's Add button. Each entry's Remove button has the id
 * `removeLinkId(key)`.
 */
export function useFormListRemoval(addButtonId: string) {
  const announce = useAnnounce();
  const focusAfter = useFocusAfterChange();
  return (keys: string[], key: string, remove: () => void, announcement: string) => {
    const next = neighbourAfterRemoval(keys, key);
    remove();
    announce(announcement);
    focusAfter([next && removeLinkId(next), addButtonId]);
  };
}
