/**
 * "Check your answers" and removals, as a keyboard or screen reader user meets them: headings nest
 * (h1 page, h2 section, h3 item), "Change" comes back to the answer it changed, a removal says so
 * and leaves focus on the item that took its place, and no two links or buttons read the same
 * unless they go to the same place.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { freshBuilder, goToView, heading } from './plannerHelpers';

const browser = useBrowser();

/** Its support list has items that read the same ("Support for the child" twice). */
const EXAMPLE = 'child-attached-to-foster-carers';

/** Opens the worked example as a practice plan; returns the plan's address. */
async function openExample(page: Page): Promise<string> {
  await freshBuilder(page, `?example=${EXAMPLE}`);
  await heading(page, /practice plan/);
  return new URL(page.url()).hash;
}

/** The visible headings in `main`, in order. */
function headingsOf(page: Page) {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => ({
        level: Number(h.tagName[1]),
        text: h.textContent?.trim() ?? '',
        item: h.classList.contains('summary-card__title'),
      })),
  );
}

/** Item headings that do not sit exactly one level below the heading they come under. */
async function misnestedItems(page: Page): Promise<string[]> {
  const found = await headingsOf(page);
  return found.flatMap((h, i) => {
    if (!h.item) return [];
    const parent = found.slice(0, i).findLast((p) => !p.item);
    return parent && h.level === parent.level + 1 ? [] : [`h${h.level} ${h.text} under h${parent?.level}`];
  });
}

/**
 * The accessible names of the links and buttons in `main` that more than one place answers to,
 * as Chromium's accessibility tree computes them (visually hidden text included, hidden elements
 * not). A link's place is its address; every button is a place of its own.
 */
async function repeatedNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const main = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("main")' });
    const places = new Map<string, Set<string>>();
    for (const role of ['link', 'button']) {
      const { nodes } = await cdp.send('Accessibility.queryAXTree', { objectId: main.result.objectId, role });
      for (const node of nodes) {
        if (node.ignored) continue;
        const name = String(node.name?.value ?? '').trim();
        let place = `button ${node.backendDOMNodeId}`;
        if (role === 'link') {
          const { node: element } = await cdp.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId });
          const attributes = element.attributes ?? [];
          place = attributes[attributes.indexOf('href') + 1] ?? place;
        }
        places.set(name, (places.get(name) ?? new Set()).add(place));
      }
    }
    expect(places.size, 'found no links or buttons').toBeGreaterThan(5);
    return [...places].filter(([, where]) => where.size > 1).map(([name, where]) => `${name}: ${[...where]}`);
  } finally {
    await cdp.detach();
  }
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Whether the focused element is on screen, and how far down the page is scrolled. */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const box = document.activeElement!.getBoundingClientRect();
    return { onScreen: box.top >= 0 && box.bottom <= innerHeight, scrolled: scrollY > 0 };
  });

/** The builder's notification region (the polite live region above each view). */
const notice = (page: Page) => page.locator('main [role=status]').first().innerText();

describe('check your answers', () => {
  it('nests item headings under their section and names every link and button uniquely', async () => {
    const page = await browser.newPage();
    const plan = await openExample(page);
    await goToView(page, `${plan}/check`);
    await heading(page, 'Check your answers');
    const found = await headingsOf(page);
    expect(found.filter((h) => h.level === 1)).toHaveLength(1);
    expect(found.filter((h) => h.item).length).toBeGreaterThan(20);
    expect(await misnestedItems(page)).toEqual([]);
    // An item under a part heading ("Stages") is one level further down.
    expect(found.some((h) => h.item && h.level === 4)).toBe(true);
    expect(await repeatedNames(page)).toEqual([]);
    expect(await page.getByRole('link', { name: /^Change Support for the child \(\d of 6\)$/ }).count()).toBe(2);

    // The same answers on a section's own page: h1 the section, h2 each item.
    await goToView(page, `${plan}/support`);
    expect(await misnestedItems(page)).toEqual([]);
    expect((await headingsOf(page)).filter((h) => h.item && h.level === 2).length).toBeGreaterThan(2);
    await page.close();
  });

  it('returns to the Change link that was followed, after saving, going back or the browser Back', async () => {
    const page = await browser.newPage();
    const plan = await openExample(page);
    await goToView(page, `${plan}/check`);

    // A whole section, near the end of the page: saved.
    await page.locator('#change-section-review').click();
    await heading(page, 'Reviewing the plan');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await heading(page, 'Check your answers');
    await expect.poll(() => focusedId(page)).toBe('change-section-review');
    expect(await focusPlace(page)).toEqual({ onScreen: true, scrolled: true });

    // One person: their own Change link, after "Back to check your answers".
    const person = page.getByRole('link', { name: 'Change Kieran' });
    const personLink = await person.getAttribute('id');
    expect(personLink).toMatch(/^change-p-/);
    await person.click();
    await heading(page, 'Change the details of Kieran');
    await page.getByRole('link', { name: 'Back to check your answers' }).click();
    await heading(page, 'Check your answers');
    await expect.poll(() => focusedId(page)).toBe(personLink);
    expect(await focusPlace(page)).toEqual({ onScreen: true, scrolled: true });

    // The same person, saved.
    await person.click();
    await page.getByRole('button', { name: 'Save person' }).click();
    await heading(page, 'Check your answers');
    await expect.poll(() => focusedId(page)).toBe(personLink);

    // An arrangement, and the browser's Back button.
    const arrangement = page.locator('a[id^="change-"]:not([id^="change-answer-"])[href*="/arrangements/"]').last();
    const arrangementLink = await arrangement.getAttribute('id');
    await arrangement.click();
    await page.getByRole('button', { name: 'Save arrangement' }).waitFor();
    await page.goBack();
    await heading(page, 'Check your answers');
    await expect.poll(() => focusedId(page)).toBe(arrangementLink);
    expect(await focusPlace(page)).toEqual({ onScreen: true, scrolled: true });
    await page.close();
  });
});

describe('a Change link for each answer', () => {
  it('opens the form at that question, and comes back to that answer after saving or going back', async () => {
    const page = await browser.newPage();
    const plan = await openExample(page);
    await goToView(page, `${plan}/check`);
    const rowOf = (id: string) => page.locator(`[id="${id}"]`).locator('xpath=ancestor::div[1]').innerText();

    // An answer of an item, named with the item it belongs to.
    const often = page.getByRole('link', { name: /^Change how often — Arrangement 1: Maureen and Tony/ });
    expect(await often.count()).toBe(1);
    const oftenId = (await often.getAttribute('id'))!;
    expect(await rowOf(oftenId)).toContain('Twice a month');
    await often.click();
    await heading(page, 'Change an arrangement');
    await expect.poll(() => focusedId(page)).toBe('f-frequencyCount');
    expect(await focusPlace(page)).toEqual({ onScreen: true, scrolled: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('3');
    await page.getByRole('button', { name: 'Save arrangement' }).click();
    await heading(page, 'Check your answers');
    await expect.poll(() => focusedId(page)).toBe(oftenId);
    expect(await focusPlace(page)).toEqual({ onScreen: true, scrolled: true });
    expect(await rowOf(oftenId)).toContain('3 times a month');

    // An answer of a section, and "Back to check your answers".
    const heritage = page.getByRole('link', { name: 'Change heritage and culture', exact: true });
    const heritageId = (await heritage.getAttribute('id'))!;
    await heritage.click();
    await heading(page, 'About the child');
    await expect.poll(() => focusedId(page)).toBe('f-heritage');
    await page.getByRole('link', { name: 'Back to check your answers' }).click();
    await heading(page, 'Check your answers');
    await expect.poll(() => focusedId(page)).toBe(heritageId);

    // An entry of a list inside a section's form (a stage), and the browser's Back button.
    const when = page.getByRole('link', { name: 'Change when — As a teenager', exact: true });
    const whenId = (await when.getAttribute('id'))!;
    await when.click();
    await heading(page, /Change over time/);
    await expect.poll(() => focusedId(page)).toBe('f-stages-1-when');
    await page.goBack();
    await heading(page, 'Check your answers');
    await expect.poll(() => focusedId(page)).toBe(whenId);
    expect(await focusPlace(page)).toEqual({ onScreen: true, scrolled: true });
    await page.close();
  });
});

describe('removing', () => {
  it('moves focus to the item that took its place, else the one before, else "Add", and says so', async () => {
    const page = await browser.newPage();
    const plan = await openExample(page);
    await goToView(page, `${plan}/arrangements`);
    const cards = () =>
      page.locator('.summary-card__title').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent })));
    const remove = async (index: number) => {
      const before = await cards();
      await page.locator(`#${before[index].id.replace(/^card-/, 'remove-')}`).click();
      await page.getByRole('button', { name: 'Yes, remove' }).click();
      await heading(page, 'Staying-in-touch arrangements');
      await expect.poll(() => notice(page)).toBe(`Removed ${before[index].text}.`);
      return before;
    };

    let before = await remove(0); // the first: the next takes its place
    expect(before).toHaveLength(5);
    await expect.poll(() => focusedId(page)).toBe(before[1].id);
    before = await remove(3); // the last: the one before it
    await expect.poll(() => focusedId(page)).toBe(before[2].id);
    for (let left = 3; left > 0; left--) await remove(0);
    await expect.poll(() => focusedId(page)).toBe('add-item'); // none left: the Add button
    await page.close();
  });

  it('does the same for entries of a form, such as stages', async () => {
    const page = await browser.newPage();
    const plan = await openExample(page);
    await goToView(page, `${plan}/change`);
    const stages = page.locator('section[aria-labelledby="stages-heading"] fieldset');
    const removeButton = (i: number) => stages.nth(i).getByRole('button', { name: /^Remove stage/ });
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

    expect(await stages.count()).toBe(2);
    await page.locator('#add-stage').click();
    await expect.poll(() => stages.count()).toBe(3);
    await removeButton(2).click(); // the last: the one before it
    await expect.poll(() => stages.count()).toBe(2);
    await expect.poll(focusedText).toBe('Remove stage 2');
    await expect.poll(() => notice(page)).toBe('Removed stage 3.');
    await removeButton(0).click(); // the first: the next, now stage 1
    await expect.poll(focusedText).toBe('Remove stage 1');
    await expect.poll(() => notice(page)).toBe('Removed stage 1.');
    await removeButton(0).click(); // none left: the Add button
    await expect.poll(() => focusedId(page)).toBe('add-stage');
    await page.close();
  });

  it('does the same for signatories, and tells two with the same name apart', async () => {
    const page = await browser.newPage();
    const plan = await openExample(page);
    await goToView(page, `${plan}/signoff`);
    for (const add of ['Add a signatory', 'Add another signatory']) {
      await page.getByRole('link', { name: add }).click();
      await heading(page, 'Add a signatory');
      await page.getByLabel('Someone else, for example the social worker or their manager').check();
      await page.getByLabel('Full name').fill('Sam Jones');
      await page.getByLabel('Adoptive parent').check();
      await page.getByLabel('Agrees', { exact: true }).check();
      await page.getByRole('button', { name: "Use today's date" }).click();
      await page.getByRole('button', { name: 'Save signatory' }).click();
      await heading(page, 'Sign-off');
    }
    const cards = page.locator('.summary-card__title');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await misnestedItems(page)).toEqual([]);
    expect(await repeatedNames(page)).toEqual([]);
    const ids = await cards.evaluateAll((hs) => hs.map((h) => h.id));

    await page.getByRole('link', { name: 'Remove Sam Jones (1 of 2)' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await heading(page, 'Sign-off');
    await expect.poll(() => focusedId(page)).toBe(ids[1]);
    await expect.poll(() => notice(page)).toBe('Removed Sam Jones.');
    await page.getByRole('link', { name: 'Remove Sam Jones' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await heading(page, 'Sign-off');
    await expect.poll(() => focusedId(page)).toBe('add-signatory');
    await page.close();
  });
});

describe('plans list', () => {
  it('tells two plans with the same name apart, and keeps focus when one is deleted', async () => {
    const page = await browser.newPage();
    await freshBuilder(page);
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Start a new plan' }).click();
      await heading(page, 'Untitled plan');
      await page.getByRole('link', { name: 'Back to your plans' }).click();
      await heading(page, 'Your plans');
    }
    const titles = page.locator('.plan-cards .summary-card__title');
    await expect.poll(() => titles.count()).toBe(2);
    expect(await repeatedNames(page)).toEqual([]);
    const ids = await titles.evaluateAll((hs) => hs.map((h) => h.id));

    await page.getByRole('button', { name: 'Delete Untitled plan (1 of 2)' }).click();
    await page.getByRole('button', { name: 'Yes, delete this plan' }).click();
    await expect.poll(() => focusedId(page)).toBe(ids[1]);
    await expect.poll(() => notice(page)).toBe('The plan has been deleted from this device.');
    await expect.poll(() => titles.count()).toBe(1);
    expect(await focusedId(page)).toBe(ids[1]);

    await page.getByRole('button', { name: 'Delete Untitled plan' }).click();
    await page.getByRole('button', { name: 'Yes, delete this plan' }).click();
    await expect.poll(() => focusedId(page)).toBe('new-plan');
    await page.close();
  });
});
