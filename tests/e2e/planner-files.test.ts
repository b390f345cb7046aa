/**
 * Plan files: saving downloads the plan as JSON that reads back exactly; opening a good file adds it;
 * every kind of bad file gets its own plain message, the error summary, "Error: " in the title, and
 * leaves every stored plan and the plan on screen untouched.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, useBrowser } from './browser';
import { planJsonSchema } from '../../src/planner/schema/planJsonSchema';
import { freshBuilder, heading, storedPlans } from './plannerHelpers';

const FIXTURES = 'tests/fixtures/plans';
const dir = mkdtempSync(join(tmpdir(), 'plan-files-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage();
  await freshBuilder(page);
});

const openFile = (path: string) => page.setInputFiles('#f-plan-file', path);
const backToPlans = async () => {
  const back = page.getByRole('link', { name: 'Back to your plans' });
  if (await back.count()) await back.click();
  await heading(page, 'Your plans');
};

describe('plan files', () => {
  it('publishes the plan file format as JSON Schema, generated from the plan schema', async () => {
    const res = await fetch(`${baseUrl()}/schemas/plan-v2.json`);
    expect(res.status).toBe(200);
    const published = (await res.json()) as Record<string, unknown>;
    const { $id, ...rest } = published;
    const { $id: _, ...generated } = planJsonSchema('https://example.org');
    expect(rest).toEqual(generated);
    expect(String($id)).toMatch(/\/schemas\/plan-v2\.json$/);
  });

  it('keeps the JSON Schema of format 1 published as it was', async () => {
    const res = await fetch(`${baseUrl()}/schemas/plan-v1.json`);
    expect(res.status).toBe(200);
    const { $id, ...rest } = (await res.json()) as Record<string, unknown>;
    expect(rest).toEqual(JSON.parse(readFileSync('src/planner/schema/published/plan-v1.json', 'utf8')));
    expect(String($id)).toMatch(/\/schemas\/plan-v1\.json$/);
  });

  it('opens a good plan file and saves it back byte for byte', async () => {
    await openFile(join(FIXTURES, 'complete.json'));
    await heading(page, 'Maya');
    await page.getByText('Opened complete.json.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save plan to file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('practice-staying-in-touch-plan-fixturec-v1.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved).toEqual(JSON.parse(readFileSync(join(FIXTURES, 'complete.json'), 'utf8')));
  });

  it('opens a file in an older format, migrating it', async () => {
    await openFile(join(FIXTURES, 'v0-prototype.json'));
    await page.getByText('Opened v0-prototype.json').waitFor();
    await heading(page, 'Maya');
    expect(page.url()).not.toContain('fixture-complete');
  });

  const bad: [kind: string, path: () => string, message: RegExp][] = [
    ['not JSON', () => join(FIXTURES, 'invalid-not-json.json'), /not written in JSON/],
    ['plain text', () => file('notes.json', 'Meeting notes: Maya and Leon'), /not written in JSON/],
    [
      'an image',
      () => file('photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
      /it is not text/,
    ],
    ['a PDF from elsewhere', () => file('scan.pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), /PDF/],
    ['empty', () => file('empty.json', ''), /is empty/],
    ['too large', () => file('huge.json', `{"schemaVersion":1,"title":"${'x'.repeat(5_100_000)}"}`), /too large/],
    ['the wrong shape', () => join(FIXTURES, 'invalid-wrong-types.json'), /not a valid plan: 4 problems/],
    ['unknown fields', () => join(FIXTURES, 'invalid-unknown-key.json'), /not a valid plan/],
    ['broken rules', () => join(FIXTURES, 'invalid-rules.json'), /not a valid plan/],
    ['a newer version', () => join(FIXTURES, 'invalid-future-version.json'), /newer version of the plan builder/],
    ['a __proto__ key', () => join(FIXTURES, 'invalid-proto.json'), /"__proto__"/],
  ];

  it.each(bad)('refuses %s with a plain message and changes nothing', async (_kind, path, message) => {
    await backToPlans();
    const before = await storedPlans(page);
    const screenBefore = await page.locator('h1').innerText();
    await openFile(path());
    const summary = page.locator('.error-summary');
    // Wait for this file's message: a PDF is read by code loaded on demand, so it can take a moment.
    await page.locator('.error-summary', { hasText: message }).waitFor();
    expect(await summary.innerText()).toMatch(/There is a problem/);
    expect(await summary.innerText()).toMatch(message);
    // Focus and the title follow the summary once it has rendered (React effects): wait for them too.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary')))
      .toBe(true);
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    expect(await page.locator('#f-plan-file-error').innerText()).toMatch(message);
    expect(await page.locator('h1').innerText()).toBe(screenBefore);
    expect(await storedPlans(page)).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("on a plan's own page, a bad file leaves the plan on screen as it was", async () => {
    await backToPlans();
    await page.getByRole('link', { name: 'Maya' }).first().click();
    await heading(page, 'Maya');
    const before = await storedPlans(page);
    const screen = await page.locator('.task-list').innerText();
    await openFile(join(FIXTURES, 'invalid-future-version.json'));
    await page.locator('.error-summary').waitFor();
    await expect.poll(() => page.title()).toMatch(/^Error: (Your|Practice) plan – /);
    expect(await page.title()).not.toContain('Maya');
    expect(await page.locator('h1').innerText()).toBe('Maya');
    expect(await page.locator('.task-list').innerText()).toBe(screen);
    expect(await storedPlans(page)).toBe(before);
  });

  it('names the fields that are wrong', async () => {
    await openFile(join(FIXTURES, 'invalid-wrong-types.json'));
    // Polled: the list on screen may still be an earlier file's until this file has been read.
    await expect
      .poll(() => page.locator('.file-issues li').allInnerTexts())
      .toEqual([
        'version: Must be a number',
        'practice: Must be true or false',
        'child.name: Must be text',
        'people: Must be a list',
      ]);
  });

  it('opens the same plan file again as a copy once it has changed here, never overwriting', async () => {
    await backToPlans();
    // Count what is stored, not the list: the list refreshes from storage after "Your plans" shows.
    const count = JSON.parse(await storedPlans(page)).length;
    await expect.poll(() => page.locator('.plan-cards > li').count()).toBe(count);
    await openFile(join(FIXTURES, 'complete.json')); // identical to the stored one: opens it
    await heading(page, 'Maya');
    await page.getByRole('link', { name: 'About the child' }).click();
    await page.getByLabel('Age', { exact: true }).fill('4 years');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await heading(page, 'Purposes of staying in touch'); // "Save and continue" goes on to the next section
    await expect.poll(() => storedPlans(page)).toContain('4 years'); // the change is on the device
    await page.locator('a.back-link', { hasText: 'Back to the plan' }).click();
    await heading(page, 'Maya');
    await openFile(join(FIXTURES, 'complete.json'));
    await page.getByText(/as a copy/).waitFor();
    expect(JSON.parse(await storedPlans(page))).toHaveLength(count + 1);
    await backToPlans();
    await expect.poll(() => page.locator('.plan-cards > li').count()).toBe(count + 1);
  });
});
