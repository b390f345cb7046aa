/**
 * Offline: after one visit to the builder, the hub and the builder both work with no network,
 * PDF export included (and reading a PDF back). A new version of the site waits for the builder to
 * save before it reloads, so updating never loses what was typed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, launch, outsideRequests, type Browser } from './browser';
import { freshBuilder, heading, openBuilder, storedPlans, waitForSave } from './plannerHelpers';

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
    await waitForSave(page);
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
      window.dispatchEvent(new CustomEvent('sit:before-update', { detail: { waitFor: (p: Promise<unknown>) => pending.push(p) } }));
      await Promise.all(pending);
      return pending.length;
    });
    expect(saved).toBeGreaterThan(0);
    expect(await storedPlans(page)).toContain('4 years');
  });
});
