/**
 * What "Open plan file" does with a PDF: reads the plan attached inside it and checks it against
 * the fingerprint recorded when the PDF was made. The builder then opens the plan as a plan on this
 * device (as a copy if a different version of it is already here) and shows `verified`; on any
 * failure it shows the message and changes nothing. Both are written by the caller's translator.
 *
 * The builder loads this module with a dynamic import() only when a PDF is chosen: it brings pdf-lib.
 */
import type { Translator } from '../../i18n/translator';
import type { PlanFileResult } from '../schema/planFile';
import { shortFingerprint } from '../signoff/fingerprintPlan';
import { readBuilderPlanFromPdf, readFailureText } from './readPlanFromPdf';

export type OpenedPdf =
  | (Extract<PlanFileResult, { ok: true }> & {
      /** The fingerprint check, in plain words, for the builder's notice. */
      verified: string;
    })
  | Extract<PlanFileResult, { ok: false }>;

/** The notice for a PDF whose attached plan matches its recorded fingerprint. */
export function verifiedMessage(i18n: Translator, status: string, fingerprint: string): string {
  const params = { fingerprint: shortFingerprint(fingerprint) };
  return status === 'signed'
    ? i18n.t('signoff.pdfOpen.verifiedSigned', params)
    : i18n.t('signoff.pdfOpen.verifiedDraft', params);
}

export async function openPlanPdf(bytes: Uint8Array, i18n: Translator): Promise<OpenedPdf> {
  const result = await readBuilderPlanFromPdf(bytes);
  if (!result.ok) return { ok: false, message: readFailureText(i18n, result), issues: [] };
  return { ok: true, plan: result.plan, verified: verifiedMessage(i18n, result.plan.status, result.fingerprint) };
}
