import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRef, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_NAME, INFO_MARKER_KEY, PRODUCER } from '../../../src/planner/pdf/pdfMarker';
import { translator } from '../../../src/i18n/translator';
import {
  readBuilderPlanFromPdf,
  readFailureText,
  readPlanFromPdf,
  type ReadPlanResult,
} from '../../../src/planner/pdf/readPlanFromPdf';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import { validatePlanData } from '../../../src/planner/schema/planFile';
import type { Plan, PlanContent } from '../../../src/planner/schema/planSchema';
import { fingerprintPlan } from '../../../src/planner/signoff/fingerprintPlan';
import { NOW, SIGNED_FIXTURE, loadPlan, testFonts } from './pdfTestKit';

let plan: Plan;
let pdf: Uint8Array;

/** What the reader is told when a PDF is refused, in English; undefined when it was read. */
const told = (result: ReadPlanResult) => (result.ok ? undefined : readFailureText(translator('en'), result));

beforeAll(async () => {
  plan = loadPlan(SIGNED_FIXTURE);
  pdf = await renderPlanPdf(plan, { fonts: await testFonts(), nameStyle: 'initials', now: NOW });
});

/** Loads our PDF, lets `edit` change it at the object level, and saves it again. */
async function editPdf(bytes: Uint8Array, edit: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  edit(doc);
  return doc.save();
}

/** The embedded-files name tree's (name, file spec) pairs. */
function embeddedPairs(doc: PDFDocument): PDFArray {
  const tree = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict);
  return tree.lookup(PDFName.of('Names'), PDFArray);
}

/** The attached plan file's stream reference. */
function attachmentRef(doc: PDFDocument): PDFRef {
  const spec = embeddedPairs(doc).lookup(1, PDFDict);
  return spec.lookup(PDFName.of('EF'), PDFDict).get(PDFName.of('F')) as PDFRef;
}

function replaceAttachment(doc: PDFDocument, text: string) {
  const stream = doc.context.flateStream(new TextEncoder().encode(text), {
    Type: 'EmbeddedFile',
    Subtype: 'application/json',
  });
  doc.context.assign(attachmentRef(doc), stream);
}

describe('reading a plan back from its PDF', () => {
  it('round-trips the attached plan, verified against its fingerprint', async () => {
    const result = await readPlanFromPdf(pdf);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan).toEqual(plan);
    expect(result.fingerprint).toBe(await fingerprintPlan(plan));
    // The attachment is the complete plan, with the child's full name, whatever the name style.
    expect(result.json).toContain('Eluned Ŵyn Ŷwain');
  });

  it('validates with the builder schema when asked', async () => {
    const result = await readPlanFromPdf(pdf, {
      validate: (json) => {
        const r = validatePlanData(json);
        return r.ok ? { ok: true, plan: r.plan } : { ok: false, message: r.message };
      },
    });
    expect(result.ok && result.plan.id).toBe(plan.id);
  });

  it('opens in the builder through the plan-file reader', async () => {
    const result = await readBuilderPlanFromPdf(pdf);
    expect(result.ok && result.plan).toEqual(plan);
  });

  it('round-trips an earlier version exported from the history, with the fingerprint it was signed with', async () => {
    const copy: Partial<Plan> = { ...plan };
    delete copy.previousVersions;
    const earlier = copy as PlanContent;
    const bytes = await renderPlanPdf(earlier, { fonts: await testFonts(), nameStyle: 'full', now: NOW });
    const result = await readBuilderPlanFromPdf(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fingerprint).toBe(await fingerprintPlan(earlier));
    expect(result.plan.previousVersions).toEqual([]);
  });

  it('reports a validation failure plainly', async () => {
    const result = await readPlanFromPdf(pdf, {
      validate: () => ({ ok: false, message: { key: 'common.notProvided' } }),
    });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      stage: 'attachment',
      key: 'signoff.pdfRead.invalidBecause',
      params: { reason: { key: 'common.notProvided' } },
    });
    expect(told(result)).toBe('The plan inside this PDF could not be opened. Not provided');
  });

  it('says plainly when the attached plan was changed after the PDF was made', async () => {
    const changed = { ...plan, signOff: plan.signOff.map((s) => ({ ...s, stance: 'agrees' as const })) };
    const tampered = await editPdf(pdf, (doc) => replaceAttachment(doc, JSON.stringify(changed, null, 2)));
    const result = await readPlanFromPdf(tampered);
    expect(result).toEqual({
      ok: false,
      reason: 'changed',
      stage: 'fingerprint',
      key: 'signoff.pdfRead.changed',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(told(result)).toBe(
      'The plan inside this PDF does not match the fingerprint written into the PDF, so it was changed after the PDF was made. Do not rely on it: ask for a copy of the signed PDF from the child’s record.',
    );
  });

  it('detects a change that leaves the content fingerprint alone (the whole file is checked too)', async () => {
    // Same content, re-indented: the fingerprint matches but the file digest does not.
    const tampered = await editPdf(pdf, (doc) => replaceAttachment(doc, JSON.stringify(plan)));
    expect((await readPlanFromPdf(tampered)).ok).toBe(false);
  });

  it('detects a changed fingerprint in the document information', async () => {
    const tampered = await editPdf(pdf, (doc) => {
      const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
      info.set(
        PDFName.of(INFO_MARKER_KEY),
        PDFHexString.fromText(`format=1;content-sha256=${'0'.repeat(64)};file-sha256=${'0'.repeat(64)}`),
      );
    });
    expect((await readPlanFromPdf(tampered)).ok).toBe(false);
  });

  it('reports an attachment that is not JSON as damaged', async () => {
    const tampered = await editPdf(pdf, (doc) => replaceAttachment(doc, '{"not json'));
    const result = await readPlanFromPdf(tampered);
    expect(result).toMatchObject({ ok: false, reason: 'damaged' });
    expect(told(result)).toBe('The plan inside this PDF is damaged and cannot be read.');
  });

  it('refuses a file that is not a PDF', async () => {
    const result = await readPlanFromPdf(new TextEncoder().encode(JSON.stringify(plan)));
    expect(result).toEqual({ ok: false, reason: 'not-pdf', stage: 'producer', key: 'signoff.pdfRead.notPdf' });
    expect(told(result)).toBe('This file is not a PDF. Choose a PDF exported from Staying in touch.');
  });

  it('refuses a damaged PDF', async () => {
    const truncated = await readPlanFromPdf(pdf.subarray(0, 200));
    expect(truncated).toMatchObject({ ok: false });
    expect(told(truncated)).toMatch(/^This PDF could not be read|^This PDF was not made by Staying in touch/);
    expect(await readPlanFromPdf(new TextEncoder().encode('%PDF-1.7\nnothing else'))).toMatchObject({ ok: false });
  });

  it('refuses a PDF made by something else, even one carrying a plan.json', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Someone else’s PDF', { x: 50, y: 700, color: rgb(0, 0, 0) });
    await doc.attach(new TextEncoder().encode(JSON.stringify(plan)), ATTACHMENT_NAME, { mimeType: 'application/json' });
    const result = await readPlanFromPdf(await doc.save());
    expect(result).toEqual({ ok: false, reason: 'not-ours', stage: 'producer', key: 'signoff.pdfRead.notOurs' });
    expect(told(result)).toBe(
      'This PDF was not made by Staying in touch, so it has no plan to open. Choose a PDF exported from Staying in touch, or open the plan file (.json) instead.',
    );
  });

  it('refuses a PDF that only claims our producer', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    doc.setProducer(PRODUCER);
    await doc.attach(new TextEncoder().encode(JSON.stringify(plan)), ATTACHMENT_NAME, { mimeType: 'application/json' });
    expect(await readPlanFromPdf(await doc.save())).toMatchObject({ ok: false, reason: 'not-ours' });
  });

  it('says when one of our PDFs has no plan attached', async () => {
    const stripped = await editPdf(pdf, (doc) => doc.catalog.delete(PDFName.of('Names')));
    const result = await readPlanFromPdf(stripped);
    expect(result).toEqual({ ok: false, reason: 'no-plan', stage: 'attachment', key: 'signoff.pdfRead.noPlan' });
    expect(told(result)).toBe(
      'This PDF from Staying in touch has no plan inside it, so it cannot be opened in the builder.',
    );
  });

  it('ignores attachments with other names', async () => {
    const renamed = await editPdf(pdf, (doc) => embeddedPairs(doc).set(0, PDFHexString.fromText('other.json')));
    expect(await readPlanFromPdf(renamed)).toMatchObject({ ok: false, reason: 'no-plan' });
  });
});
