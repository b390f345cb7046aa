/**
 * The one verifier of plan PDFs, used by the builder's "Open plan file" (openPlanPdf.ts, in a Web
 * Worker) and by `npm run plan:verify` (in a worker thread). It reports each check with its outcome
 * and a plain message (catalogue keys, `signoff.verify.*`), in this order:
 *
 * 1. producer: the PDF says it was made by Staying in touch and carries its marker;
 * 2. attachment: it carries exactly one attached plan, and that plan is a valid plan file;
 * 3. fingerprint: the attached plan matches the fingerprint and file digest recorded in the PDF;
 * 4. pages: the printed pages are exactly what the same renderer version draws for the attached
 *    plan (comparePdfPages.ts), so pages painted over, edited, added or removed fail. A PDF drawn by
 *    a renderer version this build cannot reproduce, or that does not record its version, is never
 *    reported as matching: its pages are "not compared", with the reason;
 * 5. signatures: a plan that says it is signed off meets the sign-off rules of the format it was
 *    written in (signoff/signedPlanRules.ts);
 * 6. recorded, only when a fingerprint from the case record is given: whether it is the attached
 *    plan's.
 *
 * What this proves is tamper-evidence, not a digital signature: anyone with this (open) software can
 * make a consistent PDF of any plan, so without the fingerprint recorded at sign-off, checks 1–5
 * show only that the PDF is internally consistent. Only check 6 ties it to what was signed.
 */
import type { KeyedMessage } from '../../i18n/keyedMessage';
import { isLanguage } from '../../i18n/languages';
import { parsePlanFile, type PlanFileResult } from '../schema/planFile';
import { SCHEMA_VERSION } from '../schema/planVocabulary';
import { unmetSignatureRules, type UnmetSignatureRule } from '../signoff/signedPlanRules';
import { loadPdfWithinLimits } from './boundedPdfParser';
import { comparePages, pagesText, type PagesComparison } from './comparePdfPages';
import type { PdfFonts } from './pdfDocument';
import { RENDERER_VERSION, type MarkerFields } from './pdfMarker';
import { readPlanFromPdf, type ReadPlanRefusal } from './readPlanFromPdf';
import { compareRecordedFingerprint } from './recordedFingerprint';
import { renderPlanPdfWithDetails } from './renderPlanPdf';

export type CheckId = 'producer' | 'attachment' | 'fingerprint' | 'pages' | 'signatures' | 'recorded';
export type CheckOutcome = 'pass' | 'fail' | 'not-checked';

export interface PlanCheck {
  id: CheckId;
  outcome: CheckOutcome;
  message: KeyedMessage;
}

export interface PlanVerification {
  checks: PlanCheck[];
  /** True only when every check passed (a plan not signed off has no signatures to check). */
  allHold: boolean;
  /** The full fingerprint of the attached plan, when one could be read. */
  fingerprint?: string;
  /** The sign-off rules the plan does not meet, when it says it is signed off. */
  unmetRules: UnmetSignatureRule[];
}

export interface VerifyPlanPdfOptions {
  /** The fonts to draw the pages again with; the pages are not compared if they cannot be had. */
  fonts: () => Promise<PdfFonts>;
  /** The day it is judged (YYYY-MM-DD): no one can have signed off after it. */
  today: string;
  /** The fingerprint recorded on the case record at sign-off, when the user gives it. */
  recordedFingerprint?: string;
  /** Called when the file has been read and its plan is about to be drawn again (workers restart their clock). */
  onDrawing?: () => void;
}

export type VerifiedPlanPdf = PlanVerification & {
  /** The attached plan, valid (and brought to the current format), when it could be read. */
  opened?: Extract<PlanFileResult, { ok: true }>;
};

/** Most the pages of one PDF may inflate to: fonts, content and images (a plan PDF's are under 1 MB). */
const MAX_PAGE_BYTES = 20_000_000;
/** The order of the checks; the one a reading refused at fails, those after it are not checked. */
const ORDER: CheckId[] = ['producer', 'attachment', 'fingerprint', 'pages', 'signatures'];

const check = (id: CheckId, outcome: CheckOutcome, key: KeyedMessage['key'], params?: KeyedMessage['params']) =>
  ({ id, outcome, message: params ? { key, params } : { key } }) satisfies PlanCheck;

/** Whether the fingerprint the user gave is the attached plan's. */
function recordedCheck(given: string | undefined, actual: string | undefined): PlanCheck[] {
  if (given === undefined) return [];
  return [{ id: 'recorded', ...compareRecordedFingerprint(given, actual) }];
}

function refused(refusal: ReadPlanRefusal, options: VerifyPlanPdfOptions): VerifiedPlanPdf {
  const failedAt = ORDER.indexOf(refusal.stage);
  const message: KeyedMessage = { key: refusal.key, ...(refusal.params ? { params: refusal.params } : {}) };
  const checks: PlanCheck[] = ORDER.map((id, i) => {
    if (id === 'producer' && i < failedAt) return check(id, 'pass', 'signoff.verify.producer.pass');
    // Refused at its fingerprint, the attached plan was read but not yet checked as a plan.
    if (id === 'attachment' && i < failedAt) return check(id, 'pass', 'signoff.verify.attachment.read');
    if (i === failedAt) return { id, outcome: 'fail', message };
    return check(id, 'not-checked', 'signoff.verify.notReached');
  });
  return {
    checks: [...checks, ...recordedCheck(options.recordedFingerprint, refusal.fingerprint)],
    allHold: false,
    ...(refusal.fingerprint ? { fingerprint: refusal.fingerprint } : {}),
    unmetRules: [],
  };
}

/** Draws the attached plan again as the PDF says it was drawn, and compares the pages. */
async function pagesCheck(
  opened: Extract<PlanFileResult, { ok: true }>,
  received: Parameters<typeof pagesText>[0],
  marker: MarkerFields,
  { fonts, onDrawing }: VerifyPlanPdfOptions,
): Promise<PlanCheck> {
  const { drawn } = marker;
  if (!drawn) return check('pages', 'not-checked', 'signoff.verify.pages.noVersion');
  if (drawn.renderer !== RENDERER_VERSION) {
    return check('pages', 'not-checked', 'signoff.verify.pages.otherVersion', {
      version: drawn.renderer,
      current: RENDERER_VERSION,
    });
  }
  // One locale, or several joined by commas for a bilingual PDF ("cy,en-GB").
  const languages = drawn.language.split(',').map((locale) => locale.split('-')[0]);
  if (!languages.every(isLanguage)) return check('pages', 'not-checked', 'signoff.verify.pages.otherLanguage');
  onDrawing?.();
  let loaded: PdfFonts;
  try {
    loaded = await fonts();
  } catch {
    return check('pages', 'not-checked', 'signoff.verify.pages.noFonts');
  }
  let comparison: PagesComparison;
  try {
    const again = await renderPlanPdfWithDetails(opened.plan, {
      fonts: loaded,
      nameStyle: drawn.nameStyle,
      judgedOn: drawn.judgedOn,
      languages,
    });
    const redrawn = await loadPdfWithinLimits(again.bytes, { remaining: MAX_PAGE_BYTES });
    if (!redrawn.context) throw redrawn.problem;
    comparison = comparePages(
      pagesText(received, { remaining: MAX_PAGE_BYTES }),
      pagesText(redrawn.context, { remaining: MAX_PAGE_BYTES }),
    );
  } catch {
    // Pages too large, looping or damaged to compare: they are not what the renderer draws.
    return check('pages', 'fail', 'signoff.verify.pages.unreadable');
  }
  if (comparison.same)
    return check('pages', 'pass', 'signoff.verify.pages.pass', {
      count: comparison.pageCount,
      version: RENDERER_VERSION,
    });
  if (comparison.reason === 'page-count') {
    return check('pages', 'fail', 'signoff.verify.pages.pageCount', {
      count: comparison.pageCount,
      expected: comparison.expectedPageCount,
    });
  }
  return check('pages', 'fail', 'signoff.verify.pages.differ', { page: comparison.page });
}

export async function verifyPlanPdf(bytes: Uint8Array, options: VerifyPlanPdfOptions): Promise<VerifiedPlanPdf> {
  const read = await readPlanFromPdf<Extract<PlanFileResult, { ok: true }>>(bytes, {
    validate: (_json, text) => {
      const result = parsePlanFile(text);
      return result.ok ? { ok: true, plan: result } : { ok: false, message: result.message };
    },
  });
  if (!read.ok) return refused(read, options);
  const opened = read.plan;
  const { plan } = opened;

  const format = opened.migratedFrom ?? SCHEMA_VERSION;
  const unmetRules = unmetSignatureRules(plan, format, options.today);
  let signatures: PlanCheck;
  if (plan.status !== 'signed') signatures = check('signatures', 'not-checked', 'signoff.verify.signatures.notSigned');
  else if (unmetRules.length > 0)
    signatures = check('signatures', 'fail', 'signoff.verify.signatures.fail', { format });
  else signatures = check('signatures', 'pass', 'signoff.verify.signatures.pass', { format });

  const checks = [
    check('producer', 'pass', 'signoff.verify.producer.pass'),
    check('attachment', 'pass', 'signoff.verify.attachment.pass'),
    check('fingerprint', 'pass', 'signoff.verify.fingerprint.pass'),
    await pagesCheck(opened, read.context, read.marker, options),
    signatures,
    ...recordedCheck(options.recordedFingerprint, read.fingerprint),
  ];
  return {
    checks,
    allHold: checks.every((c) => c.outcome === 'pass' || (c.id === 'signatures' && c.outcome === 'not-checked')),
    fingerprint: read.fingerprint,
    unmetRules,
    opened,
  };
}
