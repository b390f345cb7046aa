/**
 * The one verifier of plan PDFs against the attacks that got through before: a signatory's stance
 * changed and the PDF made again with our own renderer, text painted over a printed page, a plan
 * that says it is signed off with no one signed, and a PDF from a renderer that cannot be
 * reproduced. Each check's outcome is asserted, and its words where they matter.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, StandardFonts, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../../src/i18n/keyedMessage';
import { translator } from '../../../src/i18n/translator';
import { INFO_MARKER_KEY, RENDERER_VERSION, markerValue, parseMarker } from '../../../src/planner/pdf/pdfMarker';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import { verifyPlanPdf, type CheckId, type VerifiedPlanPdf } from '../../../src/planner/pdf/verifyPlanPdf';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { fingerprintPlan } from '../../../src/planner/signoff/fingerprintPlan';
import { NOW, SIGNED_FIXTURE, loadPlan, testFonts } from './pdfTestKit';

const { t } = translator('en');
const TODAY = '2026-12-01';

let signed: Plan;
let signedPdf: Uint8Array;
/** The fingerprint written on the case record when the plan was signed off. */
let recorded: string;

beforeAll(async () => {
  signed = loadPlan(SIGNED_FIXTURE);
  signedPdf = await renderPlanPdf(signed, { fonts: await testFonts(), nameStyle: 'initials', now: NOW });
  recorded = await fingerprintPlan(signed);
});

const verify = (bytes: Uint8Array, recordedFingerprint?: string) =>
  verifyPlanPdf(bytes, { fonts: testFonts, today: TODAY, ...(recordedFingerprint ? { recordedFingerprint } : {}) });

/** Each check's outcome, by check. */
const outcomes = (v: VerifiedPlanPdf) => Object.fromEntries(v.checks.map((c) => [c.id, c.outcome]));
const words = (v: VerifiedPlanPdf, id: CheckId) => messageText(t, v.checks.find((c) => c.id === id)!.message);

async function editPdf(bytes: Uint8Array, edit: (doc: PDFDocument) => Promise<void> | void): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  await edit(doc);
  return doc.save();
}

/** Rewrites the marker in the information dictionary, leaving the pages and the attachment alone. */
function rewriteMarker(doc: PDFDocument, change: (value: string) => string) {
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const value = (info.lookup(PDFName.of(INFO_MARKER_KEY)) as PDFHexString).decodeText();
  info.set(PDFName.of(INFO_MARKER_KEY), PDFHexString.fromText(change(value)));
}

describe('verifying a plan PDF', () => {
  it('passes every check for a signed plan PDF as exported, and for the fingerprint on the case record', async () => {
    const v = await verify(signedPdf, recorded);
    expect(outcomes(v)).toEqual({
      producer: 'pass',
      attachment: 'pass',
      fingerprint: 'pass',
      pages: 'pass',
      signatures: 'pass',
      recorded: 'pass',
    });
    expect(v.allHold).toBe(true);
    expect(v.fingerprint).toBe(recorded);
  });

  it('records the renderer version and how the pages were drawn in every PDF', async () => {
    const doc = await PDFDocument.load(signedPdf, { updateMetadata: false });
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    const marker = parseMarker((info.lookup(PDFName.of(INFO_MARKER_KEY)) as PDFHexString).decodeText());
    expect(marker?.drawn).toEqual({
      renderer: RENDERER_VERSION,
      nameStyle: 'initials',
      judgedOn: '2026-11-09',
      language: translator('en').locale,
    });
  });

  it('a stance changed to "agrees" and the PDF made again: consistent, but not the recorded fingerprint', async () => {
    const reservations = signed.signOff.findIndex((s) => s.stance === 'agrees_with_reservations');
    expect(reservations).toBeGreaterThanOrEqual(0);
    const changed: Plan = {
      ...signed,
      signOff: signed.signOff.map((s, i) => (i === reservations ? { ...s, stance: 'agrees', reservations: '' } : s)),
    };
    const forged = await renderPlanPdf(changed, { fonts: await testFonts(), nameStyle: 'initials', now: NOW });

    // Our own renderer made it, so everything inside it agrees with itself...
    const alone = await verify(forged);
    expect(alone.fingerprint).not.toBe(recorded);
    expect(outcomes(alone)).toEqual({
      producer: 'pass',
      attachment: 'pass',
      fingerprint: 'pass',
      pages: 'pass',
      signatures: 'pass',
    });
    // ...and nothing claims it is what was signed: the fingerprint must be compared with the case record.
    expect(alone.checks.map((c) => messageText(t, c.message)).join(' ')).not.toMatch(/matches what was signed/);

    const compared = await verify(forged, recorded);
    expect(outcomes(compared).recorded).toBe('fail');
    expect(compared.allHold).toBe(false);
    expect(words(compared, 'recorded')).toBe(
      `The attached plan’s fingerprint is not the one you gave (${recorded}), so it is not the plan that fingerprint was recorded for. Do not rely on it: ask for the signed plan from the child’s case record.`,
    );
  });

  it('text painted over a printed page: the pages do not match the attached plan', async () => {
    const pageCount = (await PDFDocument.load(signedPdf)).getPageCount();
    const painted = await editPdf(signedPdf, async (doc) => {
      const page = doc.getPage(pageCount - 1);
      const font = await doc.embedFont(StandardFonts.Helvetica);
      page.drawRectangle({ x: 60, y: 400, width: 300, height: 30, color: rgb(1, 1, 1) });
      page.drawText('Agrees', { x: 62, y: 410, size: 10, font });
    });
    const v = await verify(painted, recorded);
    expect(outcomes(v)).toMatchObject({ fingerprint: 'pass', pages: 'fail', recorded: 'pass' });
    expect(v.allHold).toBe(false);
    expect(words(v, 'pages')).toBe(
      `Page ${pageCount} is not what the attached plan draws: it was edited or painted over after the PDF was made, or the PDF was put together some other way. Do not rely on the printed pages.`,
    );
  });

  it('an annotation laid over a page, or a page removed: the pages do not match', async () => {
    const annotated = await editPdf(signedPdf, (doc) => {
      const note = doc.context.obj({
        Type: 'Annot',
        Subtype: 'FreeText',
        Rect: [60, 400, 360, 430],
        Contents: PDFHexString.fromText('Agrees'),
        DA: PDFHexString.fromText('/Helv 10 Tf 0 g'),
      });
      doc.getPage(0).node.addAnnot(doc.context.register(note));
    });
    expect(outcomes(await verify(annotated)).pages).toBe('fail');

    const shorter = await editPdf(signedPdf, (doc) => doc.removePage(1));
    const v = await verify(shorter);
    expect(outcomes(v).pages).toBe('fail');
    expect(words(v, 'pages')).toMatch(
      /^The PDF has \d+ pages, but the attached plan draws as \d+, so the printed pages/,
    );
  });

  it('a page whose content inflates far past any plan PDF fails quickly, within the byte budget', async () => {
    const bomb = await editPdf(signedPdf, (doc) => {
      const zeros = doc.context.flateStream(new Uint8Array(64 * 1024 * 1024));
      doc.getPage(0).node.set(PDFName.of('Contents'), doc.context.register(zeros));
    });
    const started = performance.now();
    const v = await verify(bomb);
    expect(outcomes(v).pages).toBe('fail');
    expect(words(v, 'pages')).toMatch(/^The printed pages could not be read to compare them/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a plan that says it is signed off with no one signed is refused as signed', async () => {
    const claimed: Plan = { ...signed, signOff: [] };
    const pdf = await renderPlanPdf(claimed, { fonts: await testFonts(), nameStyle: 'full', now: NOW });
    const v = await verify(pdf);
    expect(outcomes(v)).toMatchObject({ pages: 'pass', signatures: 'fail' });
    expect(v.allHold).toBe(false);
    expect(v.unmetRules.map((r) => r.message.key)).toEqual([
      'signoff.rule.socialWorker',
      'signoff.rule.adoptiveParents',
    ]);
    expect(words(v, 'signatures')).toBe(
      'The plan says it is signed off, but its sign-off record does not meet the sign-off rules of plan format 2, so it is not treated as signed off.',
    );
  });

  it('a PDF from an older or unknown renderer is never reported as matching: its pages are not compared', async () => {
    const unrecorded = await editPdf(signedPdf, (doc) =>
      rewriteMarker(doc, (value) => {
        const { contentSha256, fileSha256 } = parseMarker(value)!;
        return markerValue({ contentSha256, fileSha256 });
      }),
    );
    const before = await verify(unrecorded, recorded);
    expect(outcomes(before)).toMatchObject({ fingerprint: 'pass', pages: 'not-checked', recorded: 'pass' });
    expect(before.allHold).toBe(false);
    expect(words(before, 'pages')).toMatch(
      /^Not compared: this PDF does not record which version of the PDF renderer drew its pages.*Only the attached plan was checked; do not rely on the printed pages\.$/,
    );

    // A PDF from an older renderer (version 1 drew names cut short and no adoptive family) or a newer one.
    for (const version of [RENDERER_VERSION - 1, RENDERER_VERSION + 1]) {
      const other = await editPdf(signedPdf, (doc) =>
        rewriteMarker(doc, (value) => value.replace(`renderer=${RENDERER_VERSION};`, `renderer=${version};`)),
      );
      const v = await verify(other);
      expect(outcomes(v).pages).toBe('not-checked');
      expect(words(v, 'pages')).toMatch(
        new RegExp(
          `^Not compared: this PDF was drawn by version ${version} of the PDF renderer, and this version of Staying in touch draws with version ${RENDERER_VERSION}, so its pages cannot be drawn again exactly\\.`,
        ),
      );
    }
  });

  it('says the pages could not be compared when the fonts cannot be loaded', async () => {
    const v = await verifyPlanPdf(signedPdf, {
      today: TODAY,
      fonts: () => Promise.reject(new Error('offline')),
    });
    expect(outcomes(v).pages).toBe('not-checked');
    expect(v.allHold).toBe(false);
  });

  it('stops at the first check that fails, and checks nothing after it', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    const v = await verify(await other.save(), recorded);
    expect(outcomes(v)).toEqual({
      producer: 'fail',
      attachment: 'not-checked',
      fingerprint: 'not-checked',
      pages: 'not-checked',
      signatures: 'not-checked',
      recorded: 'not-checked',
    });
    expect(v.fingerprint).toBeUndefined();
  });

  it('checks a name style and a draft as they were drawn', async () => {
    const draft = loadPlan('tests/fixtures/plans/complete.json');
    for (const nameStyle of ['full', 'first'] as const) {
      const pdf = await renderPlanPdf(draft, { fonts: await testFonts(), nameStyle, now: NOW });
      const v = await verify(pdf);
      expect(outcomes(v), nameStyle).toEqual({
        producer: 'pass',
        attachment: 'pass',
        fingerprint: 'pass',
        pages: 'pass',
        signatures: 'not-checked',
      });
      expect(v.allHold).toBe(true);
    }
  });
});
