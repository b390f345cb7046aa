/**
 * What the browser keeps on disk. In each mode, unique words are typed into a plan (a field saved
 * with the plan and a half-filled item kept as a draft), the browser is closed, and every file in
 * its profile folder is searched for them, as UTF-8 and as UTF-16: none may be found. Separately,
 * "Delete everything" is run before closing. A control word the test itself writes to localStorage
 * must be found, so a search that could not see into the profile's files fails too.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outsideRequests, useBrowsers, type Browser } from './browser';
import { freshBuilder, heading, openBuilder, waitForSave } from './plannerHelpers';
import { protectWith } from './privacyHelpers';

/** A fresh browser per test, its profile deleted at the end of the file. */
const browsers = useBrowsers();

/** A word that appears nowhere else: letters only, so the builder keeps it exactly as typed. */
const uniqueWord = (label: string) =>
  `${label}${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;

/** Every file under `folder`. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The words found in any file of the profile, with the file, as UTF-8 or UTF-16LE. */
function findInProfile(profile: string, words: string[]): string[] {
  const found: string[] = [];
  for (const file of filesUnder(profile)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // a socket or lock file the browser removed
    }
    for (const word of words) {
      if (bytes.includes(Buffer.from(word, 'utf8')) || bytes.includes(Buffer.from(word, 'utf16le'))) {
        found.push(`${word} in ${file.slice(profile.length)}`);
      }
    }
  }
  return found;
}

async function start(): Promise<{ browser: Browser; page: Page }> {
  const browser = await browsers.launch();
  return { browser, page: await browser.newPage() };
}

/** Starts a plan, names the child, and leaves a half-filled person (an item draft). */
async function typeIntoPlan(page: Page, childName: string, personName: string) {
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await heading(page, 'Untitled plan');
  await page.getByRole('link', { name: 'About the child' }).click();
  await page.getByLabel("Child's name or pseudonym").fill(childName);
  await waitForSave(page, childName);
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await page.getByRole('link', { name: 'Step 2: Who is important now or later' }).click();
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByLabel('Name', { exact: true }).fill(personName);
}

/** Closes the browser (so it writes out everything it keeps), then searches its profile. */
async function closeAndSearch(browser: Browser, words: string[], control?: string): Promise<string[]> {
  expect(outsideRequests(browser.requests)).toEqual([]);
  expect(browser.problems).toEqual([]);
  await browser.closeKeepingProfile();
  if (control) expect(findInProfile(browser.profile, [control]), 'the control word').not.toEqual([]);
  return findInProfile(browser.profile, words);
}

/** Writes the control word where the browser keeps it on disk, as the site's own storage is kept. */
const writeControl = (page: Page, control: string) =>
  page.evaluate((word) => localStorage.setItem('profile-search-control', word), control);

describe('nothing readable is left in the browser profile', () => {
  it('on a personal device: plans and drafts are on disk only encrypted', async () => {
    const { browser, page } = await start();
    const words = [uniqueWord('childpersonal'), uniqueWord('relativepersonal')];
    const control = uniqueWord('control');
    await freshBuilder(page);
    await typeIntoPlan(page, words[0], words[1]);
    await page.waitForFunction(() => localStorage.getItem('staying-in-touch:item-drafts-protected') !== null);
    await writeControl(page, control);
    // The plan and the draft are really kept: a reload brings both back.
    await page.reload();
    await heading(page, 'Add a person');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(words[1]);
    expect(await closeAndSearch(browser, words, control)).toEqual([]);
  });

  it('with a passphrase: what was typed before and after turning it on is on disk only encrypted', async () => {
    const { browser, page } = await start();
    const words = [uniqueWord('childbefore'), uniqueWord('relativebefore'), uniqueWord('childafter')];
    const control = uniqueWord('control');
    await freshBuilder(page);
    await typeIntoPlan(page, words[0], words[1]);
    await openBuilder(page);
    await protectWith(page, 'maple river lantern');
    await page.getByRole('link', { name: words[0] }).click();
    await page.getByRole('link', { name: 'About the child' }).click();
    await page.getByLabel("Child's name or pseudonym").fill(words[2]);
    await page.waitForFunction(
      () => /Saved on this device at/.test(document.querySelector('.save-status')?.textContent ?? ''),
      undefined,
    );
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await heading(page, words[2]); // saved: the task list reads it back from the store
    await writeControl(page, control);
    expect(await closeAndSearch(browser, words, control)).toEqual([]);
  });

  it('on a shared computer: nothing typed is written to disk at all', async () => {
    const { browser, page } = await start();
    const words = [uniqueWord('childshared'), uniqueWord('relativeshared')];
    const control = uniqueWord('control');
    await freshBuilder(page, '', 'shared');
    await typeIntoPlan(page, words[0], words[1]);
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await heading(page, words[0]);
    await writeControl(page, control);
    expect(await closeAndSearch(browser, words, control)).toEqual([]);
  });

  it('after "Delete everything from this device"', async () => {
    const { browser, page } = await start();
    const words = [uniqueWord('childdeleted'), uniqueWord('relativedeleted')];
    await freshBuilder(page);
    await typeIntoPlan(page, words[0], words[1]);
    await page.waitForFunction(() => localStorage.getItem('staying-in-touch:item-drafts-protected') !== null);
    await openBuilder(page);
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await heading(page, 'Everything has been deleted from this device');
    expect(await closeAndSearch(browser, words)).toEqual([]);
  });
});
