/** Offline: after one visit to a page that registers the service worker, the hub works with no network. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launch, type Browser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('caches the whole site on first visit and serves it offline', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl()}/search/?q=letterbox`);
  // Wait until the worker is active, which happens only after every file is cached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await browser.context.setOffline(true);
  try {
    for (const path of ['/', '/guides/step-1-purpose/', '/glossary/', '/training/']) {
      const res = await page.goto(baseUrl() + path);
      expect(res?.ok(), path).toBe(true);
      expect(await page.locator('h1').count(), path).toBe(1);
    }
    // Search runs offline too: its index files were cached.
    await page.goto(`${baseUrl()}/search/?q=letterbox`);
    await page.waitForFunction(() => /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''));
  } finally {
    await browser.context.setOffline(false);
  }
});
