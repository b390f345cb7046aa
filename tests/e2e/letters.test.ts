/**
 * The letter pages (issue 15): "Write a letter" by keyboard alone, its draft surviving a reload (kept
 * encrypted, like the plans) and going with "Delete everything"; "Check a letter" marking every
 * planted detail of a fixture letter in place, and a reason keeping a finding; the print holding only
 * the agency's cover sheet and the letter; the Welsh pages.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, useBrowser, waitForIslands } from './browser';
import { chooseRadio, heading, tabTo, typeInto } from './plannerHelpers';

const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage();
});

/** Opens a letter page with nothing stored, on a personal device (the drafts are kept, encrypted). */
async function freshLetterPage(path: string): Promise<void> {
  await page.goto(`${baseUrl()}/planner/template/`);
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    localStorage.setItem('staying-in-touch:settings', JSON.stringify({ deviceMode: 'personal' }));
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase('staying-in-touch');
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
  });
  await openLetterPage(path);
}

async function openLetterPage(path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await waitForIslands(page);
  await page.locator('.loading').waitFor({ state: 'detached' });
}

/** Tabs to the button and presses Enter. */
async function press(name: string): Promise<void> {
  await tabTo(page, 'button', name);
  await page.keyboard.press('Enter');
}

const storedDrafts = () => page.evaluate(() => localStorage.getItem('staying-in-touch:item-drafts-protected'));
/** The encrypted drafts as they were before the last change of the first test. */
let beforeKeeping: string | null = null;

const LETTER = 'Dear Ellie,\nTom the cat says hello. Ring me on 07700 900817 or come to 21 Victoria Street.\nLove, Mum';

describe('write a letter', () => {
  it('goes from who is writing to the check by keyboard, with the guide beside the letter', async () => {
    await freshLetterPage('/letters/write/');
    await heading(page, 'Who is writing?');
    expect(await page.title()).toMatch(/^Write a letter/);
    expect(await axeViolations(page)).toEqual([]);
    // Continue without choosing says what to do.
    await press('Continue');
    await page.getByText('Select whether you are an adoptive parent or a birth relative').first().waitFor();
    await chooseRadio(page, 'letter-role', 'birth');
    await typeInto(page, '#f-letter-first-name', 'Kelly');
    await typeInto(page, '#f-letter-exchange', 'Summer letter 2027');
    await press('Continue');

    await heading(page, 'Before you start');
    await page.getByText('Take your time. You do not have to write it all in one go.').waitFor();
    await chooseRadio(page, 'letter-age', '5to11');
    await page.getByText('Something you like doing, a pet, a favourite food you share').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await press('Continue');

    await heading(page, 'Write your letter');
    await page.getByRole('heading', { name: 'What to say' }).waitFor();
    await page.getByText('Say that it is OK for them to be happy in their family.').waitFor();
    await expect.poll(() => page.locator('#letter-word-count').innerText()).toBe('No words yet');
    await typeInto(page, '#f-letter-text', LETTER);
    await expect.poll(() => page.locator('#letter-word-count').innerText()).toBe('20 words');
    await typeInto(page, '#f-letter-avoid', 'Tom');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing typed reaches the address or the title.
    expect(page.url()).toBe(`${baseUrl()}/letters/write/`);
    expect(await page.title()).not.toContain('Tom');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('input, textarea')].every((e) => e.getAttribute('autocomplete') === 'off'),
      ),
    ).toBe(true);
    await press('Continue');

    await heading(page, 'Check before printing');
    await expect
      .poll(() => page.locator('.letter-marked mark').allTextContents())
      .toEqual(['Tom', '07700 900817', '21 Victoria Street']);
    await page
      .getByRole('status')
      .filter({ hasText: 'The check found 3 details. 3 still to change or keep.' })
      .waitFor();
    await page.getByText('There are still 3 details to change or keep with a reason.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // "This is fine because…" keeps the cat's name, by keyboard.
    beforeKeeping = await storedDrafts();
    expect(beforeKeeping).not.toBeNull();
    await typeInto(page, '#finding-1-reason', 'Tom is our cat');
    await page.keyboard.press('Enter');
    await page.getByText('Kept because: Tom is our cat').waitFor();
    await page.getByRole('status').filter({ hasText: '2 still to change or keep.' }).waitFor();
    expect(await page.locator('.letter-marked mark.kept').allTextContents()).toEqual(['Tom']);
  });

  it('keeps the draft encrypted on this device: a reload comes back to the same step and words', async () => {
    // The draft is written encrypted in the background: wait until what is stored has the kept reason.
    await expect.poll(storedDrafts).not.toBe(beforeKeeping);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('Victoria');
    await page.reload();
    await waitForIslands(page);
    await heading(page, 'Check before printing');
    await page.getByText('Kept because: Tom is our cat').waitFor();
    await press('Change the letter');
    await heading(page, 'Write your letter');
    await expect.poll(() => page.locator('#f-letter-text').inputValue()).toBe(LETTER);
    await expect.poll(() => page.locator('#letter-word-count').innerText()).toBe('20 words');
  });

  it('prints only the cover sheet for the agency and the letter', async () => {
    await press('Continue');
    await heading(page, 'Check before printing');
    await page.emulateMedia({ media: 'print' });
    const cover = page.locator('.letter-cover');
    await cover.waitFor({ state: 'visible' });
    const text = await cover.innerText();
    expect(text).toContain('Letter for the agency to check and pass on');
    expect(text).toContain('a birth relative');
    expect(text).toContain('Kelly');
    expect(text).toContain('Summer letter 2027');
    expect(text).toContain('“Tom”: Tom is our cat');
    expect(await page.locator('.letter-print__letter').innerText()).toBe(LETTER);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await cover.isVisible()).toBe(false);
  });

  it('"Delete everything from this device" deletes the draft', async () => {
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await heading(page, 'Everything has been deleted from this device');
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.goto(`${baseUrl()}/planner/template/`);
    await page.evaluate(() =>
      localStorage.setItem('staying-in-touch:settings', JSON.stringify({ deviceMode: 'personal' })),
    );
    await openLetterPage('/letters/write/');
    await heading(page, 'Who is writing?');
    expect(await page.locator('#f-letter-first-name').inputValue()).toBe('');
  });
});

describe('check a letter', () => {
  const fixture = (name: string) => readFileSync(`tests/fixtures/letters/${name}`, 'utf8');

  it("marks every planted detail of a fixture letter in place, with the writer's words", async () => {
    const { protected: listed, planted } = JSON.parse(fixture('birth-mother-en.json')) as {
      protected: { text: string }[];
      planted: { type: string; text: string }[];
    };
    await freshLetterPage('/letters/check/');
    await heading(page, 'Check a letter');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('The letter', { exact: true }).fill(fixture('birth-mother-en.txt'));
    await page.getByLabel('Words that must not appear (optional)').fill(listed.map((d) => d.text).join('\n'));
    await page.getByRole('button', { name: 'Check the letter' }).click();
    await page.getByRole('heading', { name: 'What the check found' }).waitFor();
    const marks = await page.locator('.letter-marked mark').allTextContents();
    for (const detail of planted)
      expect(
        marks.some((m) => m.includes(detail.text)),
        detail.text,
      ).toBe(true);
    // Each finding says why it matters and what to write instead.
    const phone = page.locator('.letter-finding').filter({ hasText: 'Phone number: +44 7700 900 817' });
    await phone.getByText('A phone number: it would let someone get in touch directly').waitFor();
    await phone.getByText('Leave the number out: letters and replies go through the agency.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A reason is needed to keep one; with it, the finding stays, marked as kept.
    await phone.getByRole('button', { name: 'Keep it' }).click();
    await phone.getByText('Say why it is fine, to keep it').waitFor();
    await phone.getByLabel('This is fine because…').fill('The agency’s own line');
    await phone.getByRole('button', { name: 'Keep it' }).click();
    await phone.getByText('Kept because: The agency’s own line').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${marks.length - 1} still to change or keep.` })
      .waitFor();
    await phone.getByRole('button', { name: 'Look at it again' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${marks.length} still to change or keep.` })
      .waitFor();
  });

  it('says so for a clean letter', async () => {
    await page.getByLabel('Words that must not appear (optional)').fill('');
    await page.getByLabel('The letter', { exact: true }).fill(fixture('clean-birth-mother-en.txt'));
    await page.getByRole('button', { name: 'Check the letter' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The check found' }).innerText())
      .toMatch(/no identifying details|found 1 detail\./);
  });

  it('checks against a plan opened from a file, for a coordinator', async () => {
    const plan = JSON.parse(readFileSync('tests/fixtures/plans/complete.json', 'utf8'));
    plan.child.name = 'Ellie Price-Jones';
    plan.people.push({ id: 'p-adopter-1', name: 'Sarah Price-Jones', relationship: 'adoptive_parent' });
    await chooseRadio(page, 'check-who', 'coordinator');
    await page.getByLabel('Or open a plan file').setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan)),
    });
    await page.getByText(/^Checking against “.+”: \d+ protected details\.$/).waitFor();
    await page.getByLabel('The letter', { exact: true }).fill('With love from Sarah Price-Jones and Ellie.');
    await page.getByRole('button', { name: 'Check the letter' }).click();
    // The plan does not say the birth family knows the child's first name, so it is found too.
    await expect
      .poll(() => page.locator('.letter-marked mark').allTextContents())
      .toEqual(['Sarah Price-Jones', 'Ellie']);
  });
});

describe('the Welsh letter pages', () => {
  it.each([
    ['/cy/letters/write/', 'Pwy sy’n ysgrifennu?'],
    ['/cy/letters/check/', 'Gwirio llythyr'],
  ])('%s is in Welsh and passes axe', async (path, h1) => {
    await openLetterPage(path);
    await heading(page, h1);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the device question on a letter page', () => {
  it.each([
    ['/letters/check/', 'Is this a shared or public computer? – Check a letter – Staying in touch'],
    [
      '/cy/letters/write/',
      'Ai cyfrifiadur a rennir neu gyfrifiadur cyhoeddus yw hwn? – Ysgrifennu llythyr – Cadw mewn cysylltiad',
    ],
  ])('%s names the letter tool in the tab title', async (path, title) => {
    await page.goto(`${baseUrl()}/planner/template/`);
    await page.evaluate(() => localStorage.removeItem('staying-in-touch:settings'));
    await openLetterPage(path);
    await expect.poll(() => page.title()).toBe(title);
  });
});
