/**
 * Printing: a pack, a session handout, each session's attendance certificate, each worked example's case
 * without answers and each activity sheet, laid out with print styles at the
 * width an A4 page gives them, must not clip or overflow anything; printed to PDF they must fill
 * the number of pages they promise. Screenshots and PDFs go to test-results/trainer/ for people to look at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, useBrowser, outsideRequests } from './browser';
import { pdfPageTexts, printProblems } from './printHelpers';
import type { Plan } from '../../src/planner/schema/planSchema';
import { ACTIVITY_SHEETS } from '../../src/trainer/activitySheets';

/** A4 is 210 mm: 794 CSS px at 96 dpi. The site's @page margins (16 mm a side) leave 178 mm. */
const A4_WIDTH_PX = Math.round((210 / 25.4) * 96);
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 16) / 25.4) * 96);
const OUT = 'test-results/trainer';

const SESSIONS = readdirSync('src/content/sessions')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
/** A session's learning outcomes, read from its own frontmatter rather than from the page under test. */
const sessionAims = (id: string): string[] =>
  parse(readFileSync(`src/content/sessions/${id}.mdx`, 'utf8').split(/^---$/m)[1]).aims;

const EXAMPLES = readdirSync('src/planner/examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

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

  // Welsh words run longer than English: the cards whose words are prose must still fit their pages.
  it.each(
    ACTIVITY_SHEETS.filter((s) => s.cards || s.id === 'letter-prompt-cards').map((s) => [s.id, s.pages] as const),
  )('the Welsh %s sheet prints on %i A4 page(s), nothing cut off', async (id, pages) => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/cy/training/sheets/${id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await checkPrint(page, `sheet-${id}-cy`)).toBe(pages);
    await page.close();
  });

  it.each(SESSIONS)('the attendance certificate for %s prints on one A4 page with what was typed', async (id) => {
    const page = await browser.newPage();
    const path = `/training/${id}/certificate/`;
    await page.goto(`${baseUrl()}${path}`);
    const title = await page.title();
    const name = page.getByLabel('Participant’s name');
    expect(await name.getAttribute('autocomplete')).toBe('off');
    expect(await page.getByLabel('Date').getAttribute('autocomplete')).toBe('off');
    expect(await axeViolations(page)).toEqual([]);
    await name.fill('Jo Participant-Example');
    await page.getByLabel('Date').fill('2026-11-20');
    expect(await checkPrint(page, `certificate-${id}`)).toBe(1);
    const [printed] = pdfPageTexts(`${OUT}/certificate-${id}.pdf`);
    expect(printed).toContain('Jo Participant-Example');
    expect(printed).toContain('Certificate of attendance');
    for (const aim of sessionAims(id)) expect(printed.replace(/\s+/g, ' ')).toContain(aim.slice(0, 30));
    // The name typed is in no address and no title.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
    expect(await page.title()).toBe(title);
    expect(title).not.toContain('Jo');
    await page.close();
  });

  it.each(EXAMPLES)(
    'the case of %s prints without answers: the child and the people only, nothing cut off',
    async (id) => {
      const page = await browser.newPage();
      await page.goto(`${baseUrl()}/training/cases/${id}/`);
      const example = JSON.parse(readFileSync(`src/planner/examples/${id}.json`, 'utf8')) as Plan;
      expect(await axeViolations(page)).toEqual([]);
      const pages = await checkPrint(page, `case-${id}`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      const printed = pdfPageTexts(`${OUT}/case-${id}.pdf`).join(' ').replace(/\s+/g, ' ');
      expect(printed).toContain(example.child.name);
      for (const person of example.people) expect(printed).toContain(person.name.slice(0, 20));
      // None of the plan that was made: no arrangement's notes, no support, no review.
      for (const answer of [
        ...example.arrangements.map((a) => a.notes),
        ...example.support.map((s) => s.description),
        example.purposes.summary,
      ].filter((text) => text.trim().length > 20))
        expect(printed).not.toContain(answer.replace(/\s+/g, ' ').slice(0, 40));
      await page.close();
    },
  );

  it('each session links to its certificate, which has a Welsh twin', async () => {
    const page = await browser.newPage();
    const id = SESSIONS[0];
    await page.goto(`${baseUrl()}/cy/training/${id}/`);
    await page.getByRole('link', { name: 'Argraffu tystysgrifau presenoldeb' }).click();
    await page.waitForURL(`**/cy/training/${id}/certificate/`);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('h1').innerText()).toBe('Tystysgrif presenoldeb');
    expect(await page.getByLabel('Enw’r cyfranogwr').getAttribute('autocomplete')).toBe('off');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

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
