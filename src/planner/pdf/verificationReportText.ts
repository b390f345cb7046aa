/**
 * A PDF verification report in words, line by line, for the command line and the builder's notice
 * alike: each check with its outcome, then the fingerprint unbroken on its own line starting
 * "Fingerprint: " (so it can be copied and compared), then what to do with it. No pdf-lib here:
 * the builder's page imports this without the reader.
 */
import { messageText } from '../../i18n/keyedMessage';
import type { Translator } from '../../i18n/translator';
import type { PdfVerificationReport } from './openPlanPdf';

export interface ReportLines {
  /** One line per check: outcome, check and what it found. */
  checks: string[];
  /** "Fingerprint: <64 hex>", when the attached plan could be read. */
  fingerprint?: string;
  /** The attached plan's fingerprint alone (64 hex), to compare with the case record's. */
  fingerprintValue?: string;
  /** What the checks add up to, and the advice to compare the fingerprint with the case record. */
  summary: string[];
}

export function verificationReportText(t: Translator['t'], report: PdfVerificationReport): ReportLines {
  const checks = report.checks.map((c) =>
    t('signoff.verify.line', {
      outcome: t(`signoff.verify.outcome.${c.outcome}`),
      check: t(`signoff.verify.check.${c.id}`),
      message: messageText(t, c.message),
    }),
  );
  const compared = report.checks.some((c) => c.id === 'recorded');
  return {
    checks,
    ...(report.fingerprint
      ? {
          fingerprint: t('signoff.verify.fingerprintLine', { fingerprint: report.fingerprint }),
          fingerprintValue: report.fingerprint,
        }
      : {}),
    summary: [
      t(report.allHold ? 'signoff.verify.allHold' : 'signoff.verify.notAllHold'),
      ...(report.fingerprint && !compared ? [t('signoff.verify.compareAdvice')] : []),
    ],
  };
}
