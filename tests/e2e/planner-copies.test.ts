/**
 * Copies for each family: a social worker writes what the copies leave out, sees every detail in
 * what people wrote that the other family must not have, keeps one with a reason, rewords another
 * and is back at the copies, and the findings follow; each edition prints from the browser with its
 * edition line and marks on every page; the pages pass axe and keep nothing in the browser's form memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from './browser';
import { freshBuilder, goToView, heading, openBuilder } from './plannerHelpers';

const browser = useBrowser();
let page: Page;

const birthCopy = () => page.locator('section[aria-labelledby="copy-birth"]');
const adoptiveCopy = () => page.locator('section[aria-labelledby="copy-adoptive"]');
const marked = (section: ReturnType<typeof birthCopy>) => section.locator('.finding mark').allInnerTexts();
/** The finding whose marked detail is exactly `detail`. */
const finding = (section: ReturnType<typeof birthCopy>, detail: string) =>
  section.locator('.finding').filter({ has: page.locator('mark', { hasText: new RegExp(`^${detail}$`) }) });
const expectAccessible = async (what: string) => {
  expect(await axeViolations(page), what).toEqual([]);
  const remembered = await page.$$eval('input, textarea', (fields) =>
    fields.filter((f) => f.getAttribute('autocomplete') !== 'off').map((f) => f.id),
  );
  expect(remembered, `${what}: fields without autocomplete="off"`).toEqual([]);
};

beforeAll(async () => {
  page = await browser.newPage();
  await freshBuilder(page);
  await page.setInputFiles('#f-plan-file', 'tests/fixtures/plans/family-copies.json');
  await heading(page, 'Maya');
}, 120_000);

describe('copies for each family', () => {
  it('lists what each copy must not show before anything is written', async () => {
    await page.getByRole('link', { name: 'Copies for each family' }).click();
    await heading(page, 'Copies for each family');
    // The adoptive parent's first name, the child's first name (not yet said to be known) and a phone number.
    await expect.poll(() => marked(birthCopy())).toEqual(expect.arrayContaining(['Rhian', 'Maya', '07700 900123']));
    expect(await marked(birthCopy())).not.toContain('Bridgend');
    // The birth mother's name is found in what was written for the adoptive family's copy.
    expect(await marked(adoptiveCopy())).toContain('Sarah');
    // The other family's names in the register are not findings: the copies name them by their part.
    expect(await marked(birthCopy())).not.toContain('Rhian Price-Jones');
    await expectAccessible('copies, before any details are written');
  });

  it('writes what the copies leave out, and finds the town', async () => {
    await page.getByRole('link', { name: 'Write what the copies leave out' }).click();
    await heading(page, 'What the copies leave out');
    await page.getByRole('button', { name: 'Save' }).waitFor();
    await expectAccessible('the form of what the copies leave out');
    await page.getByLabel('The town or village where the adoptive family lives').fill('Bridgend');
    await page
      .getByRole('group', { name: 'Does the birth family know the child’s first name?' })
      .getByLabel('Yes')
      .check();
    await page.getByRole('group', { name: 'First names both families know' }).getByLabel('Rhian Price-Jones').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await heading(page, 'Copies for each family');
    await page.getByText('What the copies leave out is saved.').waitFor();
    await expect.poll(() => marked(birthCopy())).toEqual(['Bridgend', '07700 900123']);
    await expect
      .poll(() => birthCopy().locator('.copy-findings__count').innerText())
      .toBe('2 details to reword or keep.');
    // Each birth relative's copy holds their arrangements only: Sarah's can be made while Leon's waits.
    await birthCopy().getByText('The copy for Leon: 2 details to reword or keep first.').waitFor();
    await birthCopy().getByRole('button', { name: 'Download the copy for Sarah (PDF)' }).waitFor();
  });

  it('keeps a finding only with a reason, and the reason stays after a reload', async () => {
    const town = finding(birthCopy(), 'Bridgend');
    await town.getByText('Keep it in the copies').click();
    await town.getByRole('button', { name: 'Keep it' }).click();
    await town.getByText('Enter why this detail is safe to keep').waitFor();
    const reason = town.getByLabel('Why is “Bridgend” safe to keep here?');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible('keeping a finding, with its error');
    await reason.fill('Both families meet at the leisure centre in Bridgend.');
    await town.getByRole('button', { name: 'Keep it' }).click();
    await page.getByText('“Bridgend” is kept in the copies.').waitFor();
    await birthCopy().getByText('Kept: Both families meet at the leisure centre in Bridgend.').waitFor();
    await expect
      .poll(() => birthCopy().locator('.copy-findings__count').innerText())
      .toBe('One detail to reword or keep. One detail is kept, with a reason.');
    await page.reload();
    await heading(page, 'Copies for each family');
    await birthCopy().getByText('Kept: Both families meet at the leisure centre in Bridgend.').waitFor();
  });

  it('rewords an answer from its finding, back at the copies where its finding was, and the finding is gone', async () => {
    const phone = finding(birthCopy(), '07700 900123');
    await phone.getByRole('link', { name: 'Reword this answer' }).click();
    const notes = page.locator('#f-notes');
    await expect.poll(() => notes.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).hash).toMatch(/\?from=copies&answer=arrangements\.[^.&]+\.notes&field=notes$/);
    await page.getByRole('link', { name: 'Back to copies for each family' }).waitFor();
    await notes.fill('Rhian drives Maya from Bridgend; she calls the agency if they are late.');
    await page.getByRole('button', { name: /^Save/ }).first().click();
    await heading(page, 'Copies for each family');
    // Nothing is left to reword in that answer (Bridgend is kept): focus is on the copy it was in.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('copy-birth');
    const planId = new URL(page.url()).hash.split('/')[2];
    await expect
      .poll(() => birthCopy().locator('.copy-findings__count').innerText())
      .toBe('Nothing is left to reword or keep. One detail is kept, with a reason.');
    // Opening the plan again in a new visit shows the same.
    await openBuilder(page, '', `#/plan/${planId}/copies`);
    await expect.poll(() => marked(birthCopy())).toEqual(['Bridgend']);
  });

  it("downloads a birth relative's copy once nothing is left open, without the adoptive family's names", async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      birthCopy().getByRole('button', { name: 'Download the copy for Sarah (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^practice-staying-in-touch-plan-plancopi-v1-copy-birth-relative-1-draft\.pdf$/,
    );
    const path = join(mkdtempSync(join(tmpdir(), 'copies-')), 'copy.pdf');
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Staying-in-touch plan: copy for Sarah');
    expect(text).not.toMatch(/Price-Jones|Tom\b/);
    // The adoptive family's copy waits: what was written still names Sarah.
    expect(
      await adoptiveCopy()
        .getByRole('button', { name: /^Download/ })
        .count(),
    ).toBe(0);
  });
  it("downloads the child's plan in words for the child's age, and easy read for a birth relative", async () => {
    const editions = page.locator('section[aria-labelledby="copy-editions"]');
    const pdfOf = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        editions.getByRole('button', { name: button }).click(),
      ]);
      const path = join(mkdtempSync(join(tmpdir(), 'editions-')), 'edition.pdf');
      await download.saveAs(path);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      return { name: download.suggestedFilename(), text };
    };
    // Maya was born in April 2021: the words for under 8 are chosen from her date of birth.
    await expect.poll(() => editions.getByLabel(/^Under 8/).isChecked()).toBe(true);
    const young = await pdfOf('Download the child’s plan (PDF)');
    expect(young.name).toMatch(/-childs-plan-under8-draft\.pdf$/);
    expect(young.text).toContain('Maya’s plan for keeping in touch');
    expect(young.text).toContain('The child’s plan, words for under 8');
    // Her birth mother's first name is not one both families know: the child's plan says "your birth mother".
    expect(young.text).not.toContain('Sarah');
    await editions.getByLabel('Teenagers').check();
    expect((await pdfOf('Download the child’s plan (PDF)')).name).toMatch(/-childs-plan-teen-draft\.pdf$/);
    const easy = await pdfOf('Download easy read for Sarah (PDF)');
    expect(easy.name).toMatch(/-easy-read-1-draft\.pdf$/);
    expect(easy.text).toContain('Easy read, for Sarah');
    expect(easy.text).not.toMatch(/Price-Jones|Tom\b/);
  });

  it('prints each edition from the browser, saying on every page which edition and for whom, with its marks', async () => {
    const planId = new URL(page.url()).hash.split('/')[2];
    /** The edition as Chromium prints it: each page's text. */
    const printed = async () => {
      await page.emulateMedia({ media: 'print' });
      const path = join(mkdtempSync(join(tmpdir(), 'print-')), 'print.pdf');
      await page.pdf({ path, format: 'A4' });
      await page.emulateMedia({ media: 'screen' });
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
      return text
        .split('\f')
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
    };
    // What each must not print: the adoptive family's names in a birth relative's, the birth
    // mother's in the child's plan (her first name is not one both families know).
    const editions = [
      {
        link: 'Print the copy for Sarah',
        line: 'Copy for Sarah',
        title: 'Print a birth relative’s copy',
        not: /Price-Jones|Tom\b/,
      },
      {
        link: 'Print the child’s plan',
        line: 'The child’s plan, words for under 8',
        title: 'Print the child’s plan',
        not: /Sarah/,
      },
      {
        link: 'Print easy read for Sarah',
        line: 'Easy read, for Sarah',
        title: 'Print easy read',
        not: /Price-Jones|Tom\b/,
      },
      { link: 'Print the agency record', line: 'The agency record', title: 'Print the agency record' },
    ];
    for (const { link, line, title, not } of editions) {
      if (link === 'Print the agency record') await goToView(page, `#/plan/${planId}`);
      else await goToView(page, `#/plan/${planId}/copies`);
      await page.getByRole('link', { name: link }).click();
      await page.getByRole('button', { name: 'Print this page' }).waitFor();
      // The tab title says which edition, never a name.
      expect(await page.title()).toMatch(new RegExp(`^${title} – `));
      expect(await page.title()).not.toMatch(/Maya|Sarah/);
      const pages = await printed();
      expect(pages.length, line).toBeGreaterThan(0);
      for (const [i, text] of pages.entries()) {
        expect(text, `${line}, page ${i + 1}`).toContain(`${line} · Plan ${planId} · Version 1`);
        expect(text, `${line}, page ${i + 1}`).toContain(
          'OFFICIAL-SENSITIVE · PRACTICE — FICTIONAL · DRAFT — NOT SIGNED OFF',
        );
        // None of the builder's own controls is printed.
        expect(text).not.toMatch(/Print this page|Back to|Copies for each family/);
      }
      // Every picture and drawing says what it shows.
      const names = await page
        .locator('.edition-doc svg')
        .evaluateAll((svgs) =>
          svgs.map((svg) => `${svg.getAttribute('role')}: ${svg.getAttribute('aria-label') ?? ''}`),
        );
      expect(
        names.filter((name) => !/^img: \S/.test(name)),
        line,
      ).toEqual([]);
      if (not) expect(pages.join(' '), line).not.toMatch(not);
      if (line === 'Easy read, for Sarah') {
        expect(names).toContain('img: A page with ticks');
        expect(await page.locator('.edition-doc__point strong').count()).toBeGreaterThan(0);
      }
      if (line === 'The agency record') {
        expect(pages.join(' ')).toContain('Price-Jones');
        // Nothing is attached to a page printed from the browser, so it does not say so.
        expect(pages.join(' ')).not.toContain('attached inside this PDF');
      }
    }
    await expectAccessible('an edition to print');
    // The adoptive family's copy still names Sarah where it must not: refused as its download is.
    await goToView(page, `#/plan/${planId}/copies/print/adoptive-family`);
    await page.getByText(/^(One detail|\d+ details) to reword or keep\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Print this page' }).count()).toBe(0);

    // A bilingual plan prints Welsh first, then English under it: one h1, the English title an h2.
    await goToView(page, `#/plan/${planId}/child`);
    await page
      .getByRole('group', { name: 'Language of the plan’s documents' })
      .getByLabel('Welsh and English, Welsh first', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await goToView(page, `#/plan/${planId}/copies/print/record`);
    await page.getByRole('button', { name: 'Print this page' }).waitFor();
    const english = page.locator('.edition-doc__language[lang="en-GB"]');
    await english.waitFor();
    expect(await page.locator('.edition-print').getAttribute('lang')).toBe('cy');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await english.locator('h1').count()).toBe(0);
    expect(await english.locator('h2').first().textContent()).toMatch(/plan/i);
    await expectAccessible('a bilingual edition to print');
  });
});
