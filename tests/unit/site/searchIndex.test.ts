/** The search page searches only its own language's index, matched as Pagefind matches languages. */
import { describe, expect, it } from 'vitest';
import { hasIndexFor } from '../../../src/hub/search/searchPage';

describe('the search index for a page language', () => {
  const both = { 'en-gb': {}, cy: {} };

  it('finds the index of the whole tag or of its language', () => {
    expect(hasIndexFor(both, 'en-GB')).toBe(true);
    expect(hasIndexFor(both, 'cy')).toBe(true);
    expect(hasIndexFor({ en: {} }, 'en-GB')).toBe(true);
  });

  it('finds none for a language with no page indexed, rather than another language', () => {
    expect(hasIndexFor({ 'en-gb': {} }, 'cy')).toBe(false);
    expect(hasIndexFor({}, 'en-GB')).toBe(false);
  });
});
