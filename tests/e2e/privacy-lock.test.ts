/**
 * Passphrase protection in the browser: turning it on encrypts what is stored; "Lock now" hides
 * everything behind the unlock form; a wrong passphrase is refused and nothing is deleted; the idle
 * lock warns first (shortened here through the test-only setting); a forgotten passphrase is
 * resolved only by deleting the plans, after a warning and a confirmation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from './browser';
import { freshBuilder, heading, openBuilder, storedPlans, waitForSave } from './plannerHelpers';
import { protectWith, rawDatabase, unlockWith } from './privacyHelpers';

const PASS = 'maple river lantern';
const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage();
});

/** A plan with a child's name, its task list on screen. */
async function planForMaya() {
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await heading(page, 'Untitled plan');
  await page.getByRole('link', { name: 'About the child' }).click();
  await page.getByLabel("Child's name or pseudonym").fill('Maya');
  await waitForSave(page, 'Maya');
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await heading(page, 'Maya');
}

describe('passphrase protection', () => {
  it('encrypts the plans on the device when turned on', async () => {
    await freshBuilder(page);
    await planForMaya();
    // Already encrypted, with the device key the browser keeps.
    expect(await rawDatabase(page)).not.toContain('Maya');
    expect(await storedPlans(page)).toContain('Maya');
    await page.getByRole('link', { name: 'Back to your plans' }).click();
    await heading(page, 'Your plans');

    // The strength estimator and its dictionaries load into the page only once the form is shown (the
    // service worker keeps a copy of every file for offline use, so only the page's own requests count).
    const pageRequests: string[] = [];
    page.on('request', (r) => pageRequests.push(r.url()));
    const estimator = () => pageRequests.filter((url) => /\/_astro\/passphraseEstimator\.[\w-]+\.js$/.test(url));
    await page.reload();
    await heading(page, 'Your plans');
    expect(estimator()).toEqual([]);
    await page.getByRole('button', { name: 'Turn on passphrase protection' }).click();
    await expect.poll(() => estimator().length).toBe(1);
    await page.getByRole('button', { name: 'Protect plans with this passphrase' }).click();
    await page.getByText('Enter a passphrase', { exact: false }).first().waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await page.getByLabel('Create a passphrase').fill('short');
    await page.getByRole('button', { name: 'Protect plans with this passphrase' }).click();
    await page.locator('.error-summary').getByText('The passphrase must be 8 characters or more').waitFor();
    await page.getByLabel('Create a passphrase').fill(PASS);
    await page.getByLabel('Type the passphrase again').fill(`${PASS}x`);
    await page.getByRole('button', { name: 'Protect plans with this passphrase' }).click();
    await page.locator('.error-summary').getByText('The passphrases do not match').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A weak passphrase: its strength is shown in words once typing pauses, announced politely, and it is refused.
    const live = page.locator('.passphrase-strength [aria-live="polite"]');
    const strength = async () => (await live.innerText()).replace(/\s+/g, ' ').trim();
    await page.getByLabel('Create a passphrase').fill('password123');
    await page.getByLabel('Type the passphrase again').fill('password123');
    await expect
      .poll(strength)
      .toBe(
        'Passphrase strength: very weak. It would be guessed almost at once. Choose a passphrase that is harder to guess: this one is among the most used passwords. Use three or four words that do not usually go together.',
      );
    await page.getByRole('button', { name: 'Protect plans with this passphrase' }).click();
    await page
      .locator('.error-summary')
      .getByText(
        'Choose a passphrase that is harder to guess: this one is among the most used passwords. Use three or four words that do not usually go together.',
      )
      .waitFor();
    expect(await page.locator('#f-new-passphrase-error').innerText()).toContain('among the most used passwords');
    // Refused before anything was written: no passphrase record (its key derivation settings) is stored.
    expect(await rawDatabase(page)).not.toMatch(/"iterations":/);
    expect(await axeViolations(page)).toEqual([]);
    // The child's name run into words of its own: strong to the estimator alone, but refused, because
    // what is left without the family's names would be guessed quickly.
    await page.getByLabel('Create a passphrase').fill('Maya maple 7');
    await page.getByLabel('Type the passphrase again').fill('Maya maple 7');
    await expect.poll(strength).toMatch(/made of names or places written in the plans/);
    await page.getByRole('button', { name: 'Protect plans with this passphrase' }).click();
    await page
      .locator('.error-summary')
      .getByText('made of names or places written in the plans', { exact: false })
      .waitFor();
    await page.getByLabel('Create a passphrase').fill(PASS);
    await expect.poll(strength).toBe('Passphrase strength: strong. It would be very hard to guess.');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await protectWith(page, PASS);
    const raw = await rawDatabase(page);
    expect(raw).not.toContain('Maya');
    expect(raw).not.toContain(PASS);
    expect(raw).toMatch(/"iterations":600000/);
    expect(await page.locator('.device-bar').innerText()).toMatch(/protected with a passphrase/);
  });

  it('"Lock now" hides every plan behind the unlock form, and a wrong passphrase deletes nothing', async () => {
    await page.getByRole('link', { name: 'Maya' }).click();
    await heading(page, 'Maya');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await heading(page, 'Your plans are locked');
    expect(await page.locator('main').innerText()).not.toContain('Maya');
    await expect.poll(() => page.title()).not.toContain('Maya');
    await page.getByText('Enter it to unlock the 1 plan.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const before = await rawDatabase(page);
    await unlockWith(page, 'maple river lanterns', false);
    await page
      .locator('.error-summary')
      .getByText('That passphrase is not right. Check it and try again. Nothing has been deleted.')
      .waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: Your plans are locked/);
    expect(await page.getByLabel('Passphrase', { exact: true }).inputValue()).toBe('');
    expect(await rawDatabase(page)).toBe(before);
    expect(await axeViolations(page)).toEqual([]);

    await unlockWith(page, PASS);
    await heading(page, 'Maya'); // back where it was
    expect(await rawDatabase(page)).toBe(before);

    // Reloading locks it again: the key was only ever in memory.
    await page.reload();
    await heading(page, 'Your plans are locked');
    await unlockWith(page, PASS);
    await heading(page, 'Maya');
  });

  it('locks itself when idle, after an accessible warning; "Stay unlocked" keeps working', async () => {
    // Shortened through the test-only setting: the warning after 30 s idle, the lock 2 minutes later
    // (as in the builder, whose warning comes 2 minutes before its 15-minute lock). The test moves the
    // pages' clock on to each of them, so nothing races a timer however slowly the machine runs.
    await page.evaluate(() =>
      localStorage.setItem(
        'staying-in-touch:test-idle-timeouts',
        JSON.stringify({ lockAfterMs: 150_000, warnAfterMs: 30_000 }),
      ),
    );
    await browser.context.clock.install();
    await page.reload();
    await unlockWith(page, PASS);
    await heading(page, 'Maya');
    const dialog = page.getByRole('alertdialog', { name: 'Your plans will lock soon' });
    await browser.context.clock.runFor(30_000);
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/will lock in 2 minutes/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Stay unlocked');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await heading(page, 'Maya');

    // Typing counts as use; then the warning comes again, and this time it is left to lock.
    await page.getByRole('link', { name: 'About the child' }).click();
    await page.getByLabel('Age', { exact: true }).fill('4 years');
    await browser.context.clock.runFor(30_000);
    await dialog.waitFor();
    await browser.context.clock.runFor(120_000);
    await heading(page, 'Your plans are locked');
    await page
      .getByText('The plan builder locked because it was not used for 15 minutes. Your work was saved first.')
      .waitFor();
    expect(await dialog.count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Maya');
    await page.evaluate(() => localStorage.removeItem('staying-in-touch:test-idle-timeouts'));
    await unlockWith(page, PASS);
    await heading(page, 'About the child');
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('4 years'); // saved before locking
  });

  it('"Lock now" locks every open tab', async () => {
    const other = await browser.context.newPage();
    await openBuilder(other);
    await unlockWith(other, PASS);
    await heading(other, 'Your plans');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await heading(page, 'Your plans are locked');
    await heading(other, 'Your plans are locked');
    await other.getByText('The plan builder was locked in another tab.').waitFor();
    await other.close();
    await unlockWith(page, PASS);
    await heading(page, 'About the child');
  });

  it('a forgotten passphrase: explained first, then the plans are deleted only after confirming', async () => {
    await page.getByRole('button', { name: 'Lock now' }).click();
    await heading(page, 'Your plans are locked');
    await page.getByText('Forgotten your passphrase?').click();
    await page.getByText(/There is no way to recover a forgotten passphrase/).waitFor();
    await page.getByRole('button', { name: 'Delete the plans on this device' }).click();
    await page.getByText('Are you sure you want to delete the 1 plan on this device? This cannot be undone.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await rawDatabase(page)).toContain('"meta":[{');
    await page.getByRole('button', { name: 'Delete the plans on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete the plans on this device' }).click();
    await page.getByText('The plans on this device have been deleted. Passphrase protection is off.').waitFor();
    await heading(page, 'Your plans');
    // No plans, and no passphrase record: only a new device key for the plans to come.
    expect(await rawDatabase(page)).toBe('{"meta":[{"id":"device-key","key":{}}],"plans":[]}');
  });
});
