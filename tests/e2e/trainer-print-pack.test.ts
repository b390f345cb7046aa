/**
 * Print that works (issue 17): a printed pack gives internal links as full addresses on the site's
 * canonical origin, prints a session's handout once when the handout is chosen too, keeps each
 * "Notes" box with its resource, prints the same number of pages each time with nothing cut off at
 * the right edge, and cannot be printed half loaded. A handout carries the hub's address and a box for
 * local contacts, on one page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser } from './browser';
import { pdfPageTexts, printProblems } from './printHelpers';

const OUT = 'test-results/trainer';
/** The printable width of an A4 page with the site's 16 mm side margins, in CSS px. */
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 16) / 25.4) * 96);
// No service worker: these tests hold back one resource's response, which a worker would answer instead.
const browser = useBrowser({ serviceWorkers: 'block' });
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

/** The site's canonical origin (`site` in astro.config.mjs), as the build wrote it into the sitemap. */
const CANONICAL = new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync('dist/sitemap-0.xml', 'utf8'))![1]).origin;

const SESSION = 'training/why-staying-in-touch-matters-session';
const PACK_IDS = [
  SESSION,
  `${SESSION}/handout`,
  'guides/step-1-purpose',
  'guides/step-2-who-is-important',
  'research/why-staying-in-touch-matters',
  'examples/welsh-speaking-family',
  'voices/adopted-teenager',
  'training/sheets/letter-planning',
];
const packUrl = (ids: string[]) => `${baseUrl()}/training/pack/?title=Preparation%20group&r=${ids.join(',')}&view=pack`;

/** Prints the page to A4 and returns its file and each page's text. */
async function printed(page: Page, name: string) {
  const path = `${OUT}/${name}.pdf`;
  const pdf = await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  const pages = pdfPageTexts(path);
  expect(pages).toHaveLength((await PDFDocument.load(pdf)).getPageCount());
  return pages;
}

describe('a printed pack', () => {
  it('prints internal links as full addresses, one handout, notes with their resource, the same pages each time', async () => {
    const page = await browser.newPage();
    await page.goto(packUrl(PACK_IDS));
    await page.waitForSelector('#pack-view[data-pack-ready]');
    await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await printProblems(page, PRINTABLE_WIDTH_PX)).toEqual([]);

    // Every internal link in the resources' text carries its full address, on the canonical origin.
    const links = await page
      .locator('.pack .prose a[href^="/"]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), print: a.getAttribute('data-print-url') })));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link.print).toBe(`${CANONICAL}${link.href}`);

    const pages = await printed(page, 'pack-links');
    const text = pages.join('\n');
    // A link's address, printed after it, is never a bare path ("(/guides/…)").
    expect(text.match(/\(\/[a-z]/g) ?? []).toEqual([]);
    expect(text.split(`(${CANONICAL}/`).length - 1).toBeGreaterThanOrEqual(links.length / 2);

    // The session and its handout were both chosen: the handout prints once, and the session says where.
    expect(await page.locator('.pack .handout').count()).toBe(1);
    expect(text.split('Local contacts').length - 1).toBe(1);
    expect(text).toContain('The handout for this session is printed separately, as item 2 of this pack.');

    // No "Notes" box on a page of its own: each is on the page its resource starts, under its title.
    // Handouts and sheets are given out as they are, without a notes box.
    const notesPages = pages.filter((p) => /^\s*Notes\s*$/m.test(p));
    expect(notesPages).toHaveLength(PACK_IDS.filter((id) => !/handout$|sheets/.test(id)).length);
    for (const p of notesPages) expect(p.slice(0, p.search(/^\s*Notes\s*$/m))).toMatch(/^\s*\d+ of \d+ · .+\n\s*\S/);
    // Nor a page with nothing of a resource but its label or its address (which may wrap once).
    const bare = pages
      .map((p, i) => ({ page: i + 1, text: p.replace(/\s+/g, ' ').trim() }))
      .filter(({ text }) => text === '' || /^\d+ of \d+ · [A-Za-z ]+$/.test(text) || /^Online: \S+( \S+)?$/.test(text));
    expect(bare).toEqual([]);

    // Printing again, or after a reload, gives the same pages.
    expect(await printed(page, 'pack-links-again')).toHaveLength(pages.length);
    await page.reload();
    await page.waitForSelector('#pack-view[data-pack-ready]');
    expect(await printed(page, 'pack-links-reloaded')).toHaveLength(pages.length);
    await page.close();
  });

  it('cannot be printed while still loading: the button waits, with the reason, and print shows a notice', async () => {
    const page = await browser.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/guides/step-1-purpose/', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(packUrl(['guides/step-1-purpose', 'voices/adopted-teenager']));
    const print = page.getByRole('button', { name: 'Print or save as PDF' });
    await expect.poll(() => print.isDisabled()).toBe(true);
    const reason = 'Still loading: you can print the pack once every resource in it has loaded.';
    expect(await page.locator('#pack-print-status').textContent()).toBe(reason);
    expect(await print.getAttribute('aria-describedby')).toBe('pack-print-status');

    // The browser's own Print cannot be stopped: what it prints meanwhile is a notice, not half a pack.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.pack')).toBe(false);
    const early = (await printed(page, 'pack-loading')).join('\n').replace(/\s+/g, ' ');
    expect(early).toContain('This pack had not finished loading when it was printed.');
    expect(early).not.toContain('Loading…');
    await page.emulateMedia({ media: 'screen' });

    release();
    await page.waitForSelector('#pack-view[data-pack-ready]');
    expect(await print.isDisabled()).toBe(false);
    expect(await page.locator('#pack-print-status').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.pack')).toBe(true);
    expect(await page.isVisible('.pack-print-wait')).toBe(false);
    await page.close();
  });
});

describe('a printed handout', () => {
  it('gives the hub’s address and a box for local contacts, on one page', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/${SESSION}/handout/`);
    await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await printProblems(page, PRINTABLE_WIDTH_PX)).toEqual([]);
    const pages = await printed(page, 'handout-address');
    expect(pages).toHaveLength(1);
    // A long address may wrap; its characters are all there, in order.
    expect(pages[0].replace(/\s+/g, '')).toContain(`freetoreadonline:${CANONICAL}/${SESSION}/handout/`);
    expect(pages[0]).toContain('Local contacts');
    expect(await page.locator('.handout__contacts .handout__line').count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
