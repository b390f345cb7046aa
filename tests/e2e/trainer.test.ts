/**
 * Trainers' toolkit: session mode driven by the keyboard, with its timer and a reload that resumes;
 * a pack built by clicking that survives a reload through its URL; a session's feedback from two people
 * on one device, its summary and CSV, gone with "Delete everything"; axe on each; nothing leaves the site.
 * Print layout is checked in trainer-print.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, useBrowser, outsideRequests } from './browser';
import { heading, openBuilder } from './plannerHelpers';
import { ACTIVITY_SHEETS, sheetsForSession } from '../../src/trainer/activitySheets';

interface Activity {
  title: string;
  minutes: number;
  summary: string;
  points?: { text: string }[];
  prompts: string[];
}

/** The session's own frontmatter, read independently of the page under test. */
function sessionData(id: string): {
  title: string;
  aims: string[];
  activities: Activity[];
  handout: { title: string };
} {
  const source = readFileSync(`src/content/sessions/${id}.mdx`, 'utf8');
  return parse(source.split(/^---$/m)[1]);
}

const SESSION = 'hearing-the-childs-voice-session';
const session = sessionData(SESSION);
const PRESENT = `/training/${SESSION}/present/`;

const browser = useBrowser();

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();
const visibleStep = '.present-step:not([hidden])';
const position = (page: Page) => text(page, `${visibleStep} .present-step__position`);
const hash = (page: Page) => new URL(page.url()).hash;

async function openPresenter(page: Page, path = PRESENT) {
  await page.goto(baseUrl() + path);
  await page.waitForSelector('.presenter--live');
}

describe('session mode', () => {
  it('lists every step without JavaScript, and hides the controls that need it', async () => {
    const html = await (await fetch(baseUrl() + PRESENT)).text();
    const steps = [...html.matchAll(/<li class="present-step[^"]*"[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    const expected = [
      'start',
      ...session.activities.flatMap((a, i) => [
        `activity-${i + 1}`,
        ...(a.points ?? []).map((_, p) => `activity-${i + 1}-point-${p + 1}`),
        ...a.prompts.map((_, p) => `activity-${i + 1}-prompt-${p + 1}`),
      ]),
      'close',
    ];
    expect(steps).toEqual(expected);
    expect(html).not.toMatch(/<li class="present-step[^>]*hidden/);
    expect(html).toMatch(/id="presenter-controls"[^>]*hidden|hidden[^>]*id="presenter-controls"/);
    // The CSP forbids inline handlers and style attributes.
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('moves through activities and prompts with the arrow keys, space, page keys, Home and End', async () => {
    const page = await browser.newPage();
    await openPresenter(page);
    const [first, second] = session.activities;
    expect(await page.locator(visibleStep).count()).toBe(1);
    expect(await position(page)).toBe('Introduction');

    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe(`Activity 1 of ${session.activities.length}`);
    expect(await text(page, `${visibleStep} h2`)).toBe(first.title);
    expect(await text(page, `${visibleStep} .present-step__minutes`)).toBe(`${first.minutes} minutes`);
    expect(hash(page)).toBe('#activity-1');

    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe(
      `Activity 1 of ${session.activities.length} · Prompt 1 of ${first.prompts.length}`,
    );
    expect(await text(page, `${visibleStep} h2`)).toBe(first.prompts[0]);

    await page.keyboard.press('Space');
    expect(await text(page, `${visibleStep} h2`)).toBe(first.prompts[1]);
    await page.keyboard.press('PageDown');
    expect(await text(page, `${visibleStep} h2`)).toBe(second.title);
    expect(hash(page)).toBe('#activity-2');
    await page.keyboard.press('ArrowLeft');
    expect(await text(page, `${visibleStep} h2`)).toBe(first.prompts[1]);
    await page.keyboard.press('PageUp');
    expect(await text(page, `${visibleStep} h2`)).toBe(first.prompts[0]);

    const last = session.activities.at(-1)!;
    // The last step closes the session, sending the room to its feedback page.
    await page.keyboard.press('End');
    expect(await position(page)).toBe('Closing');
    expect(await text(page, `${visibleStep} h2`)).toBe('Before you go: your feedback');
    await page.keyboard.press('ArrowRight');
    expect(hash(page)).toBe('#close');
    expect(await page.isDisabled('#step-next')).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await text(page, `${visibleStep} h2`)).toBe(last.prompts.at(-1));
    await page.keyboard.press('Home');
    expect(await position(page)).toBe('Introduction');
    expect(await page.isDisabled('#step-previous')).toBe(true);

    // The on-screen buttons do the same, and each move is announced politely.
    await page.click('#step-next');
    expect(await text(page, `${visibleStep} h2`)).toBe(first.title);
    expect(await text(page, '#step-announcer')).toContain(`Activity 1 of ${session.activities.length}: ${first.title}`);
    expect(await page.getAttribute('#step-announcer', 'aria-live')).toBe('polite');
    await page.close();
  });

  it('resumes at the step in the URL after a reload', async () => {
    const page = await browser.newPage();
    await openPresenter(page);
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    expect(hash(page)).toBe('#activity-2');
    // The second activity is a short input: its first point on screen follows it.
    const points = session.activities[1].points ?? [];
    await page.keyboard.press('ArrowRight');
    expect(hash(page)).toBe('#activity-2-point-1');
    await page.reload();
    await page.waitForSelector('.presenter--live');
    expect(await position(page)).toBe(`Activity 2 of ${session.activities.length} · Point 1 of ${points.length}`);
    expect(await text(page, `${visibleStep} h2`)).toBe(points[0].text);
    // An unknown hash falls back to the start rather than a blank screen.
    await openPresenter(page, `${PRESENT}#activity-99`);
    expect(await position(page)).toBe('Introduction');
    await page.close();
  });

  it('starts and pauses the activity timer with T and shows it counting down', async () => {
    const page = await browser.newPage();
    // The page's clock, moved on by the test: seconds of running or pausing, without waiting for them.
    await page.clock.install();
    await openPresenter(page, `${PRESENT}#activity-1`);
    const minutes = session.activities[0].minutes;
    expect(await text(page, '#timer-clock')).toBe(`${minutes}:00`);
    expect(await page.getAttribute('#timer-clock', 'role')).toBe('timer');
    await page.keyboard.press('t');
    expect(await text(page, '#timer-toggle')).toBe('Pause timer');
    await page.clock.runFor(1500);
    expect(await text(page, '#timer-clock')).toMatch(new RegExp(`^${minutes - 1}:[0-5]\\d$`));
    expect(await text(page, '#timer-state')).toBe('Running');
    // The timer keeps running on the activity's prompts.
    await page.keyboard.press('ArrowRight');
    expect(await page.isVisible('#presenter-timer')).toBe(true);
    await page.keyboard.press('T');
    expect(await text(page, '#timer-toggle')).toBe('Start timer');
    const paused = await text(page, '#timer-clock');
    await page.clock.runFor(3000); // a running timer would show three seconds less
    expect(await text(page, '#timer-clock')).toBe(paused);
    await page.click('#timer-reset');
    expect(await text(page, '#timer-clock')).toBe(`${minutes}:00`);
    // The opening step has no timer.
    await page.keyboard.press('Home');
    expect(await page.isVisible('#presenter-timer')).toBe(false);
    await page.close();
  });

  it('announces "time is up" once, not every second', async () => {
    const page = await browser.newPage();
    await page.clock.install();
    await openPresenter(page, `${PRESENT}#activity-4`);
    const activity = session.activities[3];
    await page.evaluate(() => {
      const w = window as unknown as { announcements: string[] };
      w.announcements = [];
      const region = document.getElementById('timer-announcer')!;
      new MutationObserver(() => w.announcements.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.keyboard.press('t');
    await page.clock.runFor(activity.minutes * 60_000 - 30_000);
    expect(await text(page, '#timer-clock')).toBe('0:30');
    await page.clock.runFor(60_000);
    expect(await text(page, '#timer-clock')).toBe('0:00');
    expect(await text(page, '#timer-state')).toBe('Time is up');
    const announcements = await page.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
    expect(announcements).toEqual(['Timer started.', `Time is up for ${activity.title}.`]);
    expect(await page.getAttribute('#timer-announcer', 'aria-live')).toBe('polite');
    await page.close();
  });

  it('goes full screen from its button and leaves with Escape', async () => {
    const page = await browser.newPage();
    await openPresenter(page);
    // Chromium grants full screen only to the tab in front.
    await page.bringToFront();
    await page.click('#fullscreen-toggle');
    await page.waitForFunction(() => document.fullscreenElement?.id === 'presenter');
    // The button's text follows the fullscreenchange event, which comes after fullscreenElement is set.
    await expect.poll(() => text(page, '#fullscreen-toggle')).toBe('Exit full screen');
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe(`Activity 1 of ${session.activities.length}`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.waitForFunction(() => document.getElementById('fullscreen-toggle')?.textContent === 'Full screen');
    await page.close();
  });

  it('has no axe violations on a step, a prompt and a running timer, and stays on this site', async () => {
    const page = await browser.newPage();
    const before = browser.requests.length;
    const problems = browser.problems.length;
    await openPresenter(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('t');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await axeViolations(page)).toEqual([]);
    expect(outsideRequests(browser.requests.slice(before))).toEqual([]);
    expect(browser.problems.slice(problems)).toEqual([]);
    await page.close();
  });

  it('is linked from every session page', async () => {
    for (const id of ['hearing-the-childs-voice-session', 'letters-and-digital-exchange-session']) {
      const html = await (await fetch(`${baseUrl()}/training/${id}/`)).text();
      expect(html).toContain(`href="/training/${id}/present/"`);
    }
  });
});

describe('activity sheets', () => {
  it('are listed from the training pages and ship no JavaScript but the script keeping them offline', async () => {
    const listing = await (await fetch(`${baseUrl()}/training/`)).text();
    expect(listing).toContain('href="/training/sheets/"');
    expect(listing).toContain('href="/training/pack/"');
    const sheets = await (await fetch(`${baseUrl()}/training/sheets/`)).text();
    for (const { id } of ACTIVITY_SHEETS) {
      expect(sheets).toContain(`href="/training/sheets/${id}/"`);
      const html = await (await fetch(`${baseUrl()}/training/sheets/${id}/`)).text();
      // Every trainers' page keeps the trainer set offline (src/components/offline/KeepTrainerSet.astro); a
      // printable one also keeps its print style in the address (PrintStyleChoice.astro); nothing else.
      expect(html.match(/<script\b[^>]*>/g)).toEqual([
        expect.stringMatching(/^<script type="module" src="\/_astro\/PrintStyleChoice\.astro_[^"]+\.js">$/),
        expect.stringMatching(/^<script type="module" src="\/_astro\/KeepTrainerSet\.astro_[^"]+\.js">$/),
      ]);
      expect(html).not.toMatch(/\sstyle="/);
    }
    // The "For trainers" page links to every sheet.
    const trainers = await (await fetch(`${baseUrl()}/audiences/trainers/`)).text();
    for (const { id } of ACTIVITY_SHEETS) expect(trainers).toContain(`href="/training/sheets/${id}/"`);
    // Each session's page links to the materials its activities use.
    for (const session of new Set(ACTIVITY_SHEETS.flatMap((sheet) => sheet.sessions))) {
      const html = await (await fetch(`${baseUrl()}/training/${session}/`)).text();
      const linked = [...html.matchAll(/href="\/training\/sheets\/([a-z-]+)\/"/g)].map((m) => m[1]);
      expect(new Set(linked), session).toEqual(new Set(sheetsForSession(session).map((sheet) => sheet.id)));
    }
    // Only the session listing carries the toolkit paragraph.
    expect(await (await fetch(`${baseUrl()}/guides/`)).text()).not.toContain('/training/sheets/');
  });

  it('has twelve feelings cards, each with a drawn face and a word', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/training/sheets/feelings-cards/`);
    const words = await page.locator('.feeling-card__word').allTextContents();
    expect(words).toEqual([
      'Happy',
      'Sad',
      'Worried',
      'Angry',
      'Excited',
      'Confused',
      'Safe',
      'Missing someone',
      'Calm',
      'Scared',
      'Proud',
      'Not sure',
    ]);
    expect(await page.locator('.feeling-card svg.face[aria-hidden="true"]').count()).toBe(12);
    // Each face is drawn differently.
    const faces = await page
      .locator('.feeling-card svg.face')
      .evaluateAll((svgs) => svgs.map((s) => s.innerHTML.replace(/data-astro-[^=]+="[^"]*"/g, '')));
    expect(new Set(faces).size).toBe(12);
    expect(
      await page
        .locator('.feeling-card')
        .evaluateAll((cards) => cards.every((c) => getComputedStyle(c).borderRightStyle === 'dashed')),
    ).toBe(true);
    await page.close();
  });
});

describe('building a pack', () => {
  const GUIDE = 'guides/step-1-purpose';
  const VOICE = 'voices/adopted-teenager';
  const SHEET = 'training/sheets/feelings-cards';
  const orderIds = (page: Page) =>
    page.locator('#pack-order > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.packId));
  const packIds = (page: Page) =>
    page.locator('.pack-item').evaluateAll((s) => s.map((el) => (el as HTMLElement).dataset.packId));
  const titleOf = (page: Page, id: string) => page.getAttribute(`input[value="${id}"]`, 'data-title');

  async function checkPack(page: Page, title: string, ids: string[]) {
    await page.waitForSelector('#pack-view[data-pack-ready]');
    expect(await page.isVisible('#pack-builder')).toBe(false);
    expect(await page.locator('h1:visible').count()).toBe(1);
    expect(await text(page, '.pack-cover h1')).toBe(title);
    expect(await text(page, '.pack-cover')).toMatch(/Date:/);
    const titles = await Promise.all(ids.map((id) => titleOf(page, id)));
    expect(await page.locator('.pack-contents li a').allTextContents()).toEqual(titles);
    expect(await packIds(page)).toEqual(ids);
    // Each resource's own heading, from its own page, in order; each but handouts and sheets followed by space for notes.
    const headings = await page
      .locator('.pack-item')
      .evaluateAll((s) => s.map((el) => el.querySelector('h2')?.textContent?.trim()));
    const handoutTitle = (id: string) => sessionData(id.split('/')[1]).handout.title;
    expect(headings).toEqual(ids.map((id, i) => (id.endsWith('/handout') ? handoutTitle(id) : titles[i])));
    const withNotes = ids.filter((id) => !/\/handout$|^training\/sheets\//.test(id));
    expect(await page.locator('.pack-item h2 + .pack-notes').count()).toBe(withNotes.length);
    expect(await page.locator('.pack-item .pack-notes .ruled__line').count()).toBe(withNotes.length * 8);
    expect(await page.locator('.pack-item__problem').count()).toBe(0);
    // Ids stay unique once several pages' articles share one page.
    const ids2 = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids2).size).toBe(ids2.length);
  }

  it('a pack built by clicking survives a reload through its URL', async () => {
    const page = await browser.newPage();
    const before = browser.requests.length;
    const problems = browser.problems.length;
    await page.goto(`${baseUrl()}/training/pack/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#pack-title', 'Preparation group 3: letters');
    for (const id of [GUIDE, VOICE, SHEET]) await page.check(`input[value="${id}"]`);
    expect(await orderIds(page)).toEqual([GUIDE, VOICE, SHEET]);

    // Move the sheet up one place; the move is announced and focus stays with the moved item.
    await page.click('#pack-order > li:nth-child(3) button[data-action="up"]');
    expect(await orderIds(page)).toEqual([GUIDE, SHEET, VOICE]);
    await page.waitForFunction(() => /Moved/.test(document.getElementById('pack-announcer')?.textContent ?? ''));
    expect(await text(page, '#pack-announcer')).toBe(`Moved ${await titleOf(page, SHEET)} to position 2 of 3.`);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.packId)).toBe(SHEET);
    // And by keyboard: Enter on the focused button moves it again.
    await page.keyboard.press('Enter');
    expect(await orderIds(page)).toEqual([SHEET, GUIDE, VOICE]);
    // At the top, Move up no longer works, so focus moves to the same item's Move down.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('down');
    await page.keyboard.press('Enter');
    expect(await orderIds(page)).toEqual([GUIDE, SHEET, VOICE]);

    expect(decodeURIComponent(page.url())).toContain(`r=${GUIDE},${SHEET},${VOICE}`);
    expect(await axeViolations(page)).toEqual([]);

    await page.click('#pack-view-button');
    await checkPack(page, 'Preparation group 3: letters', [GUIDE, SHEET, VOICE]);
    expect(new URL(page.url()).searchParams.get('view')).toBe('pack');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await checkPack(page, 'Preparation group 3: letters', [GUIDE, SHEET, VOICE]);

    // A colleague opening the link in a new tab sees the same pack.
    const other = await browser.context.newPage();
    await other.goto(page.url());
    await checkPack(other, 'Preparation group 3: letters', [GUIDE, SHEET, VOICE]);
    await other.close();

    // Back to the builder, with the choices kept.
    await page.click('text=Change the pack');
    expect(await page.isVisible('#pack-builder')).toBe(true);
    expect(await page.isChecked(`input[value="${VOICE}"]`)).toBe(true);
    expect(await orderIds(page)).toEqual([GUIDE, SHEET, VOICE]);

    expect(outsideRequests(browser.requests.slice(before))).toEqual([]);
    expect(browser.problems.slice(problems)).toEqual([]);
    await page.close();
  });

  it('tidies a hand-edited URL: unknown ids and duplicates dropped', async () => {
    const page = await browser.newPage();
    await page.goto(
      `${baseUrl()}/training/pack/?r=guides/nope,${VOICE},${VOICE},../../etc&r=${GUIDE}&title=%20Group%20%201%20`,
    );
    expect(await orderIds(page)).toEqual([VOICE, GUIDE]);
    expect(decodeURIComponent(page.url())).toMatch(new RegExp(`\\?title=Group 1&r=${VOICE},${GUIDE}$`));
    await page.close();
  });

  it('says what to do when the pack is empty', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/training/pack/`);
    await page.click('#pack-view-button');
    expect(await text(page, '#pack-count')).toBe('Choose at least one resource to make a pack.');
    expect(await page.isVisible('#pack-builder')).toBe(true);
    await page.close();
  });

  it('shows a pack of every kind of resource with no axe violations, and links worked examples to the plan builder', async () => {
    const ids = [
      'research/postal-exchange-evidence',
      'examples/welsh-speaking-family',
      'training/letters-and-digital-exchange-session/handout',
      'training/letters-and-digital-exchange-session',
      'training/sheets/eco-map',
      'training/sheets/letter-planning',
    ];
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/training/pack/?title=Every%20kind&date=2026-12-01&r=${ids.join(',')}&view=pack`);
    await checkPack(page, 'Every kind', ids);
    expect(await text(page, '.pack-cover')).toContain('Date: 1 December 2026');
    expect(await text(page, '.pack-cover')).toMatch(/fictional/);
    expect(await page.getAttribute('#pack-item-2 .pack-item__practice a', 'href')).toBe(
      '/planner/?example=welsh-speaking-family',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a session’s feedback', () => {
  const FEEDBACK = `/training/${SESSION}/feedback/`;
  const outcome = (page: Page, i: number) => page.getByRole('group', { name: session.aims[i], exact: true });

  it('keeps two people’s answers on the device, then summarises them, prints and exports them as CSV', async () => {
    const page = await browser.newPage();
    const before = browser.requests.length;
    const problems = browser.problems.length;
    await page.goto(baseUrl() + FEEDBACK);
    await page.waitForSelector('#feedback[data-ready]');
    expect(await page.locator('h1').innerText()).toBe(`Feedback: ${session.title}`);
    // Every field has autocomplete off, and nothing is kept yet.
    const fields = page.locator('#feedback input, #feedback textarea');
    expect(await fields.count()).toBeGreaterThan(session.aims.length * 5);
    expect(await fields.evaluateAll((els) => els.filter((e) => e.getAttribute('autocomplete') !== 'off').length)).toBe(
      0,
    );
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('feedback')))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Nothing answered: nothing kept, and the page says what to do.
    await page.getByRole('button', { name: 'Save and start the next person' }).click();
    await expect.poll(() => text(page, '#feedback-status')).toBe('Answer at least one question before saving.');

    // The first person, at the start of the session.
    expect(await page.isVisible('#feedback-useful')).toBe(false);
    await outcome(page, 0).getByLabel('2 Slightly confident').check();
    await outcome(page, 1).getByLabel('1 Not at all confident').check();
    await page.getByRole('button', { name: 'Save and start the next person' }).click();
    await expect
      .poll(() => text(page, '#feedback-status'))
      .toBe('Saved. 1 response is kept on this device. Please pass the device to the next person.');
    expect(await outcome(page, 0).getByLabel('2 Slightly confident').isChecked()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feedback-form-heading');

    // The second, at the end: the trainer switches the questions, which the address keeps.
    await page.getByLabel('At the end of the session: confidence after, and feedback').check();
    expect(new URL(page.url()).search).toBe('?stage=after');
    expect(await text(page, '#feedback-form-heading')).toBe('At the end of the session');
    await outcome(page, 0).getByLabel('4 Confident').check();
    await outcome(page, 1).getByLabel('5 Very confident').check();
    await page.getByLabel('What was most useful?').fill('The feelings cards, and "the suitcase"');
    await page.getByLabel('What could be better?').fill('Mwy o amser i’r ŵyl');
    await page
      .getByRole('group', { name: 'Would you recommend this session to a colleague?' })
      .getByLabel('Yes')
      .check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save and start the next person' }).click();
    await expect.poll(() => text(page, '#feedback-status')).toMatch(/^Saved\. 2 responses are kept on this device\./);

    // A reload keeps both, and the stage.
    await page.reload();
    await page.waitForSelector('#feedback[data-ready]');
    expect(await text(page, '#feedback-form-heading')).toBe('At the end of the session');
    await page.getByRole('button', { name: 'Trainer’s view: the responses' }).click();
    await page.locator('#feedback-summary table').waitFor();
    expect(await page.isVisible('#feedback-form')).toBe(false);
    expect(await text(page, '#feedback-summary > p')).toBe(
      '1 person at the start of the session and 1 person at the end.',
    );
    const rows = await page
      .locator('#feedback-summary tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows[0]).toEqual([session.aims[0], '2.0', '4.0', '+2.0']);
    expect(rows[1]).toEqual([session.aims[1], '1.0', '5.0', '+4.0']);
    expect(rows[2]).toEqual([session.aims[2], 'No answers', 'No answers', 'No answers']);
    expect(await text(page, '#feedback-summary')).toContain('Yes: 1');
    expect(await text(page, '#feedback-summary')).toContain('Mwy o amser i’r ŵyl');
    expect(await axeViolations(page)).toEqual([]);
    // In print: the summary, not the questions or the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#feedback-summary table')).toBe(true);
    expect(await page.isVisible('#feedback-download')).toBe(false);
    expect(await page.isVisible('#feedback-form')).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#feedback-download')]);
    expect(download.suggestedFilename()).toBe(`feedback-${SESSION}.csv`);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Response,When,Confidence: /);
    const unanswered = ','.repeat(session.aims.length - 2);
    expect(lines[1]).toBe(`1,Start of the session,2,1${unanswered},,,,`);
    expect(lines[2]).toBe(
      `2,End of the session,4,5${unanswered},"The feelings cards, and ""the suitcase""",Mwy o amser i’r ŵyl,Yes,`,
    );
    expect(lines[3]).toBe('');

    expect(outsideRequests(browser.requests.slice(before))).toEqual([]);
    expect(browser.problems.slice(problems)).toEqual([]);

    // "Delete everything from this device", in the plan builder in another tab, takes them; the open page forgets them.
    await page.evaluate(() =>
      localStorage.setItem('staying-in-touch:settings', JSON.stringify({ deviceMode: 'personal' })),
    );
    const builder = await browser.context.newPage();
    await openBuilder(builder);
    await builder.getByRole('button', { name: 'Delete everything from this device' }).click();
    await builder.getByRole('button', { name: 'Yes, delete everything' }).click();
    await heading(builder, 'Everything has been deleted from this device');
    await builder.close();
    const none = '0 people at the start of the session and 0 people at the end.';
    await expect.poll(() => text(page, '#feedback-summary > p')).toBe(none);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.reload();
    await page.waitForSelector('#feedback[data-ready]');
    await page.getByRole('button', { name: 'Trainer’s view: the responses' }).click();
    await expect.poll(() => text(page, '#feedback-summary > p')).toBe(none);
    await page.close();
  });

  it('is linked from the session page, in both languages', async () => {
    const english = await (await fetch(`${baseUrl()}/training/${SESSION}/`)).text();
    expect(english).toContain(`href="/training/${SESSION}/feedback/"`);
    const welsh = await (await fetch(`${baseUrl()}/cy/training/${SESSION}/`)).text();
    expect(welsh).toContain(`href="/cy/training/${SESSION}/feedback/"`);
  });
});
