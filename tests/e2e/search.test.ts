/**
 * Search: the header form works, a known query finds a known page, filters narrow, arrow keys move,
 * results after the first few are drawn on demand, and the first query stays within its byte budget.
 */
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { baseUrl, useBrowser, outsideRequests, type Browser } from './browser';

const browser = useBrowser();

const statusText = (page: Awaited<ReturnType<Browser['newPage']>>) =>
  page
    .locator('#search-status')
    .textContent()
    .then((t) => t ?? '');
const resultCount = async (page: Awaited<ReturnType<Browser['newPage']>>) => {
  await page.waitForFunction(() =>
    /\d+ results?|No results/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  const m = /(\d+) results?/.exec(await statusText(page));
  return m ? Number(m[1]) : 0;
};

it('the header search box submits to the search page, which finds a known page', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/`);
  await page.fill('#site-search-q', 'letterbox');
  await page.press('#site-search-q', 'Enter');
  await page.waitForURL(/\/search\/\?q=letterbox/);
  expect(await resultCount(page)).toBeGreaterThan(0);
  const hrefs = await page.locator('#search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/research/postal-exchange-evidence/');
  expect(outsideRequests(browser.requests)).toEqual([]);
});

it('a filter narrows the results and is kept in the URL', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/search/?q=adoption`);
  const all = await resultCount(page);
  await page.check('input[name="type"][value="Practice guide"]');
  await page.waitForFunction(() =>
    /filters you chose/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  const guides = await resultCount(page);
  expect(guides).toBeGreaterThan(0);
  expect(guides).toBeLessThan(all);
  const hrefs = await page.locator('#search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h?.startsWith('/guides/'))).toBe(true);
  expect(page.url()).toContain('type=Practice+guide');
  // The count is in a polite live region, so screen readers hear it.
  expect(await page.getAttribute('#search-status', 'role')).toBe('status');
});

it('arrow keys move through the results', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/search/?q=adoption`);
  expect(await resultCount(page)).toBeGreaterThan(1);
  await page.focus('#search-q');
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  const hrefs = await page.locator('#search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([first, second]).toEqual(hrefs.slice(0, 2));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
});

it('an unmatched query says so plainly', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/search/?q=zqxjvw`);
  expect(await resultCount(page)).toBe(0);
  expect(await statusText(page)).toContain('No results for “zqxjvw”');
});

it('draws the first results at once and the rest on demand, with the count of them all', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/search/?q=adoption`);
  const count = await resultCount(page);
  expect(count).toBeGreaterThan(15);
  // Arrow keys go on past the results drawn first, drawing the next ones.
  await page.focus('#search-q');
  const focused = () =>
    page.evaluate(() => [...document.querySelectorAll('#search-results h3 a')].indexOf(document.activeElement!));
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(focused).toBe(5);
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).toBe(6);
  // "Show more results" (and scrolling to it, which may win the race) draws the rest; then it goes away.
  await expect
    .poll(async () => {
      await page.evaluate(() => document.getElementById('search-more')?.click());
      return page.locator('#search-results h3 a').count();
    })
    .toBe(count);
  expect(await page.locator('#search-more').isVisible()).toBe(false);
  const hrefs = await page.locator('#search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(count);
  expect(new Set(hrefs).size).toBe(count);
  expect(await statusText(page)).toBe(`${count} results for “adoption”.`);
});

it('the first query fetches at most 150 KB from /pagefind/: Pagefind, its index and the first results', async () => {
  const page = await browser.context.newPage();
  const sizes: Promise<number>[] = [];
  // As a server sends them: gzip unless the file is compressed already (the index and fragments are).
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/'))
      sizes.push(r.body().then((b) => Math.min(b.length, gzipSync(b, { level: 6 }).length)));
  });
  await page.goto(`${baseUrl()}/search/`);
  await page.fill('#search-q', 'letterbox');
  expect(await resultCount(page)).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  console.log(`First query: ${(total / 1024).toFixed(1)} KB from /pagefind/ in ${sizes.length} files`);
  expect(total).toBeLessThanOrEqual(150 * 1024);
  await page.close();
});
