/**
 * The hub's entry points into the builder: `?example=<id>` opens a worked example as a new practice
 * plan, marked as fictional wherever it shows; `?case=<id>` opens it as a case only (facts and people)
 * for a training group to build; `?new=practice` starts an empty practice plan for a trainer's own
 * case; `?section=<id>` opens a section of the latest plan.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser, waitForIslands } from './browser';
import type { Plan } from '../../src/planner/schema/planSchema';
import { freshBuilder, heading, openBuilder, storedPlans } from './plannerHelpers';

const EXAMPLES = readdirSync('src/planner/examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const browser = useBrowser();

describe('worked examples', () => {
  it('opens the Welsh example as a practice plan, with its names intact', async () => {
    const page = await browser.newPage();
    await freshBuilder(page, '?example=welsh-speaking-family');
    await heading(page, 'Tomos: practice plan');
    expect(new URL(page.url()).search).toBe(''); // a reload must not make another copy
    expect(page.url()).toMatch(/#\/plan\/[0-9a-f-]{36}$/);
    await page.locator('.practice-banner').getByText('Practice plan: fictional people and events').waitFor();
    await page.getByText('You have completed 9 of 9 sections.').waitFor();
    await page.reload();
    await heading(page, 'Tomos: practice plan');
    expect(JSON.parse(await storedPlans(page))).toHaveLength(1);

    await page.getByRole('link', { name: 'Check your answers' }).click();
    await heading(page, 'Check your answers');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Eirlys (Nain)');
    expect(text).toContain("Ydy ci Taid yn dod i'r tŷ newydd?");
    await expect.poll(() => page.locator('.practice-banner').count()).toBe(1);

    await page.getByRole('link', { name: 'Back to the plan' }).first().click();
    await page.getByRole('link', { name: 'Back to your plans' }).click();
    await heading(page, 'Your plans');
    const card = page.locator('.plan-cards > li').first();
    await expect.poll(() => card.innerText()).toContain('Practice');
    await page.close();
  });

  it('opens the Welsh example in Welsh from the Welsh builder: its free text Welsh, its names exact', async () => {
    const page = await browser.newPage();
    await freshBuilder(page, '?example=welsh-speaking-family', 'personal', '/cy');
    await heading(page, 'Tomos: cynllun ymarfer');
    await page.getByRole('link', { name: 'Gwirio’ch atebion' }).click();
    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toContain('Mae Elin a Mark yn cytuno, ac wedi gofyn am gopi Cymraeg');
    const text = await main.innerText();
    for (const name of ['Eirlys (Nain)', 'Gwilym (Taid)', 'Lowri', 'Catrin', 'Aled', 'Julie and Steve'])
      expect(text).toContain(name);
    expect(text).toContain('Ydy ci Taid yn dod i’r tŷ newydd?');
    expect(text).not.toContain('asked for a Welsh copy of the plan');
    expect(text).not.toContain('Is Taid');
    await page.close();
  });

  it.each(EXAMPLES)('opens %s from its worked example page', async (id) => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/examples/${id}/`);
    const link = page.locator(`a[href="/planner/?example=${id}"]`);
    expect(await link.count()).toBeGreaterThan(0);
    await link.first().click();
    await waitForIslands(page);
    await page.locator('.task-list').waitFor();
    expect(await page.locator('h1').innerText()).toMatch(/practice plan/);
    await expect.poll(() => page.locator('.practice-banner').count()).toBe(1);
    await page.close();
  });

  it('opens a worked example as a case only: facts and people given, the rest for the group to build', async () => {
    const page = await browser.newPage();
    await freshBuilder(page);
    await page.goto(`${baseUrl()}/examples/safe-grandparent-risky-parent/`);
    await page.getByRole('link', { name: 'Open as a case only, for a group to build the plan' }).click();
    await waitForIslands(page);
    await heading(page, 'Ruby: practice plan (case only)');
    expect(new URL(page.url()).search).toBe(''); // a reload must not make another copy
    await page.locator('.practice-banner').getByText('Practice plan: fictional people and events').waitFor();
    await page.getByText('You have completed 2 of 9 sections.').waitFor();
    const [stored, ...others] = JSON.parse(await storedPlans(page)) as { data: Plan }[];
    expect(others).toEqual([]);
    expect(stored.data).toMatchObject({ practice: true, exampleId: 'safe-grandparent-risky-parent', arrangements: [] });
    expect(stored.data.people).toHaveLength(4);
    expect(stored.data.purposes.selected).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save plan to file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^practice-staying-in-touch-plan-/);
    await page.close();
  });

  it('the "For trainers" page links each case and a new practice plan for a trainer\'s own case', async () => {
    const page = await browser.newPage();
    await freshBuilder(page);
    await page.goto(`${baseUrl()}/audiences/trainers/`);
    const cases = page.getByRole('link', { name: /: open as a case only$/ });
    await expect.poll(() => cases.count()).toBe(EXAMPLES.length);
    await page.evaluate(() =>
      localStorage.setItem('staying-in-touch:settings', JSON.stringify({ deviceMode: 'personal' })),
    );
    await page.getByRole('link', { name: 'Write your own fictional case' }).click();
    await waitForIslands(page);
    await page.locator('.task-list').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.locator('.practice-banner').getByText('Practice plan: fictional people and events').waitFor();
    const plans = JSON.parse(await storedPlans(page)) as { data: Plan }[];
    expect(plans.map((p) => [p.data.practice, p.data.people.length])).toEqual([[true, 0]]);

    await page.goto(`${baseUrl()}/cy/audiences/trainers/`);
    expect(await page.locator('a[href="/cy/planner/?new=practice"]').count()).toBe(1);
    expect(await page.locator('a[href="/cy/planner/?case=welsh-speaking-family"]').count()).toBe(1);
    await page.close();
  });

  it('says so when the example does not exist', async () => {
    const page = await browser.newPage();
    await openBuilder(page, '?example=no-such-example');
    await heading(page, 'Your plans');
    await page.getByText('There is no worked example called “no-such-example”.').waitFor();
    await page.close();
  });
});

describe('section links from the hub', () => {
  it('with no plans, lands on the plans list with a note and a way to start there', async () => {
    const page = await browser.newPage();
    await freshBuilder(page, '?section=support');
    await heading(page, 'Your plans');
    await page.getByText(/You do not have a plan on this device yet, so there is no “Support plan” to open/).waitFor();
    await page.getByRole('button', { name: 'Start a new plan at that section' }).click();
    await heading(page, 'Support plan');
    await page.close();
  });

  it('opens that section of the most recent plan, with its guide linked', async () => {
    const page = await browser.newPage();
    await openBuilder(page, '?section=purposes');
    await heading(page, 'Purposes of staying in touch');
    const guide = page.locator('.guide-links a');
    expect(await guide.getAttribute('href')).toBe('/guides/step-1-purpose/');
    await page.close();
  });
});
