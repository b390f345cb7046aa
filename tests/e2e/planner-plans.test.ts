/**
 * The plans list: start, open, duplicate, rename and delete plans kept on this device, with each
 * plan's child, status and last saved time; and "Delete all plans from this device".
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { freshBuilder, heading, storedPlans } from './plannerHelpers';

const browser = useBrowser();

describe('plans list', () => {
  it('duplicates, renames and deletes plans, then deletes them all', async () => {
    const page = await browser.newPage();
    await freshBuilder(page, '?example=infant-parent-mental-health');
    await heading(page, 'Ezra: practice plan');
    await page.getByRole('link', { name: 'Back to your plans' }).click();
    await heading(page, 'Your plans');
    const card = page.locator('.plan-cards > li');
    await expect.poll(() => card.count()).toBe(1); // the list is refreshed from storage after it shows
    expect(await card.first().innerText()).toMatch(
      /Ezra: practice plan[\s\S]*Practice[\s\S]*Child\s+Ezra[\s\S]*Status\s+Draft, version 1[\s\S]*Last saved\s+\d+ \w+ \d{4} at \d\d:\d\d/,
    );

    await page.getByRole('button', { name: 'Duplicate Ezra: practice plan' }).click();
    await page.getByText('Made a copy: Copy of Ezra: practice plan.').waitFor();
    await expect.poll(() => card.count()).toBe(2);

    await page.getByRole('button', { name: 'Rename Copy of Ezra: practice plan' }).click();
    const name = page.getByLabel('New name for this plan');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id.startsWith('rename-'))).toBe(true);
    await name.fill('Ezra: second draft');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('link', { name: 'Ezra: second draft' }).waitFor();

    await page.getByRole('button', { name: 'Delete Ezra: second draft' }).click();
    await page.getByText('Are you sure you want to delete Ezra: second draft? This cannot be undone.').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Yes, delete this plan' }).waitFor({ state: 'detached' });
    await expect.poll(() => card.count()).toBe(2);
    await page.getByRole('button', { name: 'Delete Ezra: second draft' }).click();
    await page.getByRole('button', { name: 'Yes, delete this plan' }).click();
    await page.getByText('The plan has been deleted from this device.').waitFor();
    await expect.poll(() => card.count()).toBe(1);

    await page.getByRole('link', { name: 'Ezra: practice plan' }).click();
    await heading(page, 'Ezra: practice plan');
    await page.getByRole('link', { name: 'Back to your plans' }).click();
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    await page.getByRole('link', { name: 'Back to your plans' }).click();

    await page.getByRole('button', { name: 'Delete all plans from this device' }).click();
    await page
      .getByText('Are you sure you want to delete all 2 plans from this device? This cannot be undone.')
      .waitFor();
    await page.getByRole('button', { name: 'Yes, delete all plans' }).click();
    await page.getByText('All plans have been deleted from this device.').waitFor();
    await page.getByText('There are no plans on this device yet.').waitFor();
    expect(JSON.parse(await storedPlans(page))).toEqual([]);
    // Drafts go with the plans; the builder's settings stay.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('staying-in-touch:'))))
      .toEqual(['staying-in-touch:settings']);
    await page.close();
  });

  it('shows "Plan not found" for a plan that is not on this device', async () => {
    const page = await browser.newPage();
    await freshBuilder(page);
    await page.evaluate(() => {
      location.hash = '#/plan/not-here';
    });
    await heading(page, 'Plan not found');
    await page.getByRole('link', { name: 'Go to your plans' }).click();
    await heading(page, 'Your plans');
    await page.close();
  });
});
