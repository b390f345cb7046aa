/**
 * The site as a whole: the sitemap lists the hub pages, and the server and pages send their security
 * headers. Every page of the sitemap is visited and checked by site-pages-N.test.ts (see sitePages.ts).
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
