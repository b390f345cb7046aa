/** Listings in pages of 50 (issue 18): the slice each page shows, its address, and the nav's links. */
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageCount, pageHref, pageLinks, pageNumbers, pageOf, pageParam } from '../../../src/hub/pagination';

const items = Array.from({ length: 123 }, (_, i) => i + 1);

describe('a listing in pages', () => {
  it('takes as many pages as 50 a page needs, and an empty listing keeps its first page', () => {
    expect(PAGE_SIZE).toBe(50);
    expect([0, 1, 50, 51, 100, 123].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(pageNumbers(123)).toEqual([1, 2, 3]);
  });

  it('shows each item on exactly one page, in order, with the numbers of the first and last', () => {
    const pages = pageNumbers(items.length).map((n) => pageOf(items, n));
    expect(pages.map(({ from, to }) => [from, to])).toEqual([
      [1, 50],
      [51, 100],
      [101, 123],
    ]);
    expect(pages.flatMap((p) => p.shown)).toEqual(items);
    expect(pageOf([], 1)).toEqual({ shown: [], from: 0, to: 0 });
  });

  it('keeps the first page at the listing’s address and puts the rest under page/<n>/', () => {
    expect([1, 2, 12].map((n) => pageHref('/cy/sections/planning/', n))).toEqual([
      '/cy/sections/planning/',
      '/cy/sections/planning/page/2/',
      '/cy/sections/planning/page/12/',
    ]);
    expect([1, 2].map(pageParam)).toEqual([undefined, 'page/2']);
  });
});

describe('the pagination nav', () => {
  it('shows every page of a short listing', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the first, the last and this page’s neighbours, with a gap for each run left out', () => {
    expect(pageLinks(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pageLinks(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(pageLinks(20, 20)).toEqual([1, 'gap', 19, 20]);
    // One page left out is shown instead of a gap.
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
  });

  it('stays at most seven links long however many pages there are', () => {
    for (const pages of [1, 7, 20, 1000])
      for (let current = 1; current <= pages; current += 7)
        expect(pageLinks(current, pages).length).toBeLessThanOrEqual(7);
  });
});
