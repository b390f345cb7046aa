/**
 * Offline (issue 18): after one visit to a page that registers the service worker, the app shell,
 * the builder, search and every page visited from then on work with no network; a page never visited
 * shows the offline page; "Make the whole hub available offline" keeps every page, on request.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser, useBrowsers } from './browser';
import { freshBuilder, heading } from './plannerHelpers';

// Offline, a page never visited fails to load from the network (the worker then shows the offline
// page), and Chromium logs that failed load.
const browser = useBrowser({
  expectedProblems: [/ on [^ ]+\/glossary\/: Failed to load resource: net::ERR_FAILED$/],
});
/**
 * Browsers for the tests that start from a first visit. Exporting a PDF offline fails to load its code,
 * and Chromium logs that failed load.
 */
const browsers = useBrowsers({
  expectedProblems: [/ on [^ ]+\/planner\/[^ ]*: Failed to load resource: net::ERR_FAILED$/],
});

/** Waits until the worker is active (the precache is complete) and in charge of the page. */
const workerInCharge = (page: Page) =>
  page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });

/** Goes to `path` and returns its h1, or fails if the page is not there. */
async function h1Of(page: Page, path: string): Promise<string> {
  const res = await page.goto(baseUrl() + path);
  expect(res?.ok(), path).toBe(true);
  return (await page.locator('h1').textContent()) ?? '';
}

it('keeps the shell, search and the pages visited, and shows the offline page for others', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/search/?q=letterbox`);
  await page.waitForFunction(() => /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''));
  await workerInCharge(page);
  // The search ran before the worker was in charge: the page asks it to keep what it used.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const used = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
        const search = used.filter((p) => p.startsWith('/pagefind/'));
        const kept = await Promise.all(search.map((p) => caches.match(p, { ignoreSearch: true })));
        return search.length > 0 && kept.every(Boolean);
      }),
    )
    .toBe(true);
  const guide = await h1Of(page, '/guides/step-1-purpose/');
  await browser.context.setOffline(true);
  try {
    expect(await h1Of(page, '/')).toBe('Staying in touch after adoption');
    expect(await h1Of(page, '/guides/step-1-purpose/')).toBe(guide);
    await page.goto(`${baseUrl()}/search/?q=letterbox`);
    await page.waitForFunction(() => /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''));
    // Never visited, so not kept: the offline page says so.
    expect(await h1Of(page, '/glossary/')).toBe('Using the hub offline');
    // Offline, nothing more was fetched for pages that were not visited.
    const cached = await page.evaluate(async () => (await caches.match('/research/postal-exchange-evidence/')) ?? null);
    expect(cached).toBeNull();
  } finally {
    await browser.context.setOffline(false);
  }
});

it('"Make the whole hub available offline" shows its size and then keeps every page', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/offline/`);
  await expect
    .poll(() => page.locator('#offline-whole-size').textContent())
    .toMatch(/^This downloads about [\d.]+ MB\.$/);
  await workerInCharge(page);
  await page.getByRole('button', { name: 'Make the whole hub available offline' }).click();
  await expect
    .poll(() => page.locator('#offline-whole-status').textContent(), { timeout: 60_000 })
    .toBe('The whole hub is now available offline on this device.');
  await browser.context.setOffline(true);
  try {
    expect(await h1Of(page, '/glossary/')).toBe('Glossary');
    expect(await h1Of(page, '/research/postal-exchange-evidence/')).not.toBe('Using the hub offline');
  } finally {
    await browser.context.setOffline(false);
  }
});

it("a trainer's route: home, training, a session; offline, the session reloads", async () => {
  const own = await browsers.launch();
  try {
    const page = await own.newPage();
    await page.goto(`${baseUrl()}/`);
    await page
      .getByRole('link', { name: /^Training/ })
      .first()
      .click();
    await page.waitForURL(/\/training\/$/);
    await workerInCharge(page);
    await page.locator('main a[href^="/training/"][href$="-session/"]').first().click();
    await page.waitForURL(/\/training\/.+-session\/$/);
    const title = await page.locator('h1').textContent();
    await own.context.setOffline(true);
    const res = await page.reload();
    expect(res?.ok()).toBe(true);
    expect(await page.locator('h1').textContent()).toBe(title);
    // The training page, where the worker started, is kept too.
    expect(await h1Of(page, '/training/')).not.toBe('Using the hub offline');
  } finally {
    await own.close();
  }
});

it('offline, before any PDF was made, export says the PDF code is not on this device yet', async () => {
  const own = await browsers.launch();
  try {
    const page = await own.newPage();
    await freshBuilder(page);
    await workerInCharge(page);
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    await own.context.setOffline(true);
    await page.getByRole('button', { name: 'Export draft as PDF' }).click();
    await page
      .getByText('You are offline, and this device does not keep the code that makes PDFs', { exact: false })
      .waitFor();
  } finally {
    await own.close();
  }
});
