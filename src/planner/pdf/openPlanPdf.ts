/**
 * What "Open plan file" does with a PDF: reads the plan attached inside it and checks it against
 * the fingerprint recorded when the PDF was made. The builder then opens the plan as a plan on this
 * device (as a copy if a different version of it is already here) and shows `verified`; on any
 * failure it shows the message and changes nothing. Both are written by the caller's translator.
 *
 * It brings pdf-lib: the builder runs it in a Web Worker (pdfReaderWorker.ts, started by
 * privacy/openPdfInWorker.ts), the command line in a worker thread, both with a time limit.
 */
import type { KeyedMessage } from '../../i18n/keyedMessage';
import type { PlanFileResult } from '../schema/planFile';
import { shortFingerprint } from '../signoff/fingerprintPlan';
import { readBuilderPlanFromPdf } from './readPlanFromPdf';

export type OpenedPdf =
  | (Extract<PlanFileResult, { ok: true }> & {
      /** The fingerprint check, for the builder's notice. */
      verified: KeyedMessage;
    })
  | Extract<PlanFileResult, { ok: false }>;

/** The notice for a PDF whose attached plan matches its recorded fingerprint. */
export function verifiedMessage(status: string, fingerprint: string): KeyedMessage {
  const params = { fingerprint: shortFingerprint(fingerprint) };
  return status === 'signed'
    ? { key: 'signoff.pdfOpen.verifiedSigned', params }
    : { key: 'signoff.pdfOpen.verifiedDraft', params };
}

export async function openPlanPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const result = await readBuilderPlanFromPdf(bytes);
  if (!result.ok) {
    return { ok: false, message: { key: result.key, ...(result.params ? { params: result.params } : {}) }, issues: [] };
  }
  return { ok: true, plan: result.plan, verified: verifiedMessage(result.plan.status, result.fingerprint) };
}
