/**
 * Printing: a pack, a session handout and each activity sheet, laid out with print styles at the
 * width an A4 page gives them, must not clip or overflow anything; printed to PDF they must fill
 * the number of pages they promise. Screenshots and PDFs go to test-results/trainer/ for people to look at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser, outsideRequests } from './browser';
import { printProblems } from './printHelpers';
import { ACTIVITY_SHEETS } from '../../src/trainer/activitySheets';

/** A4 is 210 mm: 794 CSS px at 96 dpi. The site's @page margins (16 mm a side) leave 178 mm. */
const A4_WIDTH_PX = Math.round((210 / 25.4) * 96);
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 16) / 25.4) * 96);
const OUT = 'test-results/trainer';

const browser = useBrowser();
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
});

/** Lays the page out for print at the printable width, checks it, screenshots it and prints it. */
async function checkPrint(page: Page, name: string) {
  await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  expect(await page.isVisible('.site-header')).toBe(false);
  expect(await page.isVisible('.breadcrumbs')).toBe(false);
  expect(await printProblems(page, PRINTABLE_WIDTH_PX)).toEqual([]);
  await page.screenshot({ path: `${OUT}/${name}-print.png`, fullPage: true });
  const pdf = await page.pdf({ path: `${OUT}/${name}.pdf`, format: 'A4', preferCSSPageSize: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

it('measures A4 the way a browser does', () => {
  expect(A4_WIDTH_PX).toBe(794);
  expect(PRINTABLE_WIDTH_PX).toBe(672);
});

describe('print layout', () => {
  it('a session handout fits on one A4 page', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/training/hearing-the-childs-voice-session/handout/`);
    expect(await checkPrint(page, 'handout')).toBe(1);
    await page.close();
  });

  it.each(ACTIVITY_SHEETS.map((s) => [s.id, s.pages] as const))(
    'the %s sheet prints on %i A4 page(s), nothing cut off',
    async (id, pages) => {
      const page = await browser.newPage();
      await page.goto(`${baseUrl()}/training/sheets/${id}/`);
      expect(await page.locator('article.sheet').count()).toBe(1);
      expect(await checkPrint(page, `sheet-${id}`)).toBe(pages);
      await page.close();
    },
  );

  it('a pack prints its cover, then each resource from a new page, with nothing cut off', async () => {
    const ids = [
      'training/hearing-the-childs-voice-session/handout',
      'guides/hearing-the-childs-wishes-and-feelings',
      'examples/welsh-speaking-family',
      'training/sheets/feelings-cards',
      'voices/adopted-teenager',
    ];
    const page = await browser.newPage();
    const before = browser.requests.length;
    await page.goto(
      `${baseUrl()}/training/pack/?title=Hearing%20the%20child%E2%80%99s%20voice&date=2026-12-01&r=${ids.join(',')}&view=pack`,
    );
    await page.waitForSelector('#pack-view[data-pack-ready]');
    await page.screenshot({ path: `${OUT}/pack-screen.png`, fullPage: true });
    const pages = await checkPrint(page, 'pack');
    expect(await page.isVisible('.pack-toolbar')).toBe(false);
    expect(await page.isVisible('.pack-cover h1')).toBe(true);
    // The cover has a page to itself and every resource starts a new one.
    expect(pages).toBeGreaterThanOrEqual(1 + ids.length);
    const breaks = await page
      .locator('.pack-item')
      .evaluateAll((items) => items.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(ids.map(() => 'page'));
    expect(await page.locator('.pack-cover').evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
    expect(outsideRequests(browser.requests.slice(before))).toEqual([]);
    await page.close();
  });
});
