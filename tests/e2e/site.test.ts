/**
 * The site as a whole: the sitemap lists the hub pages, listings are in pages, and the server and
 * pages send their security headers. Every page of the sitemap is visited and checked by site-pages-N.test.ts (see sitePages.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl, useBrowser } from './browser';
import { sitemapPaths } from './siteLinks';

const paths = sitemapPaths((file) => readFileSync(join('dist', file), 'utf8'));
const browser = useBrowser();

describe('every page in the sitemap', () => {
  it('lists the hub pages', () => {
    expect(paths.length).toBeGreaterThan(40);
    for (const p of ['/', '/about/', '/accessibility/', '/privacy/', '/search/', '/glossary/', '/resources/']) {
      expect(paths).toContain(p);
    }
  });
});

describe('a listing of more than 50 resources', () => {
  it('is in pages, linked by a pagination nav and rel=prev/next, each page in the sitemap', async () => {
    for (const p of ['/resources/page/2/', '/cy/resources/page/2/']) expect(paths).toContain(p);
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/resources/`);
    const nav = page.getByRole('navigation', { name: 'Pages of this list' });
    await expect.poll(() => nav.getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('link[rel="next"]').getAttribute('href')).toBe('/resources/page/2/');
    await nav.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/\/resources\/page\/2\/$/);
    expect(await page.title()).toMatch(/^All resources \(page 2 of \d+\)/);
    expect(await page.locator('#listing-count').textContent()).toMatch(/^51 to \d+ of \d+ resources/);
    expect(await page.locator('link[rel="prev"]').getAttribute('href')).toBe('/resources/');
    expect(await nav.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    // The first page's resources are not repeated on the second.
    const titles = () =>
      page.locator('.resource-list__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const second = await titles();
    await nav.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL(/\/resources\/$/);
    const first = await titles();
    expect(first).toHaveLength(50);
    expect(second.filter((href) => first.includes(href))).toEqual([]);
    await page.close();
  });
});

describe('headers', () => {
  it('sends the headers a CSP <meta> cannot set', async () => {
    const res = await fetch(`${baseUrl()}/`);
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
  });
  it('every page carries a Content-Security-Policy that allows only this site', async () => {
    const page = await browser.newPage();
    for (const path of [
      '/',
      '/search/',
      paths.find((p) => p.startsWith('/guides/') && p !== '/guides/') ?? '/guides/',
    ]) {
      await page.goto(baseUrl() + path);
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp?.includes("'wasm-unsafe-eval'")).toBe(path === '/search/');
    }
    await page.close();
  });
});
