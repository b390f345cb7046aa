import { PDFDict, PDFDocument, PDFName, PDFArray, type PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../src/planner/ui/pdf/exportPlanPdf';
import { messageText } from '../../../src/i18n/keyedMessage';
import { openPlanPdf } from '../../../src/planner/pdf/openPlanPdf';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { fingerprintPlan } from '../../../src/planner/signoff/fingerprintPlan';
import { NOW, SIGNED_FIXTURE, loadPlan, testFonts } from './pdfTestKit';
import { translator } from '../../../src/i18n/translator';

const en = translator('en');

let signed: Plan;
let signedPdf: Uint8Array;
beforeAll(async () => {
  signed = loadPlan(SIGNED_FIXTURE);
  signedPdf = await renderPlanPdf(signed, { fonts: await testFonts(), nameStyle: 'initials', now: NOW });
});

/** Opens a PDF and words its messages in English, as the builder shows them. */
async function open(bytes: Uint8Array) {
  const r = await openPlanPdf(bytes);
  return r.ok ? { ...r, verified: messageText(en.t, r.verified) } : { ...r, message: messageText(en.t, r.message) };
}

describe('opening a PDF in the builder', () => {
  it('restores a signed plan and says it matches what was signed', async () => {
    const result = await open(signedPdf);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan).toEqual(signed);
    const short = (await fingerprintPlan(signed)).slice(0, 12);
    expect(result.verified).toBe(`The plan in this PDF matches what was signed (fingerprint ${short}).`);
  });

  it('says a draft matches the PDF it came in, and that it was not signed off', async () => {
    const draft = loadPlan('tests/fixtures/plans/complete.json');
    const result = await open(await renderPlanPdf(draft, { fonts: await testFonts(), nameStyle: 'full', now: NOW }));
    const short = (await fingerprintPlan(draft)).slice(0, 12);
    expect(result.ok && result.verified).toBe(
      `The plan in this PDF matches the PDF it came in (fingerprint ${short}). It had not been signed off when the PDF was made.`,
    );
  });

  it('refuses a PDF whose attached plan was changed, plainly, and a PDF from elsewhere, politely', async () => {
    const doc = await PDFDocument.load(signedPdf, { updateMetadata: false });
    const tree = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict);
    const spec = tree.lookup(PDFName.of('Names'), PDFArray).lookup(1, PDFDict);
    const ref = spec.lookup(PDFName.of('EF'), PDFDict).get(PDFName.of('F')) as PDFRef;
    const tampered = JSON.stringify({ ...signed, people: signed.people.slice(1) }, null, 2);
    doc.context.assign(ref, doc.context.flateStream(new TextEncoder().encode(tampered), { Type: 'EmbeddedFile' }));
    expect(await open(await doc.save())).toEqual({
      ok: false,
      message:
        'The plan inside this PDF has been changed since it was signed. Do not rely on it: ask for a copy of the signed PDF from the child’s record.',
      issues: [],
    });

    const other = await PDFDocument.create();
    other.addPage();
    expect(await open(await other.save())).toEqual({
      ok: false,
      message:
        'This PDF was not made by Staying in touch, so it has no plan to open. Choose a PDF exported from Staying in touch, or open the plan file (.json) instead.',
      issues: [],
    });
  });
});

describe('PDF file names', () => {
  it('carry no names, and mark drafts', () => {
    expect(pdfFileName(signed)).toBe(
      `staying-in-touch-plan-${signed.id
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 8)
        .toLowerCase()}-v1.pdf`,
    );
    expect(pdfFileName({ ...signed, status: 'draft', practice: true, version: 3 })).toMatch(
      /^practice-staying-in-touch-plan-[a-z0-9]+-v3-draft\.pdf$/,
    );
    expect(pdfFileName(signed)).not.toMatch(/eluned/i);
  });
});
