import { describe, expect, it } from 'vitest';
import { neighbourAfterRemoval, repeatedNamePositions } from '../../../src/planner/state/itemActions';

describe('names of buttons and links that act on one item', () => {
  it('leaves names that are already unique alone', () => {
    expect(repeatedNamePositions(['Nana Jean', 'Leon', 'Sarah'])).toEqual([undefined, undefined, undefined]);
    expect(repeatedNamePositions([])).toEqual([]);
  });

  it('gives each item whose name is repeated its place in the list', () => {
    expect(repeatedNamePositions(['Untitled plan', 'Maya', 'Untitled plan'])).toEqual([
      { number: 1, count: 3 },
      undefined,
      { number: 3, count: 3 },
    ]);
  });

  it('counts names that differ only in case or spaces as the same, as a listener hears them', () => {
    expect(repeatedNamePositions(['Dafydd', ' dafydd '], 'cy')).toEqual([
      { number: 1, count: 2 },
      { number: 2, count: 2 },
    ]);
    expect(repeatedNamePositions(['İpek', 'ipek'], 'tr')).toEqual([
      { number: 1, count: 2 },
      { number: 2, count: 2 },
    ]);
  });
});

describe('where focus goes after a removal', () => {
  it('goes to the next item, else the one before, else nowhere in the list', () => {
    expect(neighbourAfterRemoval(['a', 'b', 'c'], 'a')).toBe('b');
    expect(neighbourAfterRemoval(['a', 'b', 'c'], 'b')).toBe('c');
    expect(neighbourAfterRemoval(['a', 'b', 'c'], 'c')).toBe('b');
    expect(neighbourAfterRemoval(['a'], 'a')).toBeUndefined();
    expect(neighbourAfterRemoval(['a', 'b'], 'x')).toBeUndefined();
  });
});
