/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on every view of the builder: the plans list, a plan's task
 * list, every section filled in, every item form, removal, check your answers, an edition to print,
 * the exchange log, and every section and item form with its errors showing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from './browser';
import { SECTION_IDS as SECTIONS } from '../../src/planner/schema/planVocabulary';
import { freshBuilder, goToView, heading, openBuilder } from './plannerHelpers';

const LISTS = ['people', 'factors', 'arrangements', 'support', 'voices'];

const browser = useBrowser();
let page: Page;
let examplePlan: string;
let emptyPlan: string;

const go = (hash: string) => goToView(page, hash);
/**
 * Fields that let the browser keep what was typed: autofill stores it, and session restore writes
 * the values of fields that do not opt out to disk. Passphrases keep their password purpose.
 */
const fieldsKeepingValues = () =>
  page.$$eval('input, textarea, select', (fields) =>
    fields
      .filter((f) => !['hidden', 'submit', 'button', 'file'].includes((f as HTMLInputElement).type))
      .filter((f) => f.getAttribute('autocomplete') !== 'off')
      .filter((f) => !/^(new|current)-password$/.test(f.getAttribute('autocomplete') ?? ''))
      .map((f) => f.id || f.getAttribute('name') || f.outerHTML.slice(0, 80)),
  );
const expectNoViolations = async (what: string) => {
  expect(await axeViolations(page), what).toEqual([]);
  expect(await fieldsKeepingValues(), `${what}: fields without autocomplete="off"`).toEqual([]);
  await expect.poll(() => page.locator('h1').count(), { message: `${what}: one h1` }).toBe(1);
};

beforeAll(async () => {
  page = await browser.newPage();
  await freshBuilder(page, '?example=siblings-adoption-and-foster-care');
  await heading(page, /practice plan/);
  examplePlan = new URL(page.url()).hash.replace('#/plan/', '');
  await go('#/');
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await heading(page, 'Untitled plan');
  emptyPlan = new URL(page.url()).hash.replace('#/plan/', '');
});

describe('accessibility of every view', () => {
  it('the plans list and the task list', async () => {
    await go('#/');
    await heading(page, 'Your plans');
    await expectNoViolations('plans list');
    await page
      .getByRole('button', { name: /^Rename/ })
      .first()
      .click();
    await page.getByLabel('New name for this plan').waitFor();
    await page
      .getByRole('button', { name: /^Delete/ })
      .first()
      .click();
    await page.getByText(/^Are you sure you want to delete/).waitFor();
    await expectNoViolations('plans list with rename and delete open');
    await go(`#/plan/${examplePlan}`);
    await expectNoViolations('task list with eco-map');
  });

  it.each(SECTIONS)('section %s, filled in', async (section) => {
    await go(`#/plan/${examplePlan}/${section}`);
    await expectNoViolations(section);
  });

  it.each(LISTS)('%s: the add form, the change form and removal', async (section) => {
    await go(`#/plan/${examplePlan}/${section}/add`);
    await expectNoViolations(`${section} add`);
    await go(`#/plan/${examplePlan}/${section}`);
    const change = page.locator('.summary-card__actions a', { hasText: 'Change' }).first();
    await change.click();
    await page.locator('.planner-form').waitFor();
    await expectNoViolations(`${section} change`);
    await go(`#/plan/${examplePlan}/${section}`);
    await page.locator('.summary-card__actions a', { hasText: 'Remove' }).first().click();
    await heading(page, /Are you sure/);
    await expectNoViolations(`${section} remove`);
  });

  it('check your answers', async () => {
    await go(`#/plan/${examplePlan}/check`);
    await expectNoViolations('check answers');
  });

  it('an edition to print: the agency record, the child’s plan, and a copy waiting for its findings', async () => {
    for (const edition of ['record', 'child?band=8to12', 'adoptive-family']) {
      await go(`#/plan/${examplePlan}/copies/print/${edition}`);
      await expectNoViolations(`print ${edition}`);
    }
  });

  it('the exchange log, its form with its errors, and removing an entry', async () => {
    await go(`#/plan/${examplePlan}/exchanges`);
    await expectNoViolations('exchange log');
    await page.locator('a[id^="add-exchange-"]').click();
    await heading(page, 'Log an exchange');
    await page.locator('#f-due').selectOption('');
    await page.getByRole('button', { name: 'Save the exchange' }).click();
    await page.locator('.error-summary').waitFor();
    await expectNoViolations('exchange form, with its errors');
    await page.locator('#f-due').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Save the exchange' }).click();
    await heading(page, 'Exchange log');
    await page.locator('.summary-card a[id^="remove-"]').click();
    await heading(page, /^Remove the exchange/);
    await expectNoViolations('removing an exchange');
  });

  it('copying from another plan: the plans to copy from, and what will be copied', async () => {
    await go(`#/plan/${emptyPlan}/copy/people`);
    await page.getByText('Practice plans are not listed').waitFor();
    await expectNoViolations('copy, with no plan to copy from');
    await openBuilder(page, '?example=welsh-speaking-family');
    await heading(page, /practice plan/);
    const other = new URL(page.url()).hash.replace('#/plan/', '');
    await go(`#/plan/${other}/copy/purposes`);
    await expectNoViolations('copy: the plans to copy from');
    await go(`#/plan/${other}/copy/purposes/${examplePlan}`);
    await page.getByRole('button', { name: 'Copy into this plan' }).click();
    await page.locator('.error-summary').waitFor();
    await expectNoViolations('copy: replace or keep, with its error');
    await go(`#/plan/${other}/copy/arrangements/${examplePlan}`);
    await page.getByRole('button', { name: 'Copy into this plan' }).waitFor();
    await expectNoViolations('copy: what will be added');
  });
});

describe('accessibility with errors showing', () => {
  it.each(SECTIONS.filter((s) => s !== 'signoff'))('section %s', async (section) => {
    await go(`#/plan/${emptyPlan}/${section}`);
    await page.getByLabel('Yes, I’ve completed this section').check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.locator('.error-summary').waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    const inline = await page.locator('.error-message').count();
    const listed = await page.locator('.error-summary__list li').count();
    expect(inline).toBeGreaterThanOrEqual(listed > 0 ? 1 : 0);
    await expectNoViolations(`${section} with errors`);
  });

  it.each(['people', 'factors', 'support', 'voices'])('the %s add form', async (section) => {
    await go(`#/plan/${emptyPlan}/${section}/add`);
    await page.locator('.planner-form button[type=submit]').click();
    await page.locator('.error-summary').waitFor();
    // Every error in the summary links to a field that exists and shows the same message inline.
    const links = await page
      .locator('.error-summary__list a')
      .evaluateAll((as) => as.map((a) => ({ target: (a as HTMLAnchorElement).hash.slice(1), text: a.textContent })));
    expect(links.length).toBeGreaterThan(0);
    for (const { target, text } of links) {
      const group = page.locator(`[id="${target}"]`).locator('xpath=ancestor::div[contains(@class,"form-group")][1]');
      expect(await group.locator('.error-message').innerText()).toContain(text);
    }
    await expectNoViolations(`${section} add form with errors`);
  });

  it('the form for both adoptive parents', async () => {
    await go(`#/plan/${emptyPlan}/people/add?start=adoptive_parents`);
    await heading(page, 'Add the adoptive parents');
    await expectNoViolations('adoptive parents form');
    await page.getByRole('button', { name: 'Save adoptive parents' }).click();
    await page.locator('.error-summary').waitFor();
    // The first name is needed; the second is optional.
    await expect
      .poll(() =>
        page.locator('.error-summary__list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash)),
      )
      .toEqual(['#f-first']);
    await expectNoViolations('adoptive parents form with errors');
  });

  it('the arrangement add form', async () => {
    await freshBuilder(page, '?example=infant-parent-mental-health');
    await heading(page, /practice plan/);
    const id = new URL(page.url()).hash.replace('#/plan/', '');
    await go(`#/plan/${id}/arrangements/add`);
    await page.getByLabel('Postal exchange (letters, cards, photos)').check();
    await page.getByLabel('How many times').fill('many');
    await page.getByRole('button', { name: 'Save arrangement' }).click();
    await page.locator('.error-summary').waitFor();
    const summary = await page.locator('.error-summary').innerText();
    expect(summary).toContain('Select at least one person this arrangement is with');
    expect(summary).toContain('Enter how often as a whole number');
    await expectNoViolations('arrangement add form with errors');
  });
});
