/**
 * The sitemap sweep, split into shards so two workers share it: each `site-pages-N.test.ts` calls
 * `sweepSitePages(import.meta.url)` and visits every page of its share in Chromium. Each page is
 * checked: status, one h1, title, language, axe (WCAG 2.2 A/AA), no request leaving the site, no
 * console error or CSP violation, and every internal link and anchor, against the files in dist/. The
 * sitemap lists every page in English and in Welsh (/cy/): a Welsh page has `<html lang="cy">` and its
 * internal links stay on the Welsh site (welshPageLeaks).
 * Another shard is one more file with the next number (the count is taken from the files present).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, outsideRequests, useBrowser, waitForIslands } from './browser';
import {
  brokenLinks,
  htmlIds,
  shardCount,
  shardNumber,
  shareOf,
  sitemapPaths,
  welshPageLeaks,
  type BuiltSite,
} from './siteLinks';

const DIST = 'dist';

/** Every file in the built site, by its path under dist/ ("planner/index.html"). */
export function builtFiles(dist = DIST): Set<string> {
  return new Set(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name)
          .slice(dist.length + 1)
          .replaceAll('\\', '/'),
      ),
  );
}

/** The built site as the link checks see it: its files, and the ids of each HTML file read once. */
function builtSite(): BuiltSite {
  const files = builtFiles();
  const ids = new Map<string, ReadonlySet<string>>();
  return {
    origin: new URL(baseUrl()).origin,
    files,
    idsIn: (file) => {
      if (!ids.has(file)) ids.set(file, htmlIds(readFileSync(join(DIST, file), 'utf8')));
      return ids.get(file)!;
    },
  };
}

export function sweepSitePages(testFileUrl: string) {
  const file = fileURLToPath(testFileUrl);
  const shard = shardNumber(basename(file));
  if (shard === undefined) throw new Error(`${basename(file)} is not named site-pages-N.test.ts`);
  const shards = shardCount(readdirSync(dirname(file)));
  const paths = shareOf(
    sitemapPaths((f) => readFileSync(join(DIST, f), 'utf8')),
    shard,
    shards,
  );
  const browser = useBrowser();
  let site: BuiltSite | undefined;

  describe(`pages in the sitemap, share ${shard} of ${shards}`, () => {
    it.each(paths)('%s is well formed, accessible and self-contained, and its links resolve', async (path) => {
      site ??= builtSite();
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
      const welsh = path.startsWith('/cy/');
      expect(await page.getAttribute('html', 'lang')).toBe(welsh ? 'cy' : 'en-GB');
      expect(await axeViolations(page)).toEqual([]);
      const found = await page.evaluate(() => ({
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        // Links that say they lead to the other language: the switch and "read it in English".
        otherLanguage: [...document.querySelectorAll('a[href][hreflang]')].map((a) => (a as HTMLAnchorElement).href),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      }));
      expect(brokenLinks({ path, hrefs: found.hrefs, ids: new Set(found.ids) }, site)).toEqual([]);
      if (welsh) {
        const sameLanguage = found.hrefs.filter((href) => !found.otherLanguage.includes(href));
        const leaks = welshPageLeaks(sameLanguage, site.origin).map((href) => new URL(href).pathname);
        expect(leaks).toEqual([]);
      }
      expect(outsideRequests(browser.requests.slice(before))).toEqual([]);
      // Console errors include every Content-Security-Policy violation ("Refused to …").
      expect(browser.problems.slice(problemsBefore)).toEqual([]);
      await page.close();
    });
  });
}
