import { PDFDict, PDFDocument, PDFName, PDFArray, type PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../src/planner/ui/pdf/exportPlanPdf';
import { messageText } from '../../../src/i18n/keyedMessage';
import { openPlanPdf } from '../../../src/planner/pdf/openPlanPdf';
import { RENDERER_VERSION } from '../../../src/planner/pdf/pdfMarker';
import { verificationReportText } from '../../../src/planner/pdf/verificationReportText';
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
  const r = await openPlanPdf({ bytes }, testFonts);
  if (!r.ok) return { ok: false as const, message: messageText(en.t, r.message), issues: r.issues };
  const report = verificationReportText(en.t, r.verification);
  return { ...r, report };
}

describe('opening a PDF in the builder', () => {
  it('restores a signed plan and says what each check found, with the full fingerprint', async () => {
    const result = await open(signedPdf);
    expect(result.ok).toBe(true);
    if (!result.ok || !('report' in result)) return;
    expect(result.plan).toEqual(signed);
    expect(result.verification.allHold).toBe(true);
    expect(result.report.checks).toEqual([
      expect.stringMatching(/^Pass – Made by Staying in touch: /),
      'Pass – Attached plan: The PDF carries one attached plan file, and it is a valid plan.',
      expect.stringMatching(/^Pass – Attached plan unchanged: /),
      expect.stringMatching(
        new RegExp(`^Pass – Printed pages: All \\d+ printed pages are exactly what version ${RENDERER_VERSION} `),
      ),
      expect.stringMatching(/^Pass – Sign-off: The plan says it is signed off, and its sign-off record meets/),
    ]);
    expect(result.report.fingerprint).toBe(`Fingerprint: ${await fingerprintPlan(signed)}`);
    // Without the fingerprint from the case record, it says what would tie the PDF to the sign-off.
    expect(result.report.summary.join(' ')).toMatch(/compare its fingerprint, all 64 characters/);
  });

  it('says a draft had not been signed off, so there are no signatures to check', async () => {
    const draft = loadPlan('tests/fixtures/plans/complete.json');
    const result = await open(await renderPlanPdf(draft, { fonts: await testFonts(), nameStyle: 'full', now: NOW }));
    expect(result.ok && 'report' in result && result.report.checks.at(-1)).toBe(
      'Not checked – Sign-off: The plan had not been signed off when this PDF was made, so there are no signatures to check.',
    );
    expect(result.ok && result.verification.allHold).toBe(true);
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
        'The plan inside this PDF does not match the fingerprint written into the PDF, so it was changed after the PDF was made. Do not rely on it: ask for a copy of the signed PDF from the child’s record.',
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
