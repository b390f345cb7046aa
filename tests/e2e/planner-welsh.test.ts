/**
 * A Welsh-speaking social worker at /cy/planner/: the builder in Welsh from its first screen, a plan
 * drafted (with its errors in Welsh), its documents set to Welsh, signed off, and exported as a Welsh
 * PDF that reads back with the Welsh headings and every name exactly as typed. Words come from the
 * Welsh catalogue, so the test follows any change a translator makes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translator } from '../../src/i18n/translator';
import type { MessageKey } from '../../src/i18n/catalogue';
import { axeViolations, outsideRequests, useBrowser } from './browser';
import { freshBuilder, goToView, heading, openBuilder, storedPlans } from './plannerHelpers';

const cy = translator('cy');
const w = (key: MessageKey, params?: Record<string, string | number>) => cy.t(key, params);

const browser = useBrowser();
let page: Page;
let planId: string;

beforeAll(async () => {
  page = await browser.newPage();
  await freshBuilder(page, '', null, '/cy');
});

const expectNoViolations = async (what: string) => {
  expect(await axeViolations(page), what).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang), what).toBe('cy');
};

describe('the plan builder in Welsh', () => {
  it('asks its first question in Welsh, on a Welsh page', async () => {
    await heading(page, w('privacy.question.title'));
    await expectNoViolations('device question');
    await page.getByLabel(w('privacy.question.option.personal.label')).check();
    await page.getByRole('button', { name: w('privacy.question.continue') }).click();
    await heading(page, w('planner.plans.title'));
    await expectNoViolations('plans list');
  });

  it('drafts a plan: errors in Welsh, and the documents in Welsh', async () => {
    await openBuilder(page, '?example=welsh-speaking-family', '', '/cy');
    planId = new URL(page.url()).hash.split('/')[2];
    await goToView(page, `#/plan/${planId}/child`);
    // A plan under Welsh law points to the Welsh law and guidance, on the Welsh site.
    expect(await page.getByRole('link', { name: w('planner.guides.wales') }).getAttribute('href')).toBe(
      '/cy/research/staying-in-touch-in-wales/',
    );
    await page.getByLabel(w('plan.child.name.label')).fill('');
    await page.getByLabel(w('planner.completed.yes')).check();
    await page.getByRole('button', { name: w('planner.form.submit') }).click();
    await page.locator('.error-summary').waitFor();
    await expect
      .poll(() => page.locator('.error-summary__list a').allInnerTexts())
      .toContain(w('plan.error.child.name.required'));
    await expect.poll(() => page.title()).toMatch(new RegExp(`^${w('common.form.errorPrefix')}`));
    await expectNoViolations('about the child, with errors');
    await page.getByLabel(w('plan.child.name.label')).fill('Tomos Ŵyn');
    await page
      .getByRole('group', { name: w('plan.child.documentLanguage.label') })
      .getByLabel(w('plan.option.documentLanguage.cy'), { exact: true })
      .check();
    await page.getByRole('button', { name: w('planner.form.submit') }).click();
    await heading(page, w('plan.section.purposes.title'));
    // The section's guides are the Welsh site's; the Wales briefing is not offered on every section.
    expect(await page.locator('.guide-links a').first().getAttribute('href')).toBe('/cy/guides/step-1-purpose/');
    expect(await page.getByRole('link', { name: w('planner.guides.wales') }).count()).toBe(0);
    const saved = JSON.parse(await storedPlans(page)) as {
      data: { child: { name: string }; documentLanguage: string };
    }[];
    expect(saved[0].data).toMatchObject({ child: { name: 'Tomos Ŵyn' }, documentLanguage: 'cy' });
  });

  it('signs it off', async () => {
    await goToView(page, `#/plan/${planId}/signoff`);
    await page.getByRole('button', { name: w('signoff.status.markReady') }).click();
    await page.getByText(w('signoff.status.markedReady')).first().waitFor();
    for (const [name, role] of [
      ['Siân Prys', 'social_worker'],
      ['Owain Tomos', 'adoptive_parent'],
      ['Meleri Tomos', 'adoptive_parent'],
    ] as const) {
      await goToView(page, `#/plan/${planId}/signoff/add`);
      await heading(page, w('signoff.signatoryForm.addTitle'));
      await page.getByLabel(w('plan.signatory.who.notInRegister')).check();
      await page.getByLabel(w('plan.signatory.name.label'), { exact: true }).fill(name);
      await page.getByLabel(w(`plan.option.signatoryRole.${role}`), { exact: true }).check();
      await page.getByLabel(w('plan.option.stance.agrees'), { exact: true }).check();
      await page.getByRole('button', { name: w('planner.form.date.today') }).click();
      await page.getByRole('button', { name: w('signoff.signatoryForm.save') }).click();
      await heading(page, w('plan.section.signoff.title'));
    }
    await expectNoViolations('sign-off, ready');
    await page.getByRole('button', { name: w('signoff.status.signOff') }).click();
    await page.getByText(w('signoff.status.signedOff')).first().waitFor();
  });

  it('exports the plan as a Welsh PDF, with every name exact', async () => {
    await goToView(page, `#/plan/${planId}`);
    await page.getByLabel(w('signoff.nameStyle.full'), { exact: true }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w('signoff.pdf.exportSigned') }).click(),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'welsh-pdf-')), 'plan.pdf');
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const key of ['plan.section.arrangements.title', 'plan.pdf.mark.security', 'plan.pdf.cover.child'] as const)
      expect(text, key).toContain(w(key));
    expect(text).not.toContain('OFFICIAL-SENSITIVE');
    const plan = (JSON.parse(await storedPlans(page)) as { data: { people: { name: string }[] } }[])[0].data;
    for (const name of ['Tomos Ŵyn', 'Siân Prys', 'Owain Tomos', 'Meleri Tomos', ...plan.people.map((p) => p.name)])
      expect(text, name).toContain(name);
    expect(outsideRequests(browser.requests)).toEqual([]);
  });
});
