/**
 * Copying from another plan on this device: the people register, then a section that names them
 * (the people are then found, not added twice), a section of one answer that is replaced only when
 * the user says so, and practice and real plans that never share people.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { freshBuilder, goToView, heading, openBuilder, storedPlans, waitForSave } from './plannerHelpers';

const browser = useBrowser();

const ROSA = 'Rosa, Finn and Leah: practice plan';

/** Opens a worked example as a practice plan; returns its id. */
async function openExample(page: Page, example: string, fresh = false): Promise<string> {
  if (fresh) await freshBuilder(page, `?example=${example}`);
  else await openBuilder(page, `?example=${example}`);
  await heading(page, /practice plan/);
  return new URL(page.url()).hash.replace('#/plan/', '');
}

interface StoredPlan {
  people: { id: string; name: string }[];
  arrangements: { id: string; personIds: string[] }[];
  purposes: { summary: string };
}
const stored = async (page: Page, id: string) =>
  (JSON.parse(await storedPlans(page)) as { id: string; data: StoredPlan }[]).find((p) => p.id === id)!.data;

/** The builder's notification region. */
const notice = (page: Page) => page.locator('main [role=status]').first().innerText();
const cards = (page: Page) => page.locator('.summary-card__title').count();

describe('copying from another plan', () => {
  it('copies the people register, then a section whose people are already here, with new ids', async () => {
    const page = await browser.newPage();
    const rosa = await openExample(page, 'siblings-adoption-and-foster-care', true);
    const tomos = await openExample(page, 'welsh-speaking-family');

    await goToView(page, `#/plan/${tomos}/people`);
    expect(await cards(page)).toBe(6);
    await page.getByRole('link', { name: 'Copy people from another plan' }).click();
    await heading(page, 'Copy “Who is important now or later” from another plan');
    await page.getByText('Only practice plans are listed').waitFor();
    await page.getByRole('link', { name: ROSA }).click();
    await heading(page, `Copy “Who is important now or later” from ${ROSA}`);
    await page.getByRole('heading', { name: '5 people added to this plan' }).waitFor();
    for (const name of ['Finn', 'Leah', 'Shannon', 'June and Clive', 'Dale'])
      await page
        .getByRole('listitem')
        .filter({ hasText: new RegExp(`^${name} \\(`) })
        .waitFor();
    await page.getByRole('button', { name: 'Copy into this plan' }).click();

    await heading(page, 'Who is important now or later');
    await expect.poll(() => notice(page)).toBe(`Copied from ${ROSA}: 5 people.`);
    expect(await cards(page)).toBe(11);
    await waitForSave(page, 'June and Clive');
    const [from, into] = [await stored(page, rosa), await stored(page, tomos)];
    expect(into.people).toHaveLength(11);
    const rosaIds = new Set(from.people.map((p) => p.id));
    expect(into.people.filter((p) => rosaIds.has(p.id))).toEqual([]);

    // Arrangements name Rosa's people, who are now here by the same name and relationship.
    await goToView(page, `#/plan/${tomos}/arrangements`);
    expect(await cards(page)).toBe(6);
    await page.getByRole('link', { name: 'Copy from another plan' }).click();
    await page.getByRole('link', { name: ROSA }).click();
    await heading(page, `Copy “Staying-in-touch arrangements” from ${ROSA}`);
    await page.getByRole('heading', { name: '4 arrangements' }).waitFor();
    await page.getByRole('heading', { name: /already in this plan$/ }).waitFor();
    expect(await page.getByRole('heading', { name: /added to this plan$/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Copy into this plan' }).click();

    await heading(page, 'Staying-in-touch arrangements');
    await expect.poll(() => notice(page)).toBe(`Copied from ${ROSA}: 4 arrangements.`);
    expect(await cards(page)).toBe(10);
    await expect.poll(async () => (await stored(page, tomos)).arrangements.length).toBe(10);
    const after = await stored(page, tomos);
    expect(after.people).toHaveLength(11);
    const here = new Set(after.people.map((p) => p.id));
    expect(after.arrangements.flatMap((a) => a.personIds).filter((id) => !here.has(id))).toEqual([]);
    const rosaArrangements = new Set(from.arrangements.map((a) => a.id));
    expect(after.arrangements.filter((a) => rosaArrangements.has(a.id))).toEqual([]);
    // The plan copied from is as it was.
    expect(await stored(page, rosa)).toEqual(from);
    await page.close();
  });

  it('replaces an answer of one value only when asked, and never mixes practice and real plans', async () => {
    const page = await browser.newPage();
    const rosa = await openExample(page, 'siblings-adoption-and-foster-care', true);
    await goToView(page, '#/');
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    const real = new URL(page.url()).hash.replace('#/plan/', '');

    // A real plan lists no practice plan, and refuses one named in its address.
    await goToView(page, `#/plan/${real}/people`);
    await page.getByRole('link', { name: 'Copy people from another plan' }).click();
    await page.getByText('Practice plans are not listed').waitFor();
    await page.getByText('There are no other plans on this device that you can copy from.').waitFor();
    await goToView(page, `#/plan/${real}/copy/people/${rosa}`);
    await page.getByText('This is a practice plan. Its fictional people cannot be copied into a real plan.').waitFor();
    expect(await page.getByRole('button', { name: 'Copy into this plan' }).count()).toBe(0);

    const tomos = await openExample(page, 'welsh-speaking-family');
    const before = (await stored(page, tomos)).purposes.summary;
    const rosaSummary = (await stored(page, rosa)).purposes.summary;
    await goToView(page, `#/plan/${tomos}/purposes`);
    await page.getByRole('link', { name: 'Copy from another plan' }).click();
    expect(await page.getByRole('link', { name: /Untitled plan/ }).count()).toBe(0);
    await page.getByRole('link', { name: ROSA }).click();
    await heading(page, `Copy “Purposes of staying in touch” from ${ROSA}`);
    // Both answers are shown before choosing.
    await page.getByRole('heading', { name: 'In this plan now' }).waitFor();
    await page.getByRole('heading', { name: `In ${ROSA}` }).waitFor();
    await page.getByText(before.slice(0, 40)).first().waitFor();
    await page.getByText(rosaSummary.slice(0, 40)).first().waitFor();

    await page.getByRole('button', { name: 'Copy into this plan' }).click();
    await page.locator('.error-summary').getByText('Select whether to replace the purposes').waitFor();
    await page.getByLabel('No, keep the ones in this plan').check();
    await page.getByRole('button', { name: 'Copy into this plan' }).click();
    await heading(page, 'Purposes of staying in touch');
    await expect.poll(() => notice(page)).toBe(`Nothing was copied from ${ROSA}.`);
    expect(await page.getByLabel('The purpose for this child, in a few sentences').inputValue()).toBe(before);

    await page.getByRole('link', { name: 'Copy from another plan' }).click();
    await page.getByRole('link', { name: ROSA }).click();
    await page.getByLabel('Yes, replace them').check();
    await page.getByRole('button', { name: 'Copy into this plan' }).click();
    await heading(page, 'Purposes of staying in touch');
    await expect.poll(() => notice(page)).toBe(`Copied from ${ROSA}: replaced the purposes.`);
    await expect.poll(async () => (await stored(page, tomos)).purposes.summary).toBe(rosaSummary);
    await page.close();
  });
});
