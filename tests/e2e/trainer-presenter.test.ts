/**
 * Session mode's two windows: the presenter's window opened from the audience's stays in step with it
 * both ways, with no server; a reload keeps the step and a running timer; and both windows fit a
 * laptop's browser window (1366×650) and a full-HD screen (1920×1080) on every step of every session,
 * with nothing below the fold and "Next" in view; "Delete everything" in another tab clears what a
 * session-mode tab keeps. Single-window behaviour is in trainer.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, useBrowser, outsideRequests } from './browser';
import { freshBuilder, heading } from './plannerHelpers';

interface Activity {
  title: string;
  minutes: number;
  points?: { text: string; source: string }[];
  prompts: string[];
}

/** The session's own frontmatter, read independently of the pages under test. */
function sessionData(id: string): {
  title: string;
  activities: Activity[];
  sources: { title: string; publisher: string; year?: number; accessed?: string }[];
} {
  const source = readFileSync(`src/content/sessions/${id}.mdx`, 'utf8');
  return parse(source.split(/^---$/m)[1]);
}

/** The first words of an activity's section in the session plan: where its notes come from. */
function notesOpening(id: string, title: string): string {
  const source = readFileSync(`src/content/sessions/${id}.mdx`, 'utf8');
  const section = source.split(`### ${title}\n`)[1];
  return section.trim().split(/[.:;]/)[0];
}

const SESSIONS = readdirSync('src/content/sessions')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const SESSION = 'why-staying-in-touch-matters-session';
const session = sessionData(SESSION);
const AUDIENCE = `/training/${SESSION}/present/`;
const PRESENTER = `/training/${SESSION}/presenter/`;
/** Steps in a session: the opening, then each activity with its points and prompts, then the closing. */
const stepCount = (s: { activities: Activity[] }) =>
  2 + s.activities.reduce((n, a) => n + 1 + (a.points ?? []).length + a.prompts.length, 0);

const browser = useBrowser();

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();
const audiencePosition = (page: Page) => text(page, '.present-step:not([hidden]) .present-step__position');
const presenterPosition = (page: Page) => text(page, '#now-position');

async function openAudience(page: Page, path = AUDIENCE) {
  await page.goto(baseUrl() + path);
  await page.waitForSelector('.presenter--live');
}

/** Opens the presenter's window from the audience's, as a trainer would: with the button. */
async function openPresenterWindow(audience: Page): Promise<Page> {
  const [presenter] = await Promise.all([browser.context.waitForEvent('page'), audience.click('#open-presenter')]);
  await presenter.waitForSelector('.console--live');
  return presenter;
}

describe('the presenter window', () => {
  it('opens from the audience window and moves with it, both ways, with notes, the next step and a clock', async () => {
    const before = browser.requests.length;
    const problems = browser.problems.length;
    const audience = await browser.newPage();
    await openAudience(audience);
    // The audience has moved on before the presenter's window opens: it opens on the same step.
    await audience.keyboard.press('ArrowRight');
    const presenter = await openPresenterWindow(audience);
    const [first, second] = session.activities;
    const activities = session.activities.length;
    await expect.poll(() => presenterPosition(presenter)).toBe(`Activity 1 of ${activities}`);
    expect(await text(presenter, '#now-headline')).toBe(first.title);
    expect(await text(presenter, '#next-headline')).toBe(
      `Activity 1 of ${activities} · Prompt 1 of 2: ${first.prompts[0]}`,
    );
    // The notes on show are the activity's own, from the session plan.
    expect(await presenter.locator('.notes:not([hidden])').count()).toBe(1);
    expect(await text(presenter, '.notes:not([hidden]) .notes__title')).toBe(first.title);
    expect(await text(presenter, '.notes:not([hidden])')).toContain(notesOpening(SESSION, first.title));
    expect(await text(presenter, '#activity-use')).toBe(`0 of ${first.minutes} minutes used`);
    expect(await presenter.getAttribute('#session-clock', 'role')).toBe('timer');

    // The arrow key in the presenter's window moves the audience's.
    await presenter.keyboard.press('ArrowRight');
    expect(await presenterPosition(presenter)).toBe(`Activity 1 of ${activities} · Prompt 1 of 2`);
    await expect.poll(() => audiencePosition(audience)).toBe(`Activity 1 of ${activities} · Prompt 1 of 2`);
    expect(await text(audience, '.present-step:not([hidden]) h2')).toBe(first.prompts[0]);
    expect(new URL(audience.url()).hash).toBe('#activity-1-prompt-1');
    // Page Down and the Next button there too.
    await presenter.keyboard.press('PageDown');
    await presenter.click('#step-next');
    await expect.poll(() => audiencePosition(audience)).toBe(`Activity 2 of ${activities}`);
    expect(await text(audience, '.present-step:not([hidden]) h2')).toBe(second.title);
    expect(await text(presenter, '.notes:not([hidden]) .notes__title')).toBe(second.title);

    // And the other way: the audience's window moves the presenter's, and its timer shows there.
    await audience.keyboard.press('ArrowLeft');
    await expect.poll(() => presenterPosition(presenter)).toBe(`Activity 1 of ${activities} · Prompt 2 of 2`);
    expect(await text(presenter, '#step-announcer')).toBe(
      `Activity 1 of ${activities} · Prompt 2 of 2: ${first.prompts[1]}`,
    );
    await audience.keyboard.press('t');
    await expect.poll(() => text(presenter, '#timer-state')).toBe('Running');
    await presenter.keyboard.press('t');
    await expect.poll(() => text(audience, '#timer-state')).toMatch(/^Paused, /);
    // The session clock started with the first activity.
    await expect.poll(() => text(presenter, '#session-clock')).not.toBe('0:00');

    expect(await axeViolations(presenter)).toEqual([]);
    expect(outsideRequests(browser.requests.slice(before))).toEqual([]);
    expect(browser.problems.slice(problems)).toEqual([]);
    await presenter.close();
    await audience.close();
  });

  it('lists every step’s notes without JavaScript', async () => {
    const html = await (await fetch(baseUrl() + PRESENTER)).text();
    const titles = [...html.matchAll(/<h3 class="notes__title"[^>]*>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(titles.slice(1, -1).map((t) => t.replace(/&#39;/g, "'"))).toEqual(session.activities.map((a) => a.title));
    expect(titles.at(-1)).toBe('Closing: feedback and certificates');
    expect(html).toMatch(/id="console-controls"[^>]*hidden|hidden[^>]*id="console-controls"/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('on a Welsh page, marks the session’s English words, and only those, as English', async () => {
    const presenter = await browser.newPage();
    await presenter.goto(`${baseUrl()}/cy${PRESENTER}`);
    const [first] = session.activities;
    await expect.poll(() => text(presenter, '#next-headline span[lang="en-GB"]')).not.toBe('');
    expect(await presenter.getAttribute('#now-headline', 'lang')).toBe('en-GB');
    // "Nesaf"'s position is Welsh, outside the English span.
    const next = await presenter.locator('#next-headline').evaluate((el) => ({
      english: el.querySelector('[lang]')?.textContent,
      welsh: [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    }));
    expect([session.activities[0].title, first.prompts[0]]).toContain(next.english);
    expect(next.welsh).toMatch(/^Gweithgaredd 1 o \d/);
    await presenter.close();
  });
});

describe('the audience window', () => {
  it.each([
    ['English', '', 'Closing', 'Before you go: your feedback', 'Closing: feedback and certificates'],
    ['Welsh', '/cy', 'Cloi', 'Cyn i chi fynd: eich adborth', 'Cloi: adborth a thystysgrifau'],
  ])(
    'closes in %s by sending the room to the feedback page, with its address to type',
    async (_, lang, position, title, notes) => {
      const audience = await browser.newPage();
      await openAudience(audience, `${lang}${AUDIENCE}`);
      // End jumps to the last step: the closing one, in both windows.
      await audience.keyboard.press('End');
      const presenter = await openPresenterWindow(audience);
      expect(await audiencePosition(audience)).toBe(position);
      expect(new URL(audience.url()).hash).toBe('#close');
      expect(await text(audience, '.present-step:not([hidden]) h2')).toBe(title);
      // The address is written out in full, to type, and it is the feedback page's.
      const feedback = `${lang}/training/${SESSION}/feedback/`;
      const link = audience.locator('.present-step:not([hidden]) .present-step__address a');
      expect(await link.getAttribute('href')).toBe(feedback);
      expect(new URL(await link.innerText()).pathname).toBe(feedback);
      expect(await audience.locator('.present-step:not([hidden])').getAttribute('lang')).toBeNull();
      expect(await audience.isDisabled('#step-next')).toBe(true);
      // The presenter's reminder, with the feedback and certificate pages a click away, in the page's language.
      await expect.poll(() => presenterPosition(presenter)).toBe(position);
      expect(await text(presenter, '#now-headline')).toBe(title);
      expect(await presenter.getAttribute('#now-headline', 'lang')).toBeNull();
      expect(await text(presenter, '.notes:not([hidden]) .notes__title')).toBe(notes);
      const hrefs = await presenter
        .locator('.notes:not([hidden]) a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([feedback, `${lang}/training/${SESSION}/certificate/`]);
      expect(await axeViolations(audience)).toEqual([]);
      await presenter.close();
      await audience.close();
    },
  );

  it('shows a short input’s findings one at a time, each with its source', async () => {
    const page = await browser.newPage();
    const index = session.activities.findIndex((a) => (a.points ?? []).length > 0);
    const points = session.activities[index].points!;
    await openAudience(page, `${AUDIENCE}#activity-${index + 1}`);
    for (const [i, point] of points.entries()) {
      await page.keyboard.press('ArrowRight');
      expect(await audiencePosition(page)).toBe(
        `Activity ${index + 1} of ${session.activities.length} · Point ${i + 1} of ${points.length}`,
      );
      expect(await text(page, '.present-step:not([hidden]) h2')).toBe(point.text);
      const source = session.sources.find((s) => s.title === point.source)!;
      expect(await text(page, '.present-step:not([hidden]) .present-step__source')).toBe(
        `Source: ${source.publisher}, ${source.year ?? 'no date'}`,
      );
    }
    expect(await text(page, '#step-announcer')).toContain(points.at(-1)!.text);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a reload', () => {
  it('keeps the step and a running timer, in this tab’s storage under the site’s prefix', async () => {
    const page = await browser.newPage();
    await openAudience(page, `${AUDIENCE}#activity-1`);
    const full = `${session.activities[0].minutes}:00`;
    await page.keyboard.press('t');
    await expect.poll(() => text(page, '#timer-clock')).not.toBe(full);
    await page.reload();
    await page.waitForSelector('.presenter--live');
    expect(await audiencePosition(page)).toBe(`Activity 1 of ${session.activities.length}`);
    expect(await text(page, '#timer-state')).toBe('Running');
    expect(await text(page, '#timer-clock')).not.toBe(full);
    // Without the step in the address, the tab's own storage still knows it.
    await openAudience(page, AUDIENCE);
    expect(await audiencePosition(page)).toBe(`Activity 1 of ${session.activities.length}`);
    expect(await text(page, '#timer-state')).toBe('Running');
    const keys = await page.evaluate(() => Object.keys(sessionStorage));
    expect(keys).toEqual([`staying-in-touch:presenter:${SESSION}`]);
    // Leaving the activity pauses its timer; coming back finds it paused, not lost.
    await page.keyboard.press('Home');
    await openAudience(page, `${AUDIENCE}#activity-1`);
    expect(await text(page, '#timer-state')).toMatch(/^Paused, /);
    await page.close();
  });
});

describe('"Delete everything" in another tab', () => {
  it('clears what session mode keeps in its own tab, which then keeps nothing more', async () => {
    const audience = await browser.newPage();
    await openAudience(audience);
    await audience.keyboard.press('ArrowRight');
    const kept = () => audience.evaluate(() => Object.keys(sessionStorage));
    await expect.poll(kept).toEqual([`staying-in-touch:presenter:${SESSION}`]);

    const builder = await browser.context.newPage();
    await freshBuilder(builder);
    await builder.getByRole('button', { name: 'Delete everything from this device' }).click();
    await builder.getByRole('button', { name: 'Yes, delete everything' }).click();
    await heading(builder, 'Everything has been deleted from this device');

    await expect.poll(kept).toEqual([]);
    // The session runs on, unkept: moving on saves nothing.
    await audience.keyboard.press('ArrowRight');
    await expect
      .poll(() => audiencePosition(audience))
      .toBe(`Activity 1 of ${session.activities.length} · Prompt 1 of 2`);
    expect(await kept()).toEqual([]);
    await builder.close();
    await audience.close();
  });
});

describe('fitting the window', () => {
  const SIZES = [
    { width: 1366, height: 650 },
    { width: 1920, height: 1080 },
  ];

  /** The boxes whose type shrinks to fit, with the smallest body type each may reach. */
  interface SessionWindow {
    live: string;
    boxes: { box: string; minFontPx: number }[];
  }
  /** The audience's step: its body type, from which headings scale up, stays at least 16px. */
  const AUDIENCE_WINDOW: SessionWindow = {
    live: '.presenter--live',
    boxes: [{ box: '#presenter-steps', minFontPx: 16 }],
  };
  /** The presenter's notes and step, read at arm's length from a laptop: at least 13px. */
  const PRESENTER_WINDOW: SessionWindow = {
    live: '.console--live',
    boxes: [
      { box: '#console-notes', minFontPx: 13 },
      { box: '#console-status', minFontPx: 13 },
    ],
  };

  /** Everything that must hold on the step on screen: no scrolling, nothing clipped, Next in view. */
  const measure = (page: Page, boxes: string[]) =>
    page.evaluate((selectors) => {
      const root = document.documentElement;
      const next = document.getElementById('step-next')!.getBoundingClientRect();
      return {
        pageOverflows: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth,
        nextInView: next.height > 0 && next.top >= 0 && next.bottom <= window.innerHeight,
        boxes: selectors.map((selector) => {
          const content = document.querySelector(selector)!;
          return {
            fontPx: parseFloat(getComputedStyle(content).fontSize),
            clipped: content.scrollHeight > content.clientHeight + 1,
          };
        }),
      };
    }, boxes);

  async function checkEveryStep(page: Page, path: string, { live, boxes }: SessionWindow, steps: number) {
    await page.goto(baseUrl() + path);
    await page.waitForSelector(live);
    // The tab remembers where its last session-mode page was: start from the opening step.
    await page.keyboard.press('Home');
    const problems: string[] = [];
    for (let i = 0; i < steps; i++) {
      const m = await measure(
        page,
        boxes.map((b) => b.box),
      );
      const where = `${path} step ${i + 1}`;
      if (m.pageOverflows) problems.push(`${where}: the page scrolls`);
      if (!m.nextInView) problems.push(`${where}: Next is out of view`);
      m.boxes.forEach(({ fontPx, clipped }, b) => {
        if (clipped) problems.push(`${where}: ${boxes[b].box} is cut off`);
        // Fitting must not shrink the words out of reading range.
        if (fontPx < boxes[b].minFontPx) problems.push(`${where}: ${boxes[b].box} shrunk to ${fontPx}px`);
      });
      await page.keyboard.press('ArrowRight');
    }
    return problems;
  }

  it.each(SIZES)('both windows fit $width×$height on every step of every session', async (size) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    const problems: string[] = [];
    for (const id of SESSIONS) {
      const steps = stepCount(sessionData(id));
      problems.push(
        ...(await checkEveryStep(page, `/training/${id}/present/`, AUDIENCE_WINDOW, steps)),
        ...(await checkEveryStep(page, `/training/${id}/presenter/`, PRESENTER_WINDOW, steps)),
      );
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
