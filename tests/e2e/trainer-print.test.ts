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
import { pdfPageTexts, printProblems, wordsMissingFromPdf } from './printHelpers';
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
    // The date in the page's language, not the browser's own format for a date field.
    expect(printed).toContain('20 November 2026');
    expect(printed).not.toContain('20/11/2026');
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

  it('each session links to its certificate, which has a Welsh twin that prints the date in Welsh', async () => {
    const page = await browser.newPage();
    const id = SESSIONS[0];
    await page.goto(`${baseUrl()}/cy/training/${id}/`);
    await page.getByRole('link', { name: 'Argraffu tystysgrifau presenoldeb' }).click();
    await page.waitForURL(`**/cy/training/${id}/certificate/`);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('h1').innerText()).toBe('Tystysgrif presenoldeb');
    expect(await page.getByLabel('Enw’r cyfranogwr').getAttribute('autocomplete')).toBe('off');
    expect(await axeViolations(page)).toEqual([]);
    // The date prints in Welsh words in place of the date field.
    await page.getByLabel('Dyddiad').fill('2026-11-20');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#certificate-date-written').innerText()).toBe('20 Tachwedd 2026');
    expect(await page.isVisible('#certificate-date')).toBe(false);
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

describe('print styles: standard, large print and dyslexia-friendly, at 100% and at 150% zoom', () => {
  /** 150% zoom: the page lays out in two thirds of the width, and prints half as large again. */
  const ZOOMED_WIDTH_PX = Math.floor(PRINTABLE_WIDTH_PX / 1.5);
  /** Points to CSS pixels: print sizes are set in points. */
  const pt = (points: number) => (points * 96) / 72;
  const STYLES = [
    ['standard', 'Standard'],
    ['large', 'Large print'],
    ['dyslexia', 'Dyslexia-friendly'],
  ] as const;
  const letterSheet = ACTIVITY_SHEETS.find((s) => s.id === 'letter-planning')!;
  /** `boxes`: the page has boxes to write in, which must stay whole over more pages. */
  const PAGES = [
    { name: 'handout', path: '/training/hearing-the-childs-voice-session/handout/', pages: 1, boxes: true },
    { name: 'letter sheet', path: `/training/sheets/${letterSheet.id}/`, pages: letterSheet.pages, boxes: true },
    { name: 'case', path: '/training/cases/siblings-adoption-and-foster-care/', pages: 3, boxes: false },
  ];

  /** The body text's size as printed (its zoom included), smallest first, and how it is set. */
  const bodyText = (page: Page) =>
    page.locator('main :is(p, li, dd):not(.no-print *)').evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0 && (el.textContent ?? '').trim().length > 20)
        .map((el) => {
          const style = getComputedStyle(el);
          const zoom = (el as HTMLElement & { currentCSSZoom: number }).currentCSSZoom;
          return {
            fontPx: parseFloat(style.fontSize) * zoom,
            lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
            align: style.textAlign,
          };
        })
        .sort((a, b) => a.fontPx - b.fontPx),
    );

  it.each(PAGES.flatMap((p) => STYLES.map(([style, label]) => [p.name, style, label, p] as const)))(
    'the %s prints %s: nothing cut off and every word there, at 100% and at 150%',
    async (name, style, label, { path, pages, boxes: hasBoxes }) => {
      const file = `${name.replace(/ /g, '-')}-${style}`;
      const page = await browser.newPage();
      await page.goto(`${baseUrl()}${path}`);
      // The trainer's choice, made before printing; the address keeps it for a reload or a bookmark.
      await page.getByRole('radio', { name: label }).check();
      if (style !== 'standard') await expect.poll(() => new URL(page.url()).searchParams.get('print')).toBe(style);
      expect(await axeViolations(page)).toEqual([]);

      const standardPages = await checkPrint(page, file);
      expect(await wordsMissingFromPdf(page, `${OUT}/${file}.pdf`)).toEqual([]);
      const text = await bodyText(page);
      expect(text.length).toBeGreaterThan(2);
      if (style === 'standard') expect(standardPages).toBe(pages);
      else expect(standardPages).toBeLessThanOrEqual(pages * 3);
      if (style === 'large') expect(text[0].fontPx).toBeGreaterThanOrEqual(pt(16));
      if (style === 'dyslexia') {
        expect(text[0].fontPx).toBeGreaterThanOrEqual(pt(12));
        for (const { lineHeight, align } of text) {
          expect(lineHeight).toBeGreaterThanOrEqual(1.49);
          expect(['left', 'start']).toContain(align);
        }
      }

      // At 150% zoom: a page two thirds as wide, printed half as large again.
      await page.setViewportSize({ width: ZOOMED_WIDTH_PX, height: 1123 });
      expect(await printProblems(page, ZOOMED_WIDTH_PX)).toEqual([]);
      const pdf = await page.pdf({ path: `${OUT}/${file}-150.pdf`, format: 'A4', preferCSSPageSize: true, scale: 1.5 });
      const zoomedPages = (await PDFDocument.load(pdf)).getPageCount();
      expect(zoomedPages).toBeGreaterThanOrEqual(standardPages);
      expect(zoomedPages).toBeLessThanOrEqual(standardPages * 2 + 1);
      expect(await wordsMissingFromPdf(page, `${OUT}/${file}-150.pdf`)).toEqual([]);
      // Over more pages, boxes to write in stay whole: the local contacts, each part of the letter plan.
      const boxes = await page
        .locator('.handout__contacts, .letter-plan__box')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
      expect(boxes.length > 0).toBe(hasBoxes);
      if (hasBoxes) expect(new Set(boxes)).toEqual(new Set(['avoid']));
      await page.close();
    },
  );
});

describe('print styles on every sheet and in a pack', () => {
  it.each(ACTIVITY_SHEETS.map((s) => s.id))(
    'the %s sheet, in large print and dyslexia-friendly, has nothing cut off',
    async (id) => {
      const page = await browser.newPage();
      await page.goto(`${baseUrl()}/training/sheets/${id}/`);
      await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 1123 });
      for (const label of ['Large print', 'Dyslexia-friendly']) {
        await page.emulateMedia({ media: 'screen' });
        await page.getByRole('radio', { name: label }).check();
        await page.emulateMedia({ media: 'print' });
        expect(await printProblems(page, PRINTABLE_WIDTH_PX)).toEqual([]);
      }
      await page.close();
    },
  );

  it('a pack chosen in large print keeps it in its link, and prints every word with nothing cut off', async () => {
    const ids = ['training/hearing-the-childs-voice-session/handout', 'training/sheets/letter-planning'];
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/training/pack/?r=${ids.join(',')}`);
    await page.getByRole('radio', { name: 'Large print' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('print')).toBe('large');
    await page.getByRole('button', { name: 'View printable pack' }).click();
    await page.waitForSelector('#pack-view[data-pack-ready]');
    expect(new URL(page.url()).searchParams.get('print')).toBe('large');
    // The link opens the same pack, in large print, for a colleague.
    await page.reload();
    await page.waitForSelector('#pack-view[data-pack-ready]');
    expect(await page.isChecked('#print-style-large')).toBe(true);
    const pages = await checkPrint(page, 'pack-large');
    expect(pages).toBeGreaterThanOrEqual(1 + ids.length);
    expect(await wordsMissingFromPdf(page, `${OUT}/pack-large.pdf`)).toEqual([]);
    // No page holds only a resource's heading, its content pushed whole onto the next.
    const words = pdfPageTexts(`${OUT}/pack-large.pdf`).map((text) => text.split(/\s+/).filter(Boolean).length);
    expect(words.filter((n) => n < 15)).toEqual([]);
    const smallest = await page
      .locator('.pack-item :is(p, li)')
      .evaluateAll((els) =>
        Math.min(
          ...els
            .filter((el) => el.getClientRects().length > 0)
            .map(
              (el) =>
                parseFloat(getComputedStyle(el).fontSize) *
                (el as HTMLElement & { currentCSSZoom: number }).currentCSSZoom,
            ),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual((16 * 96) / 72);
    await page.close();
  });
});

describe('the day agenda', () => {
  /** A session's length and title, read from its own frontmatter. */
  const sessionFacts = (id: string) => {
    const data = parse(readFileSync(`src/content/sessions/${id}.mdx`, 'utf8').split(/^---$/m)[1]) as {
      title: string;
      activities: { minutes: number }[];
    };
    return { title: data.title, minutes: data.activities.reduce((sum, a) => sum + a.minutes, 0) };
  };
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

  it('composes a day by clicking, shows its clock times, keeps it in the link and prints on one A4 page', async () => {
    const [first, second] = [SESSIONS[0], SESSIONS[1]];
    const [a, b] = [sessionFacts(first), sessionFacts(second)];
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/training/agenda/`);
    await page.waitForSelector('#agenda[data-ready]');
    expect(await page.locator('#agenda-empty').isVisible()).toBe(true);
    await page.getByLabel('Start time').fill('09:15');
    await page.getByLabel('Start time').dispatchEvent('change');
    await page.getByLabel('Session').selectOption(second);
    await page.getByRole('button', { name: 'Add the session' }).click();
    await page.getByLabel('Lunch, in minutes').fill('40');
    await page.getByRole('button', { name: 'Add lunch' }).click();
    await page.getByLabel('Session').selectOption(first);
    await page.getByRole('button', { name: 'Add the session' }).click();
    await page.getByRole('button', { name: 'Add a break' }).click();
    // The break goes between the sessions: moved up once, announced.
    await page.getByRole('button', { name: /^Move up\s*: Break$/ }).click();
    await expect.poll(() => page.locator('#agenda-announcer').textContent()).toBe('Moved Break to place 3.');

    const rows = () =>
      page
        .locator('#agenda-rows tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent)));
    const start = 9 * 60 + 15;
    const lunchEnd = start + b.minutes + 40;
    const expected = [
      [`${clock(start)} to ${clock(start + b.minutes)}`, b.title],
      [`${clock(start + b.minutes)} to ${clock(lunchEnd)}`, 'Lunch', '40 minutes'],
      [`${clock(lunchEnd)} to ${clock(lunchEnd + 15)}`, 'Break', '15 minutes'],
      [`${clock(lunchEnd + 15)} to ${clock(lunchEnd + 15 + a.minutes)}`, a.title],
    ];
    const check = async () => {
      const shown = await rows();
      expect(shown.map((r, i) => (expected[i].length === 2 ? r.slice(0, 2) : r))).toEqual(expected);
      const total = b.minutes + 40 + 15 + a.minutes;
      expect(await page.locator('#agenda-total').textContent()).toMatch(
        new RegExp(`^The whole day: ${Math.floor(total / 60)} hours? .*from 09:15 to ${clock(start + total)}\\.$`),
      );
    };
    await check();
    expect(await axeViolations(page)).toEqual([]);

    // The link holds the day, and nothing else: a colleague opening it sees the same timetable.
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).toEqual(['part', 'part', 'part', 'part', 'start']);
    expect(await page.getAttribute('#agenda-share', 'href')).toBe(page.url());
    await page.reload();
    await page.waitForSelector('#agenda[data-ready]');
    await check();

    expect(await checkPrint(page, 'agenda')).toBe(1);
    expect(await page.isVisible('#agenda-rows button')).toBe(false);
    const [printed] = pdfPageTexts(`${OUT}/agenda.pdf`);
    expect(printed).toContain(b.title.slice(0, 30));
    expect(printed).toContain('Lunch');
    await page.close();
  });

  it('is linked from the "For trainers" page in both languages, and has a Welsh twin', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/cy/audiences/trainers/`);
    await page.getByRole('link', { name: 'Cynllunio diwrnod hyfforddi' }).click();
    await page.waitForURL('**/cy/training/agenda/?start=09%3A30');
    await page.waitForSelector('#agenda[data-ready]');
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('#agenda-empty').textContent()).toBe(
      'Does dim byd yn y diwrnod eto: ychwanegwch sesiwn uchod.',
    );
    // Welsh times are on a 24-hour clock, even in a browser that has no Welsh of its own.
    await page.getByRole('button', { name: 'Ychwanegu’r sesiwn' }).click();
    expect(await page.locator('#agenda-rows td').first().textContent()).toMatch(/^09:30 i \d\d:\d\d$/);
    expect(await axeViolations(page)).toEqual([]);
    const english = await (await fetch(`${baseUrl()}/audiences/trainers/`)).text();
    expect(english).toContain('href="/training/agenda/"');
    await page.close();
  });
});
