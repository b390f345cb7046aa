/**
 * "Delete everything from this device" leaves no trace: no IndexedDB database, nothing in
 * localStorage or sessionStorage, no caches, no service worker. Other open tabs are told and stop.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from './browser';
import { freshBuilder, heading, openBuilder, waitForSave } from './plannerHelpers';
import { protectWith, traces } from './privacyHelpers';

const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage();
});

describe('delete everything from this device', () => {
  it('removes plans, drafts, settings, the key record, caches and the service worker', async () => {
    // The pages' clock, so that after the wipe every timer they have set can be run at once (below).
    await browser.context.clock.install();
    await freshBuilder(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready; // the offline copy is complete
    });
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    await page.getByRole('link', { name: 'About the child' }).click();
    await page.getByLabel("Child's name or pseudonym").fill('Maya');
    await waitForSave(page, 'Maya');
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await page.getByRole('link', { name: 'Step 2: Who is important now or later' }).click();
    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Nana Jean'); // a half-filled item: a draft
    // Drafts are kept encrypted with the plans' key, in one entry.
    await page.waitForFunction(() => localStorage.getItem('staying-in-touch:item-drafts-protected') !== null);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('Nana Jean');
    await openBuilder(page);
    await protectWith(page, 'maple river lantern');
    await page.evaluate(() => sessionStorage.setItem('staying-in-touch:tab-plan:left-over', '{}'));

    const before = await traces(page);
    expect(before.databases).toContain('staying-in-touch');
    expect(before.localStorage).toEqual(
      expect.arrayContaining(['staying-in-touch:settings', 'staying-in-touch:item-drafts-protected']),
    );
    expect(before.caches.length).toBeGreaterThan(0);
    expect(before.serviceWorkers).toBe(1);

    const other = await browser.context.newPage();
    await openBuilder(other);
    await heading(other, 'Your plans are locked');
    // Opening the builder registers the offline copy's worker again. Chromium queues the worker's removal
    // behind that registration and, when the removal arrives during it, can hold the queue indefinitely:
    // the wipe then stops waiting after a few seconds (tests/unit/offline/removeOfflineCopy.test.ts) and
    // the worker goes later. Here, wait until the registration is done (a second one resolves only then),
    // so the worker's removal can be checked below.
    await other.evaluate(() => navigator.serviceWorker.register('/sw.js', { scope: '/' }));

    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    await page
      .getByText(
        'Are you sure you want to delete everything from this device, including 1 plan? This cannot be undone.',
      )
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await heading(page, 'Everything has been deleted from this device');
    expect(await axeViolations(page)).toEqual([]);

    await heading(other, 'Everything has been deleted from this device');
    await other.getByText('It was deleted from another tab of this browser.').waitFor();
    // Give any stray write a chance to show itself: run every timer both pages have set (an autosave
    // waits 250 ms, the tab coordinator 150 ms) now, rather than waiting and hoping it was long enough.
    await browser.context.clock.runFor(60_000);
    expect(await traces(page)).toEqual({
      databases: [],
      localStorage: [],
      sessionStorage: [],
      caches: [],
      serviceWorkers: 0,
    });
    expect((await traces(other)).databases).toEqual([]);
    expect(await page.locator('main').innerText()).not.toContain('Maya');
    await other.close();
  });

  it('every tab deletes what only it keeps: a shared-computer plan in another tab does not come back', async () => {
    await freshBuilder(page, '', 'shared');
    const other = await browser.context.newPage();
    await openBuilder(other);
    await other.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(other, 'Untitled plan');
    await other.getByRole('link', { name: 'About the child' }).click();
    await other.getByLabel("Child's name or pseudonym").fill('Tomos');
    await waitForSave(other, 'Tomos');

    await openBuilder(page);
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await heading(page, 'Everything has been deleted from this device');
    await heading(other, 'Everything has been deleted from this device');
    await other.getByText('It was deleted from another tab of this browser.').waitFor();
    expect((await traces(other)).sessionStorage).toEqual([]);

    await other.reload();
    await heading(other, 'Is this a shared or public computer?');
    expect(await other.locator('main').innerText()).not.toContain('Tomos');
    await other.close();
  });

  it('starting again asks the first-use question again', async () => {
    await page.getByRole('link', { name: 'Start the plan builder again' }).click();
    await heading(page, 'Is this a shared or public computer?');
  });
});
