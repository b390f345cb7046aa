/**
 * The plan PDF in Welsh, and bilingual (Welsh first, then English, as Welsh public bodies publish):
 * the headings, marks and footer in the document's languages, every name exactly as typed, the
 * document's language set for screen readers (/Lang), the pages still checked against the attached
 * plan, and the command line's --lang.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { renderPlanPdfWithDetails } from '../../../src/planner/pdf/renderPlanPdf';
import { verifyPlanPdf } from '../../../src/planner/pdf/verifyPlanPdf';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { runNpmScript } from '../npmScript';
import { NOW, loadPlan, pdfText, qpdfCheck, squash, tempPath, testFonts } from './pdfTestKit';

const cy = translator('cy');
const en = translator('en');
const EXAMPLE = 'src/planner/examples/welsh-speaking-family.json';

let plan: Plan;
let welsh: { bytes: Uint8Array; pageCount: number };
let both: { bytes: Uint8Array; pageCount: number };
let english: { bytes: Uint8Array; pageCount: number };

beforeAll(async () => {
  plan = loadPlan(EXAMPLE);
  const fonts = await testFonts();
  const draw = (languages: ('en' | 'cy')[]) =>
    renderPlanPdfWithDetails(plan, { fonts, nameStyle: 'full', languages, now: NOW });
  [welsh, both, english] = await Promise.all([draw(['cy']), draw(['cy', 'en']), draw(['en'])]);
}, 60_000);

async function documentLanguage(bytes: Uint8Array): Promise<string | undefined> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const lang = doc.catalog.lookup(PDFName.of('Lang'));
  return lang instanceof PDFString ? lang.decodeText() : undefined;
}

const sectionTitle = (i18n: typeof cy) => i18n.t('plan.section.arrangements.title');

describe('the plan PDF in Welsh', () => {
  it('is written in Welsh: headings, marks and footer, with the document language cy', async () => {
    const text = squash(pdfText(welsh.bytes));
    expect(text).toContain(squash(sectionTitle(cy)));
    expect(text).not.toContain(squash(sectionTitle(en)));
    expect(text).toContain('SWYDDOGOL-SENSITIF');
    expect(text).not.toContain('OFFICIAL-SENSITIVE');
    expect(text).toContain(squash(cy.t('plan.pdf.mark.practice')));
    const lastPage = squash(pdfText(welsh.bytes, welsh.pageCount));
    expect(lastPage).toContain(
      squash(
        cy.t('plan.pdf.footer', {
          planId: plan.id,
          version: String(plan.version),
          page: String(welsh.pageCount),
          total: String(welsh.pageCount),
        }),
      ),
    );
    expect(await documentLanguage(welsh.bytes)).toBe('cy');
    expect(qpdfCheck(welsh.bytes).status).toBe(0);
  });

  it('prints every name exactly as typed', () => {
    const text = squash(pdfText(welsh.bytes));
    for (const person of plan.people) expect(text, person.name).toContain(squash(person.name));
    expect(text).toContain(squash(plan.child.name));
  });

  it('can be checked against the plan it carries, like an English one', async () => {
    for (const pdf of [welsh, both]) {
      const v = await verifyPlanPdf(pdf.bytes, { fonts: testFonts, today: '2026-11-24' });
      expect(v.checks.find((c) => c.id === 'pages')?.outcome).toBe('pass');
    }
  });
});

describe('the bilingual plan PDF', () => {
  it('has the whole plan in Welsh, then the whole plan in English from a page of its own', () => {
    const text = squash(pdfText(both.bytes));
    const welshAt = text.indexOf(squash(sectionTitle(cy)));
    const englishAt = text.indexOf(squash(sectionTitle(en)));
    expect(welshAt).toBeGreaterThan(-1);
    expect(englishAt).toBeGreaterThan(welshAt);
    expect(both.pageCount).toBeGreaterThanOrEqual(welsh.pageCount + english.pageCount - 1);
    const firstEnglishPage = Array.from({ length: both.pageCount }, (_, i) => i + 1).find((page) =>
      squash(pdfText(both.bytes, page)).includes(squash(en.t('plan.section.child.title'))),
    );
    expect(firstEnglishPage).toBeGreaterThan(welsh.pageCount - 1);
  });

  it('marks every page in both languages, Welsh first, and says the document is Welsh', async () => {
    for (let page = 1; page <= both.pageCount; page++) {
      const pageText = squash(pdfText(both.bytes, page));
      expect(pageText).toContain('SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE');
      expect(pageText).toContain(squash(cy.t('plan.pdf.mark.practice')));
      expect(pageText).toContain(squash(en.t('plan.pdf.mark.practice')));
    }
    expect(await documentLanguage(both.bytes)).toBe('cy');
    expect(qpdfCheck(both.bytes).status).toBe(0);
  });
});

describe('npm run plan:pdf -- --lang', { timeout: 120_000 }, () => {
  const run = (...args: string[]) => runNpmScript('plan:pdf', args);

  it('writes the Welsh and bilingual PDFs the builder makes', async () => {
    for (const [lang, expected] of [
      ['cy', welsh],
      ['cy,en', both],
    ] as const) {
      const out = tempPath(`cli-${lang}.pdf`);
      const r = run(EXAMPLE, out, '--lang', lang, '--now', NOW.toISOString());
      expect(r.status).toBe(0);
      expect(Buffer.from(readFileSync(out)).equals(Buffer.from(expected.bytes))).toBe(true);
    }
  });

  it("writes the plan's own choice of language when --lang is not given", async () => {
    const chose = tempPath('bilingual-plan.json');
    writeFileSync(chose, JSON.stringify({ ...plan, documentLanguage: 'bilingual' }));
    const out = tempPath('chosen.pdf');
    expect(run(chose, out, '--now', NOW.toISOString()).status).toBe(0);
    const text = squash(pdfText(new Uint8Array(readFileSync(out))));
    expect(text).toContain('SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE');
  });

  it('refuses a language it does not know', () => {
    const r = run(EXAMPLE, tempPath('never.pdf'), '--lang', 'fr');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--lang must be one language or two joined by a comma');
  });
});
