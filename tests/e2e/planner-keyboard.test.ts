/**
 * The plan builder by keyboard alone: a whole plan from "Start a new plan" to every section
 * completed, using only Tab, arrow keys, Space, Enter and typing. Then reload mid-way and find
 * everything again.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import type { Page } from 'playwright-core';
import { activate, chooseRadio, freshBuilder, heading, tick, typeDate, typeInto, waitForSave } from './plannerHelpers';

const browser = useBrowser();

const SUBMIT = 'button[type=submit]';
const section = async (page: Page, title: string) => {
  await activate(page, '.task-list a', title);
};
const complete = async (page: Page) => {
  await chooseRadio(page, 'completed', 'yes');
  await activate(page, SUBMIT, 'Save and continue');
};

describe('keyboard only', () => {
  it('completes a whole plan', async () => {
    const page = await browser.newPage();
    await freshBuilder(page);
    await activate(page, 'button', 'Start a new plan');
    await heading(page, 'Untitled plan');

    // About the child, with the error summary on the way.
    await section(page, 'About the child');
    await heading(page, 'About the child');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await typeInto(page, '#f-name', 'Maya');
    await activate(page, SUBMIT, 'Save and continue');
    await page.locator('.error-summary').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary')))
      .toBe(true);
    await expect.poll(() => page.title()).toMatch(/^Error: About the child/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the error link moves focus to its field
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('completed');
    await page.keyboard.press('Space');
    await activate(page, SUBMIT, 'Save and continue');
    await page.getByText("Enter the child's date of birth or their age").first().waitFor();
    await typeDate(page, '#f-dateOfBirth', '2021-04-18');
    await typeInto(page, '#f-heritage', 'White British and Jamaican heritage');
    await chooseRadio(page, 'jurisdiction', 'wales');
    await activate(page, SUBMIT, 'Save and continue');
    // "Save and continue" goes on to the next section.
    await heading(page, 'Purposes of staying in touch');
    await tick(page, 'input[name=selected]', 'Keep or build a relationship');
    await tick(page, 'input[name=selected]', 'Identity, culture and family history');
    await typeInto(page, '#f-summary', 'Maya should keep her bond with her brother Leon.');
    await complete(page);
    // "Save and continue" goes on to the next section.
    await heading(page, 'Who is important now or later');
    for (const [name, relationship, why] of [
      ['Sarah', 'Birth mother', 'Maya lived with her until she was three.'],
      ['Leon', 'Half-brother', 'Her older brother; they were close.'],
    ]) {
      await activate(page, '#add-item');
      await heading(page, 'Add a person');
      await typeInto(page, '#f-name', name);
      await chooseRadio(page, 'relationship', relationship);
      await chooseRadio(page, 'knownToChild', 'yes');
      await chooseRadio(page, 'priority', 'both');
      await typeInto(page, '#f-whyImportant', why);
      await activate(page, SUBMIT, 'Save person');
      await heading(page, 'Who is important now or later');
    }
    await expect.poll(() => page.locator('.summary-card__title').allTextContents()).toEqual(['Sarah', 'Leon']);
    await complete(page);
    // "Save and continue" goes on to the next section.
    await heading(page, 'Strengths and challenges');
    await activate(page, '#add-item');
    await chooseRadio(page, 'who', 'adoptive_parents');
    await chooseRadio(page, 'kind', 'strength');
    await typeInto(page, '#f-description', 'They talk openly with Maya about her first family.');
    await activate(page, SUBMIT, 'Save strength or challenge');
    await activate(page, '#add-item');
    await chooseRadio(page, 'who', 'Sarah');
    await chooseRadio(page, 'kind', 'challenge');
    await typeInto(page, '#f-description', 'Sarah finds letters hard when she is unwell.');
    await typeInto(page, '#f-howManaged', 'A support worker helps her write.');
    await activate(page, SUBMIT, 'Save strength or challenge');
    await heading(page, 'Strengths and challenges');
    await complete(page);
    // "Save and continue" goes on to the next section.
    await heading(page, 'Staying-in-touch arrangements');
    await activate(page, '#add-item');
    await heading(page, 'Add an arrangement');
    await tick(page, 'input[name=personIds]', 'Leon');
    await tick(page, 'input[name=purposes]', 'Keep or build a relationship');
    await chooseRadio(page, 'form', 'meet_up');
    await typeInto(page, '#f-frequencyCount', '4');
    await chooseRadio(page, 'frequencyPer', 'year');
    await chooseRadio(page, 'timing', 'school_holidays');
    await typeInto(page, '#f-durationMinutes', '120');
    await chooseRadio(page, 'grouping', 'individual');
    await chooseRadio(page, 'venue', 'community_activity');
    await chooseRadio(page, 'organiser', 'adoptive_parents');
    await chooseRadio(page, 'adultsShareDetails', 'yes');
    await chooseRadio(page, 'professionalRole', 'none');
    await activate(page, SUBMIT, 'Save arrangement');
    await heading(page, 'Staying-in-touch arrangements');
    await complete(page);
    // "Save and continue" goes on to the next section.
    await heading(page, 'Support plan');
    await activate(page, '#add-item');
    await chooseRadio(page, 'who', 'adoptive_parents');
    await tick(page, 'input[name=kinds]', 'Preparing for meet-ups');
    await typeInto(page, '#f-description', 'A session before the first meet-up with Leon.');
    await tick(page, 'input[name=when]', 'Before');
    // Two people in the plan: who provides it is a choice of radios.
    await chooseRadio(page, 'providerWho.who', 'Write a name');
    await typeInto(page, '#f-providerWho-name', 'Adoption support social worker');
    await chooseRadio(page, 'span', 'initial');
    await activate(page, SUBMIT, 'Save support');
    await heading(page, 'Support plan');
    await complete(page);
    // "Save and continue" goes on to the next section.
    await heading(page, 'Wishes, feelings and views');
    await typeInto(page, '#f-child-wishes', 'Maya wants to see Leon.');
    await tick(page, 'input[name="child.methods"]', 'Talking with them');
    await complete(page);
    // "Save and continue" goes on to the next section.
    await heading(page, 'Change over time and when things go wrong');
    // The first stage is there to fill in.
    await typeInto(page, '#f-stages-0-when', 'Starting secondary school');
    await typeInto(page, '#f-stages-0-changes', 'Maya helps choose what goes in letters.');
    await complete(page);
    // "Save and continue" goes on to the next section.
    await heading(page, 'Reviewing the plan');
    await typeDate(page, '#f-nextDate', '2027-06-01');
    await typeInto(page, '#f-intervalMonths', '12');
    await typeInto(page, '#f-convenor', 'Adoption support team');
    await complete(page);
    await heading(page, 'Sign-off');
    await activate(page, 'a.back-link');
    await heading(page, 'Maya');

    await page.getByText('You have completed 9 of 9 sections.').waitFor();
    const statuses = await page.locator('.task-list__status').allTextContents();
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill('Completed'));
    expect(statuses[9]).toBe('Not started');

    await activate(page, 'a', 'Check your answers');
    await heading(page, 'Check your answers');
    const text = await page.locator('main').innerText();
    for (const expected of [
      'Maya',
      '18 April 2021',
      'Sarah',
      'Leon',
      '4 times a year',
      'School holidays',
      '2 hours',
      'Starting secondary school',
      '1 June 2027',
      '12 months',
      'Adoption support team',
      'Wales',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Not provided'); // skipped optional answers
    await page.close();
  });
});

describe('reload mid-way', () => {
  it('finds everything typed, including a half-added person', async () => {
    const page = await browser.newPage();
    await freshBuilder(page);
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    await page.getByRole('link', { name: 'About the child' }).click();
    await page.getByLabel("Child's name or pseudonym").fill('Gwenllïan');
    await page.getByLabel('Needs that shape staying in touch').fill('Line one\nLine two');
    await waitForSave(page, 'Gwenllïan', 'Line one\nLine two');
    const childUrl = page.url();
    await page.reload();
    await heading(page, 'About the child');
    expect(page.url()).toBe(childUrl);
    expect(await page.getByLabel("Child's name or pseudonym").inputValue()).toBe('Gwenllïan');
    expect(await page.getByLabel('Needs that shape staying in touch').inputValue()).toBe('Line one\nLine two');

    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await heading(page, 'Gwenllïan');
    await page.getByRole('link', { name: 'Step 2: Who is important now or later' }).click();
    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Dŵr');
    await page.getByRole('group', { name: 'Relationship to the child' }).getByLabel('Grandparent').check();
    await page.reload();
    await heading(page, 'Add a person');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Dŵr');
    expect(
      await page.getByRole('group', { name: 'Relationship to the child' }).getByLabel('Grandparent').isChecked(),
    ).toBe(true);
    await page.getByRole('group', { name: 'Does the child know them?' }).getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('Now', { exact: true }).check();
    await page.getByLabel('Why are they important to the child?').fill('Sings to her in Welsh.');
    await page.getByRole('button', { name: 'Save person' }).click();
    await heading(page, 'Who is important now or later');

    // Back and forward move between views; a reload keeps the view.
    await page.goBack();
    await heading(page, 'Add a person');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(''); // saved, so the draft is gone
    await page.goForward();
    await heading(page, 'Who is important now or later');
    await page.reload();
    await heading(page, 'Who is important now or later');
    await expect.poll(() => page.locator('.summary-card__title').allTextContents()).toEqual(['Dŵr']);
    await page.close();
  });
});
