/**
 * Listings in pages of PAGE_SIZE (issue 18): a listing's first page keeps its address
 * (`/resources/`), the rest follow it (`/resources/page/2/`), so a listing's bytes do not grow with
 * the hub. Pure: the routes ask it for their pages, the layout for the slice and the links.
 */

/** Resources on one page of a listing. */
export const PAGE_SIZE = 50;

/** How many pages `total` items take (an empty listing still has its first page). */
export const pageCount = (total: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** The route parameter of page `n` under a `[...page]` route: none for the first page. */
export const pageParam = (n: number) => (n === 1 ? undefined : `page/${n}`);

/** Page `n`'s address, from the first page's (which ends in "/"). */
export const pageHref = (first: string, n: number) => (n === 1 ? first : `${first}page/${n}/`);

/** Page numbers 1 to `pages`, for getStaticPaths. */
export const pageNumbers = (total: number, size = PAGE_SIZE) =>
  Array.from({ length: pageCount(total, size) }, (_, i) => i + 1);

/** The items page `n` shows, and the numbers of the first and last of them (counting from 1). */
export function pageOf<T>(items: T[], n: number, size = PAGE_SIZE) {
  const start = (n - 1) * size;
  const shown = items.slice(start, start + size);
  return { shown, from: shown.length ? start + 1 : 0, to: start + shown.length };
}

/**
 * The page links a pagination nav shows around page `current` of `pages`: the first and last, the
 * current one and its neighbours, and `'gap'` for each run left out (GOV.UK's pattern:
 * 1 … 4 5 6 … 20), so the nav stays short whatever the number of pages.
 */
export function pageLinks(current: number, pages: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  // A run of one page is shown rather than left out: "…" would take as much room.
  return shown.flatMap((n, i) => {
    const missing = i > 0 ? n - shown[i - 1] - 1 : 0;
    return missing === 0 ? [n] : missing === 1 ? [n - 1, n] : (['gap', n] as const);
  });
}
