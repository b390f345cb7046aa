/**
 * When exporting fails, the builder says what happened, that nothing was downloaded and the plan is
 * unchanged, and what to do. Each step of a PDF export is made to fail for real on the network (the
 * PDF code, the font, a font that is not a font so the pages cannot be drawn), and "Save plan to
 * file" is made to fail in the browser; then, with nothing in the way, both work again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, type Browser } from './browser';
import { freshBuilder, heading, storedPlans } from './plannerHelpers';

// No service worker: it would answer from its cache, and these requests must reach the network. The
// requests the tests abort are logged by Chromium as failed loads.
const browser = useBrowser({
  serviceWorkers: 'block',
  expectedProblems: [/: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/],
});
let page: Page;
let downloads = 0;
beforeAll(async () => {
  page = await browser.newPage();
  page.on('download', () => downloads++);
  await freshBuilder(page);
  await page.setInputFiles('#f-plan-file', 'tests/fixtures/plans/complete.json');
  await heading(page, 'Maya');
}, 120_000);

const exportButton = () => page.getByRole('button', { name: 'Export draft as PDF' });
const pdfStatus = () => page.locator('.pdf-export__status').first();

/** Clicks export with `route` in place and returns the message shown; checks nothing was downloaded or changed. */
async function failedExport(pattern: string, route: Parameters<Browser['context']['route']>[1]): Promise<string> {
  const before = { downloads, stored: await storedPlans(page), tasks: await page.locator('.task-list').innerText() };
  await browser.context.route(pattern, route);
  try {
    await exportButton().click();
    await expect.poll(() => pdfStatus().getAttribute('class')).toContain('error-message');
  } finally {
    await browser.context.unroute(pattern);
  }
  expect(downloads).toBe(before.downloads);
  expect(await storedPlans(page)).toBe(before.stored);
  expect(await page.locator('.task-list').innerText()).toBe(before.tasks);
  await heading(page, 'Maya');
  return (await pdfStatus().innerText()).trim();
}

describe('a PDF export that fails', () => {
  it('says the PDF code did not load when it cannot be fetched', async () => {
    const message = await failedExport('**/_astro/renderPlanPdf*.js', (route) => route.abort('internetdisconnected'));
    expect(message).toBe(
      'The PDF could not be made: the part of the plan builder that makes PDFs did not load. Nothing was downloaded, and the plan itself is unchanged. Check that you are online, reload the page, then try again.',
    );
    // As the message says: reload, and the same plan is there to export.
    await page.reload();
    await heading(page, 'Maya');
  });

  it('says the font did not load when it cannot be fetched', async () => {
    const message = await failedExport('**/*.ttf', (route) => route.abort('internetdisconnected'));
    expect(message).toBe(
      'The PDF could not be made: its font did not load. Nothing was downloaded, and the plan itself is unchanged. Check that you are online, then try again.',
    );
  });

  it('says the pages could not be drawn when the font is not a font', async () => {
    const message = await failedExport('**/*.ttf', (route) =>
      route.fulfill({ status: 200, contentType: 'font/ttf', body: 'not a font' }),
    );
    expect(message).toBe(
      'The PDF could not be made: an error stopped its pages being drawn. Nothing was downloaded, and the plan itself is unchanged. Reload the page and try again. If it happens again, you can still save the plan to a file.',
    );
  });

  it('works again, with nothing in the way', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton().click()]);
    expect(download.suggestedFilename()).toMatch(/-draft\.pdf$/);
    await expect.poll(() => pdfStatus().innerText()).toMatch(/^The PDF has been downloaded: /);
  });
});

describe('saving the plan to a file when it fails', () => {
  it('says nothing was downloaded and the plan is unchanged, and works again afterwards', async () => {
    const before = { downloads, stored: await storedPlans(page) };
    // The browser cannot make the file's address (as when it is out of memory).
    await page.evaluate(() => {
      const make = URL.createObjectURL.bind(URL);
      URL.createObjectURL = () => {
        URL.createObjectURL = make;
        throw new DOMException('Out of memory', 'QuotaExceededError');
      };
    });
    const save = page.getByRole('button', { name: 'Save plan to file' });
    await save.click();
    const status = page.locator('.file-action__status');
    await expect
      .poll(() => status.innerText())
      .toBe(
        'The plan file could not be made, so nothing was downloaded. The plan itself is unchanged. Try again; if it happens again, reload the page first.',
      );
    expect(downloads).toBe(before.downloads);
    expect(await storedPlans(page)).toBe(before.stored);
    expect(await save.getAttribute('aria-describedby')).toBe(await status.getAttribute('id'));

    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await expect.poll(() => status.innerText()).toBe('');
  });
});
