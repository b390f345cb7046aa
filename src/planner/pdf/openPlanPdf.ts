/**
 * What "Open plan file" does with a PDF: reads the plan attached inside it and checks it against
 * the fingerprint recorded when the PDF was made. The builder then opens the plan as a plan on this
 * device (as a copy if a different version of it is already here) and shows `verified`; on any
 * failure it shows the message and changes nothing.
 *
 * The builder loads this module with a dynamic import() only when a PDF is chosen: it brings pdf-lib.
 */
import type { PlanFileResult } from '../schema/planFile';
import { shortFingerprint } from '../signoff/fingerprintPlan';
import { readBuilderPlanFromPdf } from './readPlanFromPdf';

export type OpenedPdf =
  | (Extract<PlanFileResult, { ok: true }> & {
      /** The fingerprint check, in plain English, for the builder's notice. */
      verified: string;
    })
  | Extract<PlanFileResult, { ok: false }>;

/** The notice for a PDF whose attached plan matches its recorded fingerprint. */
export function verifiedMessage(status: string, fingerprint: string): string {
  const short = shortFingerprint(fingerprint);
  return status === 'signed'
    ? `The plan in this PDF matches what was signed (fingerprint ${short}).`
    : `The plan in this PDF matches the PDF it came in (fingerprint ${short}). It had not been signed off when the PDF was made.`;
}

export async function openPlanPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const result = await readBuilderPlanFromPdf(bytes);
  if (!result.ok) return { ok: false, message: result.message, issues: [] };
  return { ok: true, plan: result.plan, verified: verifiedMessage(result.plan.status, result.fingerprint) };
}
