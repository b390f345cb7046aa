/**
 * Nothing leaves the device: every view of the builder (plans list, task list, every section, item
 * pages, check answers) and its privacy screens, with no Content-Security-Policy violation (they
 * show as console errors, collected in browser.problems) and no request to any host but the site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, outsideRequests } from './browser';
import { freshBuilder, goToView, heading, openBuilder } from './plannerHelpers';
import { protectWith, unlockWith } from './privacyHelpers';
import { SECTION_IDS } from '../../src/planner/schema/planVocabulary';
import { translator } from '../../src/i18n/translator';

const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser.newPage();
});

/** Goes to a builder view by its address and waits for it to show. */
const visit = (hash: string) => goToView(page, hash);

describe('every builder view, and nothing leaves the site', () => {
  it('visits the plans list, the task list, every section, item pages and check answers', async () => {
    await freshBuilder(page, '?example=welsh-speaking-family');
    await heading(page, /practice plan/);
    const planId = /#\/plan\/([^/]+)/.exec(page.url())![1];
    const views = [
      '#/',
      `#/plan/${planId}`,
      ...SECTION_IDS.map((s) => `#/plan/${planId}/${s}`),
      `#/plan/${planId}/people/add`,
      `#/plan/${planId}/people/p-eirlys`,
      `#/plan/${planId}/factors/f-tomos`,
      `#/plan/${planId}/arrangements/a-nain-taid`,
      `#/plan/${planId}/support/s-tomos`,
      `#/plan/${planId}/people/p-eirlys/remove`,
      `#/plan/${planId}/check`,
    ];
    const seen: string[] = [];
    for (const view of views) {
      await visit(view);
      seen.push(await page.locator('main h1').innerText());
    }
    for (const s of SECTION_IDS) expect(seen.join('\n')).toContain(translator('en').t(`plan.section.${s}.title`));
    expect(seen).toContain('Check your answers');
    expect(browser.problems).toEqual([]);
    expect(outsideRequests(browser.requests)).toEqual([]);
  });

  it('and the privacy screens: device question, protection, lock, unlock, delete everything', async () => {
    await freshBuilder(page, '', null);
    await heading(page, 'Is this a shared or public computer?');
    await page.getByLabel('No, only I use it').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Your plans');
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await openBuilder(page);
    await protectWith(page, 'maple river lantern');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlockWith(page, 'maple river lantern');
    await heading(page, 'Your plans');
    await page.getByRole('button', { name: 'Delete everything from this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await heading(page, 'Everything has been deleted from this device');
    expect(browser.problems).toEqual([]);
    expect(outsideRequests(browser.requests)).toEqual([]);
  });
});
