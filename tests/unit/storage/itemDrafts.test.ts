/**
 * Half-filled items are cleared with their plan, and all of them by "Delete all plans"; the letter
 * being written on "Write a letter" is kept in the same store but is not a plan's, so it stays.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearItemDrafts,
  itemDraftKey,
  LETTER_DRAFTS,
  memoryDraftStore,
  readItemDraft,
  setItemDraftStore,
  writeItemDraft,
} from '../../../src/planner/storage/itemDrafts';

afterEach(() => setItemDraftStore(undefined));

describe('clearing half-filled items', () => {
  const person = (plan: string) => itemDraftKey(plan, 'people', 'add');
  const letter = itemDraftKey(LETTER_DRAFTS, 'write', 'letter');

  function drafts() {
    setItemDraftStore(memoryDraftStore());
    writeItemDraft(person('plan-1'), { name: 'Nana Merle' });
    writeItemDraft(person('plan-2'), { name: 'Leon' });
    writeItemDraft(letter, { body: 'Dear Sarah' });
  }

  it('with one plan, removes only that plan’s', () => {
    drafts();
    clearItemDrafts('plan-1');
    expect(readItemDraft(person('plan-1'))).toBeUndefined();
    expect(readItemDraft(person('plan-2'))).toEqual({ name: 'Leon' });
    expect(readItemDraft(letter)).toEqual({ body: 'Dear Sarah' });
  });

  it('for every plan, removes every plan’s and keeps the letter being written', () => {
    drafts();
    clearItemDrafts();
    expect(readItemDraft(person('plan-1'))).toBeUndefined();
    expect(readItemDraft(person('plan-2'))).toBeUndefined();
    expect(readItemDraft(letter)).toEqual({ body: 'Dear Sarah' });
  });
});
