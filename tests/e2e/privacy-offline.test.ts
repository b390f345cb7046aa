/**
 * Offline: after one visit to the builder, the builder and the hub pages visited since work with no
 * network, and PDF export and reading a PDF back too, once each has been done with a network. A new version of the site waits for the builder to
 * save before it reloads, so updating never loses what was typed (on a shared computer, whose plans a
 * reload would lose, it is held back); a page left open across an update
 * keeps working on its own build's files.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser, useBrowsers } from './browser';
import { freshBuilder, heading, openBuilder, storedPlans, waitForSave } from './plannerHelpers';
import { startStaticServer } from '../../scripts/staticServer.mjs';

/**
 * Publishes the next build of the site in `root`, as a real release would: every script gets a new hashed
 * name (the old names are gone from the server), every page and script refers to the new names, and
 * sw.js is rebuilt with the new file list and version.
 */
function publishNextBuild(root: string) {
  const astro = join(root, '_astro');
  const renamed = new Map(
    readdirSync(astro)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, f.replace(/\.js$/, '.next.js')]),
  );
  const names = new RegExp(
    `(?<=[/"'\`])(${[...renamed.keys()].map((f) => f.replace(/[.$-]/g, '\\$&')).join('|')})`,
    'g',
  );
  const textFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? textFiles(join(dir, e.name)) : /\.(html|js)$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  for (const file of textFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const next = text.replace(names, (name) => renamed.get(name)!);
    if (next !== text) writeFileSync(file, next);
  }
  for (const [from, to] of renamed) renameSync(join(astro, from), join(astro, to));
  execFileSync(process.execPath, ['scripts/build-sw.mjs', root], { stdio: 'ignore' });
}

// Offline, every request the page still makes fails with this error, and Chromium logs each one.
const browser = useBrowser({ expectedProblems: [/ERR_INTERNET_DISCONNECTED/] });
/** Browsers of a copy of the site served elsewhere. */
const browsers = useBrowsers();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.context.setOffline(false);
});

/** The builder and the search page of the site, with their worker: the fewer files, the faster it installs. */
const BUILDER_AND_SEARCH = ['_astro', 'pagefind', 'planner', 'search', '404.html', 'favicon.svg', '_headers'];

/**
 * Runs `test` on a copy of the site of its own (all of it, or only `parts` with their worker), served and
 * opened in a browser of its own, so a new version can be published without touching dist/.
 */
async function onOwnSite(
  parts: readonly string[] | 'all',
  test: (site: { root: string; url: string; own: Awaited<ReturnType<typeof browsers.launch>> }) => Promise<void>,
): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'sit-site-'));
  if (parts === 'all') cpSync('dist', root, { recursive: true });
  else {
    for (const part of parts) cpSync(join('dist', part), join(root, part), { recursive: true });
    execFileSync(process.execPath, ['scripts/build-sw.mjs', root], { stdio: 'ignore' });
  }
  const server = await startStaticServer({ root, port: 0 });
  const own = await browsers.launch({ site: server.url });
  try {
    await test({ root, url: server.url, own });
  } finally {
    await own.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** Opens the builder of the site at `siteUrl` (on a personal device unless said), under its service worker, and starts a plan. */
async function startPlanUnderWorker(page: Page, siteUrl: string, deviceMode = 'personal'): Promise<void> {
  await page.goto(`${siteUrl}/planner/template/`);
  await page.evaluate(
    (mode) => localStorage.setItem('staying-in-touch:settings', JSON.stringify({ deviceMode: mode })),
    deviceMode,
  );
  await page.goto(`${siteUrl}/planner/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now controlled by the worker
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await heading(page, 'Untitled plan');
}

describe('offline', () => {
  it('the builder registers the service worker, which keeps the builder, pages visited and PDF code once used', async () => {
    await freshBuilder(page);
    const controlled = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      return (await caches.keys()).length;
    });
    expect(controlled).toBe(1);
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    await page.getByRole('link', { name: 'About the child' }).click();
    await page.getByLabel("Child's name or pseudonym").fill('Maya');
    await waitForSave(page, 'Maya');
    // A hub page visited now, under the worker, is kept; so is the PDF code, once a PDF is made and read.
    await page.goto(`${baseUrl()}/guides/step-1-purpose/`);
    await openBuilder(page);
    await page.getByRole('link', { name: 'Maya' }).click();
    await heading(page, 'Maya');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export draft as PDF' }).click(),
    ]);
    await page.getByRole('link', { name: 'Back to your plans' }).click();
    await heading(page, 'Your plans');
    await page.setInputFiles('#f-plan-file', (await download.path())!);
    await page.locator('.pdf-check-report').getByText('Every check passed.').waitFor();
    await heading(page, 'Maya');
  });

  it('with no network, reloads the hub and the builder, and exports and reopens a PDF', async () => {
    await browser.context.setOffline(true);
    try {
      for (const path of ['/', '/guides/step-1-purpose/', '/planner/template/']) {
        const res = await page.goto(baseUrl() + path);
        expect(res?.ok(), path).toBe(true);
        expect(await page.locator('h1').count(), path).toBe(1);
      }
      await openBuilder(page);
      await heading(page, 'Your plans');
      await page.getByRole('link', { name: 'Maya' }).click();
      await heading(page, 'Maya');
      await page.reload();
      await heading(page, 'Maya');

      const exportButton = page.getByRole('button', { name: 'Export draft as PDF' });
      await exportButton.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
      const pdf = (await download.path())!;
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      await page.getByRole('link', { name: 'Back to your plans' }).click();
      await heading(page, 'Your plans');
      await page.setInputFiles('#f-plan-file', pdf);
      await page.locator('.pdf-check-report').getByText('Every check passed.').waitFor();
      await heading(page, 'Maya');
    } finally {
      await browser.context.setOffline(false);
    }
  });

  it('before a new version is installed, the builder saves what was just typed', async () => {
    await openBuilder(page);
    await page.getByRole('link', { name: 'Maya' }).first().click();
    await heading(page, 'Maya');
    await page.getByRole('link', { name: 'About the child' }).click();
    await page.getByLabel('Age', { exact: true }).fill('4 years');
    // What "Update now" does (registerServiceWorker.ts), straight after a keystroke: before the
    // autosave's pause is over, the event must get the save written.
    const saved = await page.evaluate(async () => {
      const pending: Promise<unknown>[] = [];
      window.dispatchEvent(
        new CustomEvent('sit:before-update', { detail: { waitFor: (p: Promise<unknown>) => pending.push(p) } }),
      );
      await Promise.all(pending);
      return pending.length;
    });
    expect(saved).toBeGreaterThan(0);
    expect(await storedPlans(page)).toContain('4 years');
  });
});

describe('a new version of the site', () => {
  it('is announced, and "Update now" saves what was just typed before reloading', async () => {
    await onOwnSite('all', async ({ root, url, own }) => {
      const tab = await own.newPage();
      await startPlanUnderWorker(tab, url);
      await tab.getByRole('link', { name: 'About the child' }).click();
      await tab.getByLabel("Child's name or pseudonym").fill('Maya');

      appendFileSync(join(root, 'sw.js'), '\n// the next version\n');
      await tab.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update();
      });
      const banner = tab.locator('#sit-update');
      await banner.getByText('A new version of this site is available.').waitFor();
      await tab.getByLabel('Age', { exact: true }).fill('4 years'); // typed a moment before updating
      await Promise.all([tab.waitForEvent('load'), banner.getByRole('button', { name: 'Update now' }).click()]);
      await heading(tab, 'About the child');
      expect(await tab.getByLabel("Child's name or pseudonym").inputValue()).toBe('Maya');
      expect(await tab.getByLabel('Age', { exact: true }).inputValue()).toBe('4 years');
      expect(own.problems).toEqual([]);
      expect(own.requests.filter((u) => !u.startsWith(url) && !/^(data|blob):/.test(u))).toEqual([]);
    });
  });

  it('is held back on a shared computer while the tab holds plans, saying why, and nothing is lost', async () => {
    await onOwnSite(BUILDER_AND_SEARCH, async ({ root, url, own }) => {
      const tab = await own.newPage();
      await startPlanUnderWorker(tab, url, 'shared');
      await tab.getByRole('link', { name: 'About the child' }).click();
      await tab.getByLabel("Child's name or pseudonym").fill('Maya');
      await tab.evaluate(() => document.body.classList.add('before-update')); // gone if the page reloads

      appendFileSync(join(root, 'sw.js'), '\n// the next version\n');
      await tab.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update();
      });
      const banner = tab.locator('#sit-update');
      await banner.getByText('A new version of this site is available.').waitFor();
      await banner.getByRole('button', { name: 'Update now' }).click();
      await banner.getByText('Not updated. This is a shared computer').waitFor();
      expect(await banner.getByRole('button').count()).toBe(0);
      expect(await tab.locator('body.before-update').count()).toBe(1);
      expect(await tab.getByLabel("Child's name or pseudonym").inputValue()).toBe('Maya');
      expect(own.problems).toEqual([]);
    });
  });

  it('leaves a page of the old build working: it still loads the parts it had not needed yet', async () => {
    await onOwnSite(BUILDER_AND_SEARCH, async ({ root, url, own }) => {
      const old = await own.newPage();
      await startPlanUnderWorker(old, url);
      // The section this page will open after the update is loaded only when it is opened.
      const childSection = readdirSync(join(root, '_astro')).find((f) => /^ChildSection\..+\.js$/.test(f))!;
      const loaded = () => old.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect((await loaded()).filter((u) => u.includes(childSection))).toEqual([]);
      await old.evaluate(() =>
        navigator.serviceWorker.addEventListener('controllerchange', () => document.body.classList.add('taken-over')),
      );

      publishNextBuild(root);
      expect((await fetch(`${url}/_astro/${childSection}`)).status).toBe(404);
      // Another tab takes the update; the new worker then serves every open tab, the old page's too.
      const other = await own.context.newPage();
      await other.goto(`${url}/search/`);
      const banner = other.locator('#sit-update');
      await banner.getByText('A new version of this site is available.').waitFor();
      await Promise.all([other.waitForEvent('load'), banner.getByRole('button', { name: 'Update now' }).click()]);
      await old.locator('body.taken-over').waitFor();

      await old.getByRole('link', { name: 'About the child' }).click();
      await old.getByLabel("Child's name or pseudonym").fill('Maya');
      await waitForSave(old, 'Maya');
      expect(own.problems).toEqual([]);

      // The old build's files stay only while a page of it is open.
      const cacheCount = () => other.evaluate(async () => (await caches.keys()).length);
      expect(await cacheCount()).toBe(2);
      await old.close();
      await other.reload();
      await expect.poll(cacheCount).toBe(1);
    });
  });
});
