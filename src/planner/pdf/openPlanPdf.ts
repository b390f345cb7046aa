/**
 * What "Open plan file" does with a PDF: verifies it with the one verifier (verifyPlanPdf.ts) and,
 * when its attached plan can be trusted as far as the checks go, opens that plan. The builder then
 * opens it as a plan on this device (as a copy if a different version of it is already here) and
 * shows what each check found (`verification`); on a refusal it shows the message and changes
 * nothing. Both are written by the caller's translator.
 *
 * Refused: a PDF this product did not make, an attached plan that is missing, invalid or does not
 * match its recorded fingerprint, and a plan that says it is signed off without meeting its
 * format's sign-off rules. Opened, with the failure shown: a PDF whose printed pages do not match
 * its attached plan, or could not be compared; the builder shows the attached plan, not the pages.
 *
 * It brings pdf-lib and the renderer: the builder runs it in a Web Worker (pdfReaderWorker.ts,
 * started by privacy/openPdfInWorker.ts), the command line in a worker thread, both with a time limit.
 */
import type { PlanFileResult } from '../schema/planFile';
import { isoDate } from '../signoff/signOffRules';
import type { PdfFonts } from './pdfDocument';
import { verifyPlanPdf, type PlanCheck } from './verifyPlanPdf';

/** What the verifier found, for the builder's notice and the command line's report. */
export interface PdfVerificationReport {
  checks: PlanCheck[];
  allHold: boolean;
  /** The attached plan's full fingerprint, when it could be read. */
  fingerprint?: string;
}

export type OpenedPdf =
  | (Extract<PlanFileResult, { ok: true }> & { verification: PdfVerificationReport })
  | (Extract<PlanFileResult, { ok: false }> & { verification?: PdfVerificationReport });

/** What a reader worker is sent: the PDF, and the fingerprint from the case record if one was given. */
export interface ReaderRequest {
  bytes: Uint8Array;
  recordedFingerprint?: string;
}

export async function openPlanPdf(
  { bytes, recordedFingerprint }: ReaderRequest,
  fonts: () => Promise<PdfFonts>,
  onDrawing?: () => void,
): Promise<OpenedPdf> {
  const verified = await verifyPlanPdf(bytes, {
    fonts,
    ...(onDrawing ? { onDrawing } : {}),
    today: isoDate(new Date()),
    ...(recordedFingerprint === undefined ? {} : { recordedFingerprint }),
  });
  const verification: PdfVerificationReport = {
    checks: verified.checks,
    allHold: verified.allHold,
    ...(verified.fingerprint ? { fingerprint: verified.fingerprint } : {}),
  };
  const refusal = verified.checks.find((c) => c.outcome === 'fail' && c.id !== 'pages' && c.id !== 'recorded');
  if (!verified.opened || refusal) {
    return {
      ok: false,
      message: refusal?.message ?? { key: 'signoff.pdfRead.unreadable' },
      issues: verified.unmetRules,
      verification,
    };
  }
  return { ...verified.opened, verification };
}
