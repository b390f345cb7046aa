/**
 * The exchange log (issue 15): a letterbox coordinator logs a letter from the plan's task list,
 * is stopped from passing it on before checking it, and sees it after a reload in the log, on
 * "Check your answers" and in the agency record PDF.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translator } from '../../src/i18n/translator';
import { isoDate } from '../../src/planner/signoff/signOffRules';
import { useBrowser } from './browser';
import { freshBuilder, goToView, heading } from './plannerHelpers';

const browser = useBrowser();
let page: Page;
let planId: string;

/** Arrangement 2 of the fixture: Sarah (birth mother) writes by post in March and October. */
const log = () => page.locator('section[aria-labelledby="log-a-mother"]');
/** Today as the PDF writes a date. */
const today = () => translator('en').date(isoDate(new Date()));
const group = (name: string) => page.getByRole('group', { name });

beforeAll(async () => {
  page = await browser.newPage();
  await freshBuilder(page);
  await page.setInputFiles('#f-plan-file', 'tests/fixtures/plans/family-copies.json');
  await heading(page, 'Maya');
  planId = new URL(page.url()).hash.split('/')[2];
}, 120_000);

describe('the exchange log', () => {
  it('logs a letter as it is received, checked and passed on', async () => {
    await page.getByRole('link', { name: 'Exchange log' }).click();
    await heading(page, 'Exchange log');
    await log()
      .getByText(/^Due every year in March,? (and )?October\.$/)
      .waitFor();
    await log().getByText('Nothing logged yet').waitFor();
    await log().getByRole('link', { name: 'Log an exchange for Arrangement 2: Sarah (birth mother)' }).click();
    await heading(page, 'Log an exchange');
    // The due month most recently reached is chosen for the coordinator.
    expect(await page.locator('#f-due').inputValue()).toMatch(/^\d{4}-(03|10)$/);
    const due = await page.locator('#f-due option:checked').innerText();
    await group('Received by the agency').getByRole('button', { name: "Use today's date" }).click();
    await group('Passed on').getByRole('button', { name: "Use today's date" }).click();
    await page.getByLabel('Notes').fill('One surname taken out before it was passed on.');
    await page.getByRole('button', { name: 'Save the exchange' }).click();
    await page
      .locator('.error-summary')
      .getByRole('link', { name: /^The date it was passed on must be the same as or after the date it was checked/ })
      .waitFor();
    await group('Checked for identifying details').getByRole('button', { name: "Use today's date" }).click();
    await page.getByRole('button', { name: 'Save the exchange' }).click();
    await heading(page, 'Exchange log');
    await page.getByText(`The exchange due ${due} is saved in the log.`).waitFor();
    await log().getByText('1 due: 1 received, 1 checked, 1 passed on, 0 replies').waitFor();
  });

  it('keeps it after a reload, and shows it in the review on "Check your answers"', async () => {
    await page.reload();
    await heading(page, 'Exchange log');
    await log().getByText('One surname taken out before it was passed on.').waitFor();
    await goToView(page, `#/plan/${planId}/check`);
    const review = page.locator('section[aria-labelledby="check-review"]');
    await review.getByRole('heading', { name: 'Exchange log' }).waitFor();
    await review.getByText('1 due: 1 received, 1 checked, 1 passed on, 0 replies').waitFor();
    await review.getByText('One surname taken out before it was passed on.').waitFor();
  });

  it('prints it in the agency record PDF', async () => {
    await goToView(page, `#/plan/${planId}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export draft as PDF' }).click(),
    ]);
    const path = await download.path();
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Exchange log');
    expect(text).toContain('1 due: 1 received, 1 checked, 1 passed on, 0 replies');
    expect(text).toContain('One surname taken out before it was passed on.');
    expect(text).toContain(`Passed on ${today()}`);
  });
});
