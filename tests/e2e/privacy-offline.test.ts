/**
 * Offline: after one visit to the builder, the hub and the builder both work with no network,
 * PDF export included (and reading a PDF back). A new version of the site waits for the builder to
 * save before it reloads, so updating never loses what was typed.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, launch, outsideRequests, type Browser } from './browser';
import { freshBuilder, heading, openBuilder, storedPlans, waitForSave } from './plannerHelpers';
import { startStaticServer } from '../../scripts/staticServer.mjs';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.context.setOffline(false);
  expect(outsideRequests(browser.requests)).toEqual([]);
  expect(browser.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
  await browser?.close();
});

describe('offline', () => {
  it('the builder registers the service worker, which keeps a copy of the whole site', async () => {
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
      await page.getByText(/The plan in this PDF matches the PDF it came in/).waitFor();
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
    // A copy of the site of our own, so a new version can be published without touching dist/.
    const root = mkdtempSync(join(tmpdir(), 'sit-site-'));
    cpSync('dist', root, { recursive: true });
    const server = await startStaticServer({ root, port: 0 });
    const own = await launch();
    try {
      const tab = await own.newPage();
      await tab.goto(`${server.url}/planner/template/`);
      await tab.evaluate(() => localStorage.setItem('staying-in-touch:settings', '{"deviceMode":"personal"}'));
      await tab.goto(`${server.url}/planner/`);
      await tab.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await tab.reload(); // now controlled by the worker
      await tab.getByRole('button', { name: 'Start a new plan' }).click();
      await heading(tab, 'Untitled plan');
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
      expect(own.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))).toEqual([]);
    } finally {
      await own.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
