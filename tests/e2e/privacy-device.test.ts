/**
 * Where plans are kept: the first-use question, plans kept only in the tab on a shared computer,
 * changing the answer later, and storage that fails (IndexedDB blocked, the device full): a warning
 * with "Save plan to file" at once, and the builder keeps working.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowsers, type Browser } from './browser';
import { freshBuilder, heading, openBuilder, storedPlans, waitForSave } from './plannerHelpers';
import { traces } from './privacyHelpers';

/** A fresh browser per test: each starts with nothing stored. */
const browsers = useBrowsers();
async function start(): Promise<{ browser: Browser; page: Page }> {
  const browser = await browsers.launch();
  return { browser, page: await browser.newPage() };
}

async function newPlanNamed(page: Page, name: string) {
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await heading(page, 'Untitled plan');
  await page.getByRole('link', { name: 'About the child' }).click();
  await page.getByLabel("Child's name or pseudonym").fill(name);
}

describe('is this a shared or public computer?', () => {
  let page: Page;
  let browser: Browser;
  beforeAll(async () => {
    ({ browser, page } = await start());
  });

  it('is asked on first use, plainly, with an error if not answered', async () => {
    await freshBuilder(page, '', null);
    await heading(page, 'Is this a shared or public computer?');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.error-summary').getByText('Select whether this is a shared or public computer').waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: Is this a shared or public computer\?/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Yes, it is shared or public').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Your plans');
    expect(await page.evaluate(() => localStorage.getItem('staying-in-touch:settings'))).toBe(
      '{"deviceMode":"shared"}',
    );
  });

  it('on a shared computer, keeps plans only in this page, says so on every view, and asks before a reload', async () => {
    const message =
      'Plans on this computer are kept only while this page is open: reloading or closing it loses them. Save plan to file to keep it.';
    await page.getByText(message).waitFor();
    await newPlanNamed(page, 'Maya');
    await page.getByText(message).waitFor();
    await waitForSave(page, 'Maya');
    const t = await traces(page);
    expect(t.localStorage).toEqual(['staying-in-touch:settings']);
    // Nothing about the plan: only a marker that this tab holds plans.
    expect(t.sessionStorage).toEqual(['staying-in-touch:tab-held-plans']);
    expect(await page.evaluate(() => sessionStorage.getItem('staying-in-touch:tab-held-plans'))).toBe('1');
    expect(t.databases).not.toContain('staying-in-touch');

    // Another tab does not see them.
    const other = await browser.context.newPage();
    await openBuilder(other);
    await heading(other, 'Your plans');
    await other.getByText('There are no plans on this device yet.').waitFor();
    await other.close();

    // The browser asks before a reload; once left, the plan has gone and the builder says why.
    await page.reload();
    await heading(page, 'Your plans');
    expect(browser.dialogs).toContain('beforeunload');
    await page
      .getByText('The plans in this tab were cleared when the page was reloaded: on a shared computer')
      .waitFor();
    await page.getByText('There are no plans on this device yet.').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/');
    expect(await axeViolations(page)).toEqual([]);
    await newPlanNamed(page, 'Maya');
    await waitForSave(page, 'Maya');
  });

  it('can be changed from the plans list: becoming a personal device moves the plans onto it', async () => {
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await page.getByRole('link', { name: 'Back to your plans' }).click();
    await heading(page, 'Your plans');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Change whether this is a shared or public computer' }).click();
    await heading(page, 'Is this a shared or public computer?');
    expect(await page.getByLabel('Yes, it is shared or public').isChecked()).toBe(true);
    await page.getByLabel('No, only I use it').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Plans will be saved on this device as you type.').waitFor();
    await page.getByRole('link', { name: 'Maya' }).waitFor();
    expect(await storedPlans(page)).toContain('Maya');
    expect((await traces(page)).sessionStorage.filter((k) => k.startsWith('staying-in-touch:'))).toEqual([]);

    // Back to shared is refused while plans are saved on the device, so none is left behind unseen.
    await page.getByRole('button', { name: 'Change whether this is a shared or public computer' }).click();
    await page.getByLabel('Yes, it is shared or public').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .locator('.error-summary')
      .getByText(/There is 1 plan saved on this device\. Before you say it is shared/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
    await heading(page, 'Your plans');
    expect(await page.evaluate(() => localStorage.getItem('staying-in-touch:settings'))).toBe(
      '{"deviceMode":"personal"}',
    );
  });
});

describe('leaving the page straight after typing', () => {
  it('a link to another page, or a reload, keeps what was just typed', async () => {
    const { page } = await start();
    await freshBuilder(page);
    // Served by the offline copy, the next page replaces this one at once: the quickest way to leave.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await openBuilder(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await newPlanNamed(page, 'Maya');
    await page.getByLabel('Age', { exact: true }).fill('6 years');
    // At once, well inside autosave's quarter of a second: the privacy statement, from the footer.
    await page.locator('footer a[href="/privacy/"]').click();
    await page.waitForURL((url) => url.pathname === '/privacy/');
    expect(await storedPlans(page)).toContain('6 years');
    await page.goBack();
    await heading(page, 'About the child');
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('6 years');

    // A reload straight after typing: the save starts as the page goes, and is written.
    await page.getByLabel('Age', { exact: true }).fill('7 years');
    await page.reload();
    await heading(page, 'About the child');
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('7 years');
  });
});

describe('a shared computer left alone', () => {
  it('clears the plans in the tab after a warning that offers to save the plan to a file', async () => {
    const { browser, page } = await start();
    await freshBuilder(page, '', 'shared');
    // Shortened through the test-only setting (warning after 30 s, clearing 2 minutes later, as the
    // builder's 13 and 15 minutes); the test moves the page's clock on, so nothing races a timer.
    await page.evaluate(() =>
      localStorage.setItem(
        'staying-in-touch:test-idle-timeouts',
        JSON.stringify({ lockAfterMs: 150_000, warnAfterMs: 30_000 }),
      ),
    );
    await browser.context.clock.install();
    await openBuilder(page);
    await newPlanNamed(page, 'Maya');
    await waitForSave(page, 'Maya');
    const dialog = page.getByRole('alertdialog', { name: 'The plans in this tab will be cleared soon' });
    await browser.context.clock.runFor(30_000);
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/will be cleared in 2 minutes/);
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save plan to file' }).click(),
    ]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).child.name).toBe('Maya');

    await browser.context.clock.runFor(120_000);
    await heading(page, 'Your plans');
    await page
      .getByText('The plans in this tab were cleared because the plan builder was not used for 15 minutes.', {
        exact: false,
      })
      .waitFor();
    await page.getByText('There are no plans on this device yet.').waitFor();
    expect(await dialog.count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Maya');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('when storage fails', () => {
  it('IndexedDB blocked (as in some private browsing): warns, keeps plans in the tab, and the builder works', async () => {
    const { browser, page } = await start();
    await browser.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('Storage is blocked', 'SecurityError');
        },
      });
    });
    await freshBuilder(page).catch(() => undefined); // its own clean-up needs IndexedDB
    await page.evaluate(() => localStorage.setItem('staying-in-touch:settings', '{"deviceMode":"personal"}'));
    await openBuilder(page);
    await heading(page, 'Your plans');
    const warning = page.getByRole('alert').filter({ hasText: 'Plans cannot be saved on this device' });
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/private browsing mode[\s\S]*Save each plan to a file/);
    expect(await axeViolations(page)).toEqual([]);
    await newPlanNamed(page, 'Leon');
    await page.waitForFunction(() =>
      /Kept in this tab only at/.test(document.querySelector('.save-status')?.textContent ?? ''),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Save plan to file' }).click(),
    ]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).child.name).toBe('Leon');
  });

  it('the device full mid-way: warns at once with "Save plan to file", keeps the changes in memory, recovers', async () => {
    const { browser, page } = await start();
    await browser.context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((globalThis as { failWrites?: boolean }).failWrites)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await freshBuilder(page);
    await newPlanNamed(page, 'Maya');
    await waitForSave(page, 'Maya');
    const before = await storedPlans(page);

    await page.evaluate(() => {
      (globalThis as { failWrites?: boolean }).failWrites = true;
    });
    await page.getByLabel('Age', { exact: true }).fill('4 years');
    const warning = page.getByRole('alert').filter({ hasText: 'Your changes are not saved on this device' });
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/out of space/);
    await page
      .getByText('Not saved: this device is out of space. Save the plan to a file to keep your changes.')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Save plan to file' }).click(),
    ]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).child.age).toBe('4 years');
    expect(await storedPlans(page)).toBe(before);

    // Moving around the builder keeps the latest version, held in memory.
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await heading(page, 'Maya');
    await page.getByRole('link', { name: 'About the child' }).click();
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('4 years');

    // Once the device accepts writes again, the next save goes through and the warning goes.
    await page.evaluate(() => {
      (globalThis as { failWrites?: boolean }).failWrites = false;
    });
    await page.getByLabel('Age', { exact: true }).fill('4 years 2 months');
    await waitForSave(page, '4 years 2 months');
    await warning.waitFor({ state: 'detached' });
    expect(await storedPlans(page)).toContain('4 years 2 months');
  });
});
