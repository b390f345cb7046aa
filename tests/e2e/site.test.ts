/**
 * Crawls every URL in the sitemap in Chromium and checks each page: status, one h1, title, language,
 * axe (WCAG 2.2 A/AA), internal links and anchors, and that no request leaves the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, baseUrl, launch, outsideRequests, waitForIslands, type Browser } from './browser';

/** Paths listed in dist/sitemap-*.xml (site origin stripped, so any deploy origin works). */
function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return files.flatMap((f) =>
    [...readFileSync(join('dist', f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
}

const paths = sitemapPaths();
let browser: Browser;
/** Internal link targets seen on every page: href -> the page it was found on. */
const links = new Map<string, string>();
/** Element ids per crawled path, for anchor checks. */
const ids = new Map<string, Set<string>>();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page in the sitemap', () => {
  it('lists the hub pages', () => {
    expect(paths.length).toBeGreaterThan(40);
    for (const p of ['/', '/about/', '/accessibility/', '/privacy/', '/search/', '/glossary/', '/resources/']) {
      expect(paths).toContain(p);
    }
  });

  it.each(paths)('%s is well formed, accessible and self-contained', async (path) => {
    const page = await browser.newPage();
    const before = browser.requests.length;
    const problemsBefore = browser.problems.length;
    const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // Pages with an island (the plan builder) render their view after hydrating: check the settled page.
    await waitForIslands(page);
    await page.locator('h1').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.title()).length).toBeGreaterThan(3);
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await axeViolations(page)).toEqual([]);
    const found = await page.evaluate(() => ({
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    }));
    ids.set(path, new Set(found.ids));
    for (const href of found.hrefs) if (href.startsWith(baseUrl())) links.set(href, path);
    expect(outsideRequests(browser.requests.slice(before))).toEqual([]);
    // Console errors include every Content-Security-Policy violation ("Refused to …").
    expect(browser.problems.slice(problemsBefore)).toEqual([]);
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

describe('links', () => {
  it('every internal link resolves and every anchor exists', async () => {
    const broken: string[] = [];
    for (const [href, from] of links) {
      const url = new URL(href);
      const known = ids.get(url.pathname);
      if (!known) {
        const res = await fetch(href, { method: 'HEAD' });
        if (res.status !== 200) broken.push(`${url.pathname} (linked from ${from}) returned ${res.status}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !known.has(anchor))
        broken.push(`${url.pathname}#${anchor} (linked from ${from}) has no such anchor`);
    }
    expect(broken).toEqual([]);
  });
});
