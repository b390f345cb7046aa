/**
 * axe (WCAG 2.0–2.2 A and AA) on every view of the Welsh builder (/cy/planner/), as
 * planner-a11y.test.ts does for the English one: the plans list, the task list, every section filled
 * in and with its errors, every item form (add, change, remove), check your answers, copying from
 * another plan, the families' copies, editions to print and the exchange log. Views are reached by their addresses and forms sent by their submit buttons, so no
 * wording is needed; every page must say it is Welsh (`lang="cy"`) and have one h1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from './browser';
import { freshBuilder, goToView, storedPlans } from './plannerHelpers';

const SECTIONS = ['child', 'purposes', 'people', 'factors', 'arrangements', 'support', 'voices', 'change', 'review'];
const LISTS = ['people', 'factors', 'arrangements', 'support'] as const;

const browser = useBrowser();
let page: Page;
let example: string;
/** A new, empty plan, for every section's errors. */
let empty: string | undefined;
let items: Record<(typeof LISTS)[number], string>;
/** The example's arrangement of letters by post, which has an exchange log. */
let written: string;

const go = (hash: string) => goToView(page, hash);
const expectNoViolations = async (what: string) => {
  expect(await axeViolations(page), what).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang), what).toBe('cy');
  await expect.poll(() => page.locator('h1').count(), { message: `${what}: one h1` }).toBe(1);
};

beforeAll(async () => {
  page = await browser.newPage();
  await freshBuilder(page, '?example=siblings-adoption-and-foster-care', 'personal', '/cy');
  example = new URL(page.url()).hash.split('/')[2];
  const plan = (JSON.parse(await storedPlans(page)) as { data: Record<string, { id: string }[]> }[])[0].data;
  items = Object.fromEntries(LISTS.map((list) => [list, plan[list][0].id])) as typeof items;
  written = (plan.arrangements as { id: string; form?: string }[]).find((a) => a.form === 'postal_exchange')!.id;
});

describe('accessibility of every view of the Welsh builder', () => {
  it('the plans list and the task list', async () => {
    await go('#/');
    await expectNoViolations('plans list');
    await go(`#/plan/${example}`);
    await expectNoViolations('task list');
  });

  it.each([...SECTIONS, 'signoff'])('section %s, filled in', async (section) => {
    await go(`#/plan/${example}/${section}`);
    await expectNoViolations(section);
  });

  it.each(LISTS)('%s: the add form, the change form and removal', async (list) => {
    for (const view of ['add', items[list], `${items[list]}/remove`]) {
      await go(`#/plan/${example}/${list}/${view}`);
      await expectNoViolations(`${list} ${view}`);
    }
  });

  it('the form for both adoptive parents, check your answers, copying, the families’ copies, editions to print and the exchange log', async () => {
    for (const hash of [
      `#/plan/${example}/people/add?start=adoptive_parents`,
      `#/plan/${example}/check`,
      `#/plan/${example}/copy/people`,
      `#/plan/${example}/copies`,
      `#/plan/${example}/copies/private`,
      `#/plan/${example}/copies/print/record`,
      `#/plan/${example}/copies/print/child?band=teen`,
      `#/plan/${example}/exchanges`,
      `#/plan/${example}/exchanges/${written}/add`,
    ]) {
      await go(hash);
      await expectNoViolations(hash);
    }
  });

  it.each(SECTIONS)('section %s of a new plan, with its errors', async (section) => {
    if (!empty) {
      await go('#/');
      await page.locator('#new-plan').click();
      await page.locator('.task-list').first().waitFor();
      empty = new URL(page.url()).hash.split('/')[2];
    }
    await go(`#/plan/${empty}/${section}`);
    await page.locator('input[name=completed][value=yes]').check();
    await page.locator('.planner-form button[type=submit]').first().click();
    await page.locator('.error-summary').waitFor();
    await expectNoViolations(`${section} with errors`);
  });
});
