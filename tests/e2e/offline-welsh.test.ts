/**
 * Welsh pages offline (issue 13): an English reader's device keeps no Welsh page and no Welsh search
 * file; a Welsh page keeps the Welsh app shell with Welsh search's own Pagefind files, and a Welsh
 * training page the Welsh trainer set, in a cache of its own, after
 * which Welsh trainers' pages load with no connection and an unkept Welsh page shows the Welsh offline page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translator } from '../../src/i18n/translator';
import { baseUrl, useBrowser } from './browser';

// Offline, a page never visited fails to load from the network (the worker then shows the offline
// page), and Chromium logs that failed load.
const browser = useBrowser({
  expectedProblems: [/ on [^ ]+\/cy\/about\/: Failed to load resource: net::ERR_FAILED$/],
});
const en = translator('en');
const cy = translator('cy');

/** Every cache of this site on the device, with the paths it holds. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('sit-'));
    return Promise.all(
      names.map(async (name) => ({
        name,
        paths: (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
      })),
    );
  });

describe('the site in Welsh, offline', () => {
  it('keeps nothing Welsh for an English reader', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/training/`);
    await expect.poll(() => page.locator('#trainer-set-status').textContent()).toBe(en.t('trainer.offline.done'));
    const all = await cached(page);
    expect(all.filter((c) => c.name.startsWith('sit-trainer-cy-'))).toEqual([]);
    expect(all.flatMap((c) => c.paths).filter((p) => p.startsWith('/cy/'))).toEqual([]);
    // Search's files for the English index only: not the Welsh metadata, nor the code Welsh search uses.
    const search = all.flatMap((c) => c.paths).filter((p) => p.startsWith('/pagefind/'));
    expect(search.filter((p) => /\.en-gb[._]/.test(p))).toHaveLength(2);
    expect(search.filter((p) => /\.cy_|wasm\.unknown/.test(p))).toEqual([]);
    await page.close();
  });

  it('keeps the Welsh shell and trainer set from a Welsh training page, and serves them with no connection', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/cy/training/`);
    await expect.poll(() => page.locator('#trainer-set-status').textContent()).toBe(cy.t('trainer.offline.done'));
    const shell = ['/cy/', '/cy/offline/', '/cy/search/', '/cy/planner/', '/cy/404.html'];
    await expect
      .poll(async () => {
        const paths = (await cached(page)).filter((c) => !c.name.startsWith('sit-trainer-')).flatMap((c) => c.paths);
        return shell.filter((p) => !paths.includes(p));
      })
      .toEqual([]);
    // Welsh search's own files come with the Welsh shell.
    const welshSearch = /^\/pagefind\/(pagefind\.cy_[^/]+\.pf_meta|wasm\.unknown\.pagefind)$/;
    await expect
      .poll(async () => (await cached(page)).flatMap((c) => c.paths).filter((p) => welshSearch.test(p)).length)
      .toBe(2);
    const welshSet = (await cached(page)).find((c) => c.name.startsWith('sit-trainer-cy-'));
    expect(welshSet?.paths).toContain('/cy/training/sheets/eco-map/');
    expect(welshSet?.paths.filter((p) => p.endsWith('/') && !p.startsWith('/cy/'))).toEqual([]);
    await browser.context.setOffline(true);
    try {
      // A Welsh trainers' page never opened comes from the Welsh trainer set.
      await page.goto(`${baseUrl()}/cy/training/sheets/eco-map/`, { waitUntil: 'domcontentloaded' });
      expect(await page.getAttribute('html', 'lang')).toBe('cy');
      expect(await page.locator('h1').textContent()).toContain(cy.t('trainer.sheet.ecoMap.title'));
      // A Welsh page not kept shows the offline page in Welsh.
      await page.goto(`${baseUrl()}/cy/about/`, { waitUntil: 'domcontentloaded' });
      expect(await page.getAttribute('html', 'lang')).toBe('cy');
      expect(await page.locator('h1').textContent()).toBe(cy.t('hub.offlinePage.heading'));
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  });
});
