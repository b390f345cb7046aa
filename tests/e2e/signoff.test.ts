/**
 * Sign-off in the browser, from a worked example: what is still missing, recording each person's
 * sign-off (typed name and a drawn signature), Draft → Ready → Signed off, the signed plan being
 * read-only everywhere, exporting the PDF (pdf-lib loaded only then, nothing leaving the site, no
 * CSP errors), reopening it through "Open plan file" with the fingerprint check, a tampered and a
 * foreign PDF refused, a new version with the changes between versions, and the calendar file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, StandardFonts, rgb, type PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { RENDERER_VERSION } from '../../src/planner/pdf/pdfMarker';
import { readPlanFromPdf } from '../../src/planner/pdf/readPlanFromPdf';
import { axeViolations, useBrowser, outsideRequests } from './browser';
import { freshBuilder, goToView, heading, openBuilder, storedPlans } from './plannerHelpers';

const dir = mkdtempSync(join(tmpdir(), 'signoff-e2e-'));

const browser = useBrowser();
let page: Page;
let planId: string;
/** Scripts fetched so far, and whether each carries pdf-lib or fontkit (known by strings their code always has). */
const scripts: { url: string; pdfCode: boolean }[] = [];
/** What the page itself requested (not the service worker filling its offline cache in the background). */
const pageRequests: string[] = [];
const fonts = () => pageRequests.filter((u) => /\.ttf$/.test(u));
const PDF_CODE = /FlateDecode|GSUB/;
let signedPdf: string;
let fingerprint: string;

const go = (hash: string) => goToView(page, hash);
const expectNoViolations = async (what: string) => {
  expect(await axeViolations(page), what).toEqual([]);
  await expect.poll(() => page.locator('h1').count(), { message: `${what}: one h1` }).toBe(1);
};
/** Today in the browser's time zone, as the builder sees it. */
const today = () =>
  page.evaluate(() => {
    const d = new Date();
    return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
  });
const save = async (download: Download, name: string) => {
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
};
const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

beforeAll(async () => {
  page = await browser.newPage();
  page.on('request', (r) => {
    if (!r.serviceWorker()) pageRequests.push(r.url());
  });
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    void r.body().then(
      (b) => scripts.push({ url: r.url(), pdfCode: PDF_CODE.test(b.toString('latin1')) }),
      () => {},
    );
  });
  await freshBuilder(page, '?example=infant-parent-mental-health');
  await heading(page, /practice plan/);
  planId = new URL(page.url()).hash.replace('#/plan/', '');
});

describe('signing off a plan', () => {
  it('lists what a new plan is still missing, each linked to its section, and explains why it cannot be marked ready', async () => {
    await go('#/');
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await heading(page, 'Untitled plan');
    const emptyId = new URL(page.url()).hash.replace('#/plan/', '');
    await go(`#/plan/${emptyId}/signoff`);
    await heading(page, 'Sign-off');
    const missing = page.locator('.missing-list a');
    expect(await missing.allInnerTexts()).toEqual(
      expect.arrayContaining([
        "Enter the child's name or a pseudonym",
        'Select at least one purpose of staying in touch',
        'Enter the date of the next review',
        "Add the social worker's sign-off, with the date",
      ]),
    );
    expect(
      await page.getByRole('link', { name: 'Select at least one purpose of staying in touch' }).getAttribute('href'),
    ).toBe(`#/plan/${emptyId}/purposes`);
    const ready = page.getByRole('button', { name: 'Mark as ready for sign-off' });
    expect(await ready.isDisabled()).toBe(true);
    expect(await page.locator('#status-action-hint').innerText()).toMatch(
      /You cannot mark the plan as ready for sign-off yet: \d+ things are still missing/,
    );
    await expectNoViolations('sign-off of an empty plan, with what is missing');
  });

  it('marks the worked example ready, and lists only the signatures still needed', async () => {
    await go(`#/plan/${planId}/signoff`);
    await heading(page, 'Sign-off');
    expect(await page.locator('.missing-list a').allInnerTexts()).toEqual([
      "Add the social worker's sign-off, with the date",
      "Add the adoptive parents' sign-off, with the date",
    ]);
    expect(
      await page.getByRole('link', { name: "Add the social worker's sign-off, with the date" }).getAttribute('href'),
    ).toBe(`#/plan/${planId}/signoff/add`);
    await expectNoViolations('sign-off of a complete draft');
    await page.getByRole('button', { name: 'Mark as ready for sign-off' }).click();
    await page.getByText('The plan is ready for sign-off.').waitFor();
    expect(await page.locator('.tag--status-ready').innerText()).toBe('Ready for sign-off');
    expect(await page.getByRole('button', { name: 'Sign off the plan' }).isDisabled()).toBe(true);
    expect(await page.locator('#status-action-hint').innerText()).toMatch(
      /You cannot sign off the plan yet: 2 things are still needed/,
    );
  });

  it('shows the signatory form’s errors in GOV.UK style, accessibly', async () => {
    await page.getByRole('link', { name: 'Add a signatory' }).click();
    await heading(page, 'Add a signatory');
    await expectNoViolations('add a signatory');
    await page.getByRole('button', { name: 'Save signatory' }).click();
    await page.locator('.error-summary').waitFor();
    await expect
      .poll(() => page.locator('.error-summary__list a').allInnerTexts())
      .toEqual(['Select who is signing', 'Select whether they agree with the plan', 'Enter the date they signed off']);
    // Someone not in the plan's people is written in by hand.
    await page.getByLabel('Someone else, for example the social worker or their manager').check();
    await page.getByRole('button', { name: 'Save signatory' }).click();
    await expect
      .poll(() => page.locator('.error-summary__list a').allInnerTexts())
      .toEqual([
        "Enter the signatory's name",
        "Select the signatory's role",
        'Select whether they agree with the plan',
        'Enter the date they signed off',
      ]);
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectNoViolations('add a signatory, with errors');
  });

  it('records the social worker with a drawn signature, and a parent with reservations', async () => {
    const { day, month, year } = await today();
    await page.getByLabel('Full name').fill('Priya Shah');
    await page.getByLabel('Social worker', { exact: true }).check();
    await page.getByLabel('Agrees', { exact: true }).check();
    await page.getByLabel('Day').fill(day);
    await page.getByLabel('Month').fill(month);
    await page.getByLabel('Year').fill(year);
    await page.locator('.signature-pad').scrollIntoViewIfNeeded();
    const pad = await page.locator('.signature-pad').boundingBox();
    if (!pad) throw new Error('No signature pad');
    await page.mouse.move(pad.x + 30, pad.y + pad.height * 0.7);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++)
      await page.mouse.move(pad.x + 30 + i * 12, pad.y + pad.height * (0.7 - 0.4 * Math.sin(i / 3)));
    await page.mouse.up();
    await expect.poll(() => page.getByRole('button', { name: 'Clear signature' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Save signatory' }).click();
    await heading(page, 'Sign-off');
    await page.getByRole('img', { name: 'Drawn signature of Priya Shah' }).waitFor();

    await page.getByRole('link', { name: 'Add another signatory' }).click();
    await heading(page, 'Add a signatory');
    await page.getByLabel('Someone else, for example the social worker or their manager').check();
    await page.getByLabel('Full name').fill('Tomasz Nowak');
    await page.getByLabel('Adoptive parent').check();
    await page.getByLabel('Agrees, with reservations').check();
    // Today's date is offered.
    await page.getByRole('button', { name: "Use today's date" }).click();
    expect([
      await page.getByLabel('Day').inputValue(),
      await page.getByLabel('Month').inputValue(),
      await page.getByLabel('Year').inputValue(),
    ]).toEqual([day, month, year]);
    await page.getByRole('button', { name: 'Save signatory' }).click();
    await page.locator('.error-summary').waitFor();
    await expect
      .poll(() => page.locator('.error-summary__list a').allInnerTexts())
      .toEqual(['Enter their reservations']);
    await page.getByLabel('What are their reservations?').fill('Would like the first meet-up to be shorter.');
    await page.getByRole('button', { name: 'Save signatory' }).click();
    await heading(page, 'Sign-off');
    await expect.poll(() => page.locator('.missing-list').count()).toBe(0);
  });

  it('signs the plan off', async () => {
    const signOff = page.getByRole('button', { name: 'Sign off the plan' });
    expect(await signOff.isEnabled()).toBe(true);
    await signOff.click();
    await page.getByText('The plan has been signed off. It can no longer be changed.').waitFor();
    expect(await page.locator('.notification-banner--signed').innerText()).toMatch(
      /This plan was signed off on \d{1,2} \w+ \d{4}\. It cannot be changed\. Start a new version to make changes\./,
    );
    await expect.poll(() => page.locator('.summary-card__actions').count()).toBe(0);
    await expectNoViolations('sign-off of a signed plan');
    // Saved as signed: still signed after a reload.
    await openBuilder(page, '', `#/plan/${planId}/signoff`);
    expect(await page.locator('.tag--status-signed').innerText()).toBe('Signed off');
  });

  it('keeps a signed-off plan read-only everywhere in the builder', async () => {
    const before = await storedPlans(page);
    for (const hash of ['child', 'people', 'people/add', 'arrangements', 'voices', 'review']) {
      await go(`#/plan/${planId}/${hash}`);
      const main = page.locator('.planner-section');
      await main.waitFor();
      expect(await main.locator('input, textarea, select, button[type=submit]').count(), hash).toBe(0);
      expect(await main.getByRole('link', { name: /^(Add|Change|Remove|Copy)/ }).count(), hash).toBe(0);
      expect(await main.innerText(), hash).toContain('It cannot be changed.');
    }
    await go(`#/plan/${planId}/signoff/add`);
    await heading(page, 'Sign-off');
    await expect.poll(() => page.locator('.planner-form').count()).toBe(0);
    await go(`#/plan/${planId}/people`);
    await expectNoViolations('a section of a signed plan');
    await go(`#/plan/${planId}/check`);
    expect(
      await page
        .locator('.check-answers')
        .getByRole('link', { name: /^Change/ })
        .count(),
    ).toBe(0);
    await go(`#/plan/${planId}`);
    await expect.poll(() => page.locator('.notification-banner--signed').count()).toBe(1);
    expect(await storedPlans(page)).toBe(before);
  });
});

describe('the signed PDF', () => {
  it('loads no PDF code until the export button is pressed, then downloads the signed PDF', async () => {
    await go(`#/plan/${planId}`);
    await page.getByRole('button', { name: 'Export signed plan as PDF' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => s.pdfCode)).toEqual([]);
    expect(fonts()).toEqual([]);
    const problemsBefore = browser.problems.length;

    await page.getByLabel('Full name', { exact: true }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export signed plan as PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^practice-staying-in-touch-plan-[a-z0-9]{8}-v1\.pdf$/);
    await page.getByText(/The PDF has been downloaded: practice-staying-in-touch-plan-/).waitFor();
    signedPdf = await save(download, 'signed.pdf');
    expect(scripts.filter((s) => s.pdfCode).length).toBeGreaterThan(0);
    expect(fonts()).toHaveLength(2);
    expect(browser.problems.slice(problemsBefore)).toEqual([]);
    expect(outsideRequests(browser.requests)).toEqual([]);
  });

  it('holds the child’s name, the status, the fingerprint and the plan itself', async () => {
    const bytes = new Uint8Array(readFileSync(signedPdf));
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getProducer()).toBe('Staying in touch');
    expect(doc.getPageCount()).toBeGreaterThan(2);
    const read = await readPlanFromPdf<{ id: string; status: string; signOff: { name: string }[] }>(bytes);
    if (!read.ok) throw new Error(read.key);
    fingerprint = read.fingerprint;
    expect(read.plan.id).toBe(planId);
    expect(read.plan.status).toBe('signed');
    const text = pdfText(signedPdf);
    expect(text).toContain('Ezra: practice plan Practice plan: fictional people and events Child Ezra Version 1');
    expect(text).toContain('Status Signed off');
    expect(text).toContain(fingerprint);
    expect(text).toContain('Priya Shah');
    expect(text).toContain('Would like the first meet-up to be shorter.');
    expect(text).not.toContain('NOT SIGNED OFF');
  });

  it('reopens the PDF through "Open plan file", restoring the plan and saying what each check found', async () => {
    await go('#/');
    await heading(page, 'Your plans');
    await page.setInputFiles('#f-plan-file', signedPdf);
    const report = page.locator('.pdf-check-report');
    await report.getByText(`Fingerprint: ${fingerprint}`, { exact: true }).waitFor();
    await heading(page, /practice plan/);
    expect(await report.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Pass – Made by Staying in touch: /),
      'Pass – Attached plan: The PDF carries one attached plan file, and it is a valid plan.',
      expect.stringMatching(/^Pass – Attached plan unchanged: /),
      expect.stringMatching(
        new RegExp(
          `^Pass – Printed pages: All \\d+ printed pages are exactly what version ${RENDERER_VERSION} of the PDF renderer draws`,
        ),
      ),
      expect.stringMatching(/^Pass – Sign-off: The plan says it is signed off, and its sign-off record meets/),
    ]);
    await expect.poll(() => page.locator('.notification-banner--signed').count()).toBe(1);
    // The signed plan shows its full fingerprint, to record on the case record.
    await expect
      .poll(() => page.locator('.notification-banner--signed .plan-fingerprint__value').innerText())
      .toBe(fingerprint);
  });

  it('compares the PDF with the fingerprint recorded on the case record, as typed or pasted', async () => {
    const form = page.locator('form.fingerprint-compare');
    const field = form.getByLabel('Fingerprint recorded on the child’s case record at sign-off');
    const compare = form.getByRole('button', { name: 'Compare fingerprints' });
    const result = form.getByRole('status');

    await field.fill(fingerprint.slice(0, 12)); // the short form older notices showed is not enough
    await compare.click();
    await form
      .getByText('Enter the fingerprint as 64 characters, using only the numbers 0 to 9 and the letters a to f')
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    const other = `${fingerprint.slice(0, 63)}${fingerprint.endsWith('0') ? '1' : '0'}`;
    await field.fill(other);
    await compare.click();
    await expect
      .poll(() => result.innerText())
      .toMatch(/^Fail – Fingerprint from the case record: .*is not the one you gave/);

    // Pasted from a wrapped line, in capitals: spaces, line breaks and case do not matter.
    await field.fill(`${fingerprint.slice(0, 32).toUpperCase()}\n ${fingerprint.slice(32)}`);
    await compare.click();
    await expect
      .poll(() => result.innerText())
      .toBe(
        'Pass – Fingerprint from the case record: The attached plan’s fingerprint is the one you gave from the case record, so it is the plan that fingerprint was recorded for.',
      );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a PDF whose printed page was painted over, saying its pages do not match its plan', async () => {
    const doc = await PDFDocument.load(readFileSync(signedPdf), { updateMetadata: false });
    const last = doc.getPage(doc.getPageCount() - 1);
    last.drawRectangle({ x: 60, y: 400, width: 300, height: 30, color: rgb(1, 1, 1) });
    last.drawText('Agrees', { x: 62, y: 410, size: 10, font: await doc.embedFont(StandardFonts.Helvetica) });
    const painted = join(dir, 'painted.pdf');
    writeFileSync(painted, await doc.save());

    await go('#/');
    await heading(page, 'Your plans');
    await page.setInputFiles('#f-plan-file', painted);
    const report = page.locator('.pdf-check-report');
    await report
      .getByText(
        `Fail – Printed pages: Page ${doc.getPageCount()} is not what the attached plan draws: it was edited or painted over after the PDF was made`,
        { exact: false },
      )
      .waitFor();
    expect(await report.innerText()).toContain('Not every check passed.');
    await expectNoViolations('a plan opened from a PDF whose pages do not match');
  });

  it('refuses a PDF whose plan was changed, and a PDF from elsewhere, changing nothing', async () => {
    const doc = await PDFDocument.load(readFileSync(signedPdf), { updateMetadata: false });
    const tree = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict);
    const spec = tree.lookup(PDFName.of('Names'), PDFArray).lookup(1, PDFDict);
    const ref = spec.lookup(PDFName.of('EF'), PDFDict).get(PDFName.of('F')) as PDFRef;
    const read = await readPlanFromPdf<Record<string, unknown>>(new Uint8Array(readFileSync(signedPdf)));
    if (!read.ok) throw new Error(read.key);
    const changed = read.json.replace('Would like the first meet-up to be shorter.', 'Agrees completely.');
    doc.context.assign(ref, doc.context.flateStream(new TextEncoder().encode(changed), { Type: 'EmbeddedFile' }));
    const tampered = join(dir, 'tampered.pdf');
    writeFileSync(tampered, await doc.save());
    const foreign = join(dir, 'letter.pdf');
    const other = await PDFDocument.create();
    other.addPage();
    writeFileSync(foreign, await other.save());

    await go('#/');
    const before = await storedPlans(page);
    for (const [path, message] of [
      [tampered, 'The plan inside this PDF does not match the fingerprint written into the PDF'],
      [foreign, 'This PDF was not made by Staying in touch'],
    ]) {
      await page.setInputFiles('#f-plan-file', path);
      // The PDF is read in a worker: wait for this file's message, not the summary left by the last.
      await page.locator('.error-summary', { hasText: message }).waitFor();
      expect(await page.locator('#f-plan-file-error').innerText()).toContain(message);
      expect(await storedPlans(page)).toBe(before);
    }
    await expectNoViolations('plans list with a refused PDF');
  });
});

describe('versions', () => {
  it('starts a new version, which needs a summary of what changes', async () => {
    await go(`#/plan/${planId}/signoff`);
    await page.getByRole('link', { name: 'Start a new version' }).first().click();
    await heading(page, 'Start version 2');
    await page.getByRole('button', { name: 'Start version 2' }).click();
    await page.locator('.error-summary').waitFor();
    await expect
      .poll(() => page.locator('.error-summary__list a').allInnerTexts())
      .toEqual(['Enter a summary of what will change in the new version']);
    await expectNoViolations('start a new version, with errors');
    await page
      .getByLabel('What will change in the new version, and why?')
      .fill('Ezra now speaks some Polish; languages updated.');
    await page.getByRole('button', { name: 'Start version 2' }).click();
    await page.getByText('Staying-in-touch plan · version 2 · Draft').waitFor();
    await expect.poll(() => page.locator('.notification-banner--signed').count()).toBe(0);

    // Version 2 can be changed.
    await go(`#/plan/${planId}/child`);
    await page.getByLabel('Languages').fill('English and some Polish');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await heading(page, 'Purposes of staying in touch'); // on to the next section
    await page.locator('a.back-link', { hasText: 'Back to the plan' }).click();
    await page.getByText('Staying-in-touch plan · version 2 · Draft').waitFor();
  });

  it('lists every version and shows what changed between two', async () => {
    await go(`#/plan/${planId}/signoff/versions`);
    await heading(page, 'Versions of this plan');
    await expect
      .poll(() => page.locator('.summary-card__title').allInnerTexts())
      .toEqual(['Version 2 (latest)', 'Version 1']);
    expect(await page.locator('.summary-card').first().innerText()).toContain(
      'Ezra now speaks some Polish; languages updated.',
    );
    await expectNoViolations('versions list');
    await page.getByLabel('From').selectOption('1');
    await page.getByLabel('To').selectOption('2');
    await page.getByRole('button', { name: 'Show what changed' }).click();
    const changes = page.locator('.version-changes');
    await changes.getByRole('heading', { name: 'What changed from version 1 to version 2' }).waitFor();
    const text = await changes.innerText();
    expect(text).toContain('About the child');
    expect(text).toMatch(/Languages\s+Changed\s+Was: English\s+Now: English and some Polish/);
    expect(text).toMatch(/Status\s+Changed\s+Was: Signed off\s+Now: Draft/);
    expect(text).toMatch(/Signatory\s+Removed\s+Priya Shah/);
    await expectNoViolations('versions list with the changes');
  });

  it('keeps version 1 viewable and exportable with the fingerprint it was signed with', async () => {
    await page.getByRole('link', { name: 'View version 1' }).click();
    await heading(page, 'Version 1');
    expect(await page.locator('.planner-section').innerText()).toContain('It is kept as it was and cannot be changed.');
    await expect
      .poll(() => page.locator('.planner-section input[type=text], .planner-section textarea').count())
      .toBe(0);
    await expectNoViolations('an earlier version');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export version 1 as PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-v1\.pdf$/);
    const read = await readPlanFromPdf<{ version: number }>(
      new Uint8Array(readFileSync(await save(download, 'v1.pdf'))),
    );
    expect(read.ok && read.plan.version).toBe(1);
    expect(read.ok && read.fingerprint).toBe(fingerprint);
  });

  it('exports the new version as a draft, marked as not signed off', async () => {
    await go(`#/plan/${planId}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export draft as PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-v2-draft\.pdf$/);
    const text = pdfText(await save(download, 'v2.pdf'));
    expect(text).toContain('DRAFT — NOT SIGNED OFF');
    expect(text).toContain('Status Draft');
  });
});

describe('review reminders', () => {
  it('downloads the review and letter dates as a calendar file that parses, without the child’s name', async () => {
    await go(`#/plan/${planId}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add review and letter dates to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('practice-plan-review-and-letters-2027-11-30.ics');
    const ics = readFileSync(await save(download, 'review.ics'), 'utf8');
    expect(ics.endsWith('\r\n')).toBe(true);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfold, then read the properties.
    const lines = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('DTSTART;VALUE=DATE:20271130');
    expect(lines).toContain('DTEND;VALUE=DATE:20271201');
    expect(lines).toContain('RRULE:FREQ=MONTHLY;INTERVAL=12');
    expect(lines).toContain('TRIGGER:-P14D');
    // The review, then January's letters, each with its reminder.
    expect(lines.filter((l) => l.startsWith('BEGIN:')).map((l) => l.slice(6))).toEqual([
      'VCALENDAR',
      'VEVENT',
      'VALARM',
      'VEVENT',
      'VALARM',
    ]);
    expect(lines).toContain('SUMMARY:Practice: Staying-in-touch letters due in January');
    expect(lines).toContain('RRULE:FREQ=YEARLY');
    expect(ics).not.toContain('Ezra');
    await page
      .getByText(
        'Downloaded practice-plan-review-and-letters-2027-11-30.ics. Open it to add the review to your calendar, repeating every 12 months',
      )
      .waitFor();
  });
});
