/**
 * Two tabs and one plan: the second tab is told the plan is open in another tab and offered a
 * read-only copy or taking over; taking over makes the first tab save, then show a read-only copy
 * and say why. Neither tab ever overwrites the other's changes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from './browser';
import { freshBuilder, heading, openBuilder, storedPlans, waitForSave } from './plannerHelpers';

const browser = useBrowser();
let a: Page;
let b: Page;
beforeAll(async () => {
  a = await browser.newPage();
  b = await browser.context.newPage();
});

const age = (page: Page) => page.getByLabel('Age', { exact: true });

describe('two tabs editing the same plan', () => {
  it('the second tab is told, and offered a read-only copy or taking over', async () => {
    await freshBuilder(a);
    await a.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(a, 'Untitled plan');
    await a.getByRole('link', { name: 'About the child' }).click();
    await a.getByLabel("Child's name or pseudonym").fill('Maya');
    await waitForSave(a, 'Maya');

    await openBuilder(b);
    await b.getByRole('link', { name: 'Maya' }).click();
    await heading(b, 'This plan is open in another tab');
    expect(await b.locator('.caption').innerText()).toBe('Maya');
    expect(await axeViolations(b)).toEqual([]);
    await b.getByRole('button', { name: 'Continue' }).click();
    await b.locator('.error-summary').getByText('Select what you want to do').waitFor();
    await expect.poll(() => b.title()).toMatch(/^Error: This plan is open in another tab/);

    // Opening the plan's address directly is caught too.
    await b.reload();
    await heading(b, 'This plan is open in another tab');
  });

  it('a read-only copy can be read and saved to a file, but changes nothing', async () => {
    await b.getByLabel('Open a read-only copy here').check();
    await b.getByRole('button', { name: 'Continue' }).click();
    await b.getByRole('heading', { name: 'Read-only copy' }).waitFor();
    await b
      .getByText('This plan is being edited in another tab, so it cannot be changed here.', { exact: false })
      .waitFor();
    // The copy's answers are loaded on demand ("Loading…" first): wait for them.
    await expect.poll(() => b.locator('.read-only-copy').innerText()).toContain('Maya');
    expect(await b.getByRole('link', { name: /^Change/ }).count()).toBe(0);
    expect(await axeViolations(b)).toEqual([]);
    const [download] = await Promise.all([
      b.waitForEvent('download'),
      b.getByRole('button', { name: 'Save a copy to file' }).click(),
    ]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).child.name).toBe('Maya');

    // The first tab carries on editing undisturbed.
    await age(a).fill('4 years');
    await waitForSave(a, '4 years');
    expect(await storedPlans(a)).toContain('4 years');
  });

  it('taking over: the other tab saves first, then shows a read-only copy and says why', async () => {
    await age(a).fill('4 years 1 month'); // typed just before the other tab takes over
    await b.getByRole('button', { name: 'Take over editing here' }).click();
    await heading(b, 'Maya');
    await a.getByRole('heading', { name: 'Read-only copy' }).waitFor();
    await a
      .getByText(
        /now being edited in another tab, so it cannot be changed here\. Your changes in this tab were saved before it moved/,
      )
      .waitFor();
    await expect.poll(() => a.locator('.read-only-copy').innerText()).toContain('4 years 1 month');

    // Nothing typed in the first tab was lost, and the second tab edits the latest version.
    await b.getByRole('link', { name: 'About the child' }).click();
    expect(await age(b).inputValue()).toBe('4 years 1 month');
    await age(b).fill('4 years 2 months');
    await waitForSave(b, '4 years 2 months');
    expect(await storedPlans(b)).toContain('4 years 2 months');
    expect(await axeViolations(a)).toEqual([]);
  });

  it('and back again: the first tab can take over in turn', async () => {
    await a.getByRole('button', { name: 'Take over editing here' }).click();
    await heading(a, 'About the child');
    expect(await age(a).inputValue()).toBe('4 years 2 months');
    await b.getByRole('heading', { name: 'Read-only copy' }).waitFor();
    await age(a).fill('5 years');
    await waitForSave(a, '5 years');
    expect(await storedPlans(a)).toContain('5 years');

    // Leaving the plan frees it for the other tab.
    await a.getByRole('link', { name: 'Back to the plan' }).click();
    await a.getByRole('link', { name: 'Back to your plans' }).click();
    await heading(a, 'Your plans');
    await b.getByRole('link', { name: 'Go to your plans' }).click();
    await heading(b, 'Your plans');
    await b.getByRole('link', { name: 'Maya' }).click();
    await heading(b, 'Maya');
  });
});
