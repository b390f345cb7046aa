/**
 * The date of the next review: saving the review section as completed needs a date after today
 * (a draft save keeps whatever was typed), and a saved plan whose date has since come still opens,
 * flagged as due for review on the task list, the review section and check your answers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { freshBuilder, heading, storedPlans } from './plannerHelpers';

const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage();
});

const PAST_DUE = 'This plan is due for review: the date of its next review was';
const MUST_BE_FUTURE = 'The date of the next review must be in the future';

/** A day counted from today in the browser's time zone, as the builder sees it: `YYYY-MM-DD`. */
const dayFromToday = (days: number) =>
  page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const p = (v: number) => String(v).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  }, days);

async function fillDate(iso: string) {
  const [year, month, day] = iso.split('-');
  await page.locator('#f-nextDate').fill(String(Number(day)));
  await page.locator('#f-nextDate-month').fill(String(Number(month)));
  await page.locator('#f-nextDate-year').fill(year);
}

const completed = (answer: 'Yes' | 'No') =>
  page.getByRole('group', { name: 'Have you completed this section?' }).getByLabel(answer, { exact: false }).check();
const save = () => page.getByRole('button', { name: 'Save and continue' }).click();
const reviewStatus = () => page.locator('#status-review').textContent();

describe('the date of the next review', () => {
  it('must be after today when the section is saved as completed; a draft keeps what was typed', async () => {
    await freshBuilder(page);
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    await page.getByRole('link', { name: /Reviewing the plan$/ }).click();
    await heading(page, 'Reviewing the plan');

    const today = await dayFromToday(0);
    await fillDate(today);
    await page.getByLabel('Months between reviews').fill('12');
    await page.getByLabel('Who convenes the review?').fill('Adoption support social worker');
    await completed('Yes');
    await save();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: MUST_BE_FUTURE }).waitFor();
    // The link leads to the date's first box, and the field carries the same message.
    expect(await summary.getByRole('link', { name: MUST_BE_FUTURE }).getAttribute('href')).toBe('#f-nextDate');
    await page.locator('.form-group--error').getByText(MUST_BE_FUTURE).waitFor();
    await heading(page, 'Reviewing the plan');

    // Not completed yet: the draft is saved with the date as typed, and nothing is flagged.
    await completed('No');
    await save();
    // "Save and continue" goes on to the next section, sign-off.
    await heading(page, 'Sign-off');
    await page.locator('a.back-link', { hasText: 'Back to the plan' }).click();
    await heading(page, 'Untitled plan');
    expect(await reviewStatus()).toBe('In progress');
    await expect.poll(async () => storedPlans(page)).toContain(`"nextDate":"${today}"`);
    expect(await page.getByText(PAST_DUE).count()).toBe(0);

    // A date after today is accepted as completed.
    await page.getByRole('link', { name: /Reviewing the plan$/ }).click();
    await heading(page, 'Reviewing the plan');
    await fillDate(await dayFromToday(1));
    await completed('Yes');
    await save();
    await heading(page, 'Sign-off');
    await page.locator('a.back-link', { hasText: 'Back to the plan' }).click();
    await heading(page, 'Untitled plan');
    expect(await reviewStatus()).toBe('Completed');
  });

  it('opens a saved plan whose review date has passed, flagged as due for review everywhere it shows', async () => {
    const plan = JSON.parse(readFileSync('tests/fixtures/plans/complete.json', 'utf8'));
    expect(plan.completedSections).toContain('review');
    plan.review.nextDate = '2025-01-15';
    const path = join(mkdtempSync(join(tmpdir(), 'planner-review-')), 'review-passed.json');
    writeFileSync(path, JSON.stringify(plan, null, 2));
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await heading(page, 'Your plans');
    await page.setInputFiles('#f-plan-file', path);
    await page.getByText('Opened review-passed.json.').waitFor();
    await heading(page, 'Maya');

    const notice = `${PAST_DUE} 15 January 2025.`;
    // The task list: the plan is as it was saved, its review section still completed.
    await page.getByText(notice).waitFor();
    expect(await reviewStatus()).toBe('Completed');

    // Check your answers, in the review section.
    await page.getByRole('link', { name: 'Check your answers' }).click();
    await heading(page, 'Check your answers');
    await page.locator('section[aria-labelledby="check-review"]').getByText(notice).waitFor();
    expect(await page.getByText(notice).count()).toBe(1);

    // The review section, by the date's own Change link: saving it as completed again needs a new
    // date; then the flag goes.
    await page
      .locator('section[aria-labelledby="check-review"]')
      .getByRole('link', { name: 'Change date of the next review' })
      .click();
    await heading(page, 'Reviewing the plan');
    await page.getByText(notice).waitFor();
    await save();
    await page.locator('.error-summary').getByRole('link', { name: MUST_BE_FUTURE }).waitFor();
    const next = await dayFromToday(30);
    await fillDate(next);
    await save();
    await heading(page, 'Check your answers');
    await expect.poll(async () => storedPlans(page)).toContain(`"nextDate":"${next}"`);
    expect(await page.getByText(PAST_DUE).count()).toBe(0);
  });
});
