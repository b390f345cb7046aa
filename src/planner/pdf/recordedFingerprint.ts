/**
 * Comparing a plan's fingerprint with the one recorded on the child's case record at sign-off: the
 * one check that ties a PDF to what was signed (see verifyPlanPdf.ts). Pure, and without pdf-lib, so
 * the builder's page can compare a fingerprint typed in after a PDF was opened.
 */
import type { KeyedMessage } from '../../i18n/keyedMessage';

/** A fingerprint as the builder prints it: SHA-256, 64 lower-case hexadecimal characters. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{64}$/;

/** A fingerprint as typed or pasted: spaces and line breaks (from a wrapped copy) removed, lower case. */
export const normaliseFingerprint = (given: string): string => given.replace(/\s+/g, '').toLowerCase();

export interface RecordedComparison {
  outcome: 'pass' | 'fail' | 'not-checked';
  message: KeyedMessage;
}

/** Whether `given` (from the case record) is `actual` (the attached plan's, when it could be read). */
export function compareRecordedFingerprint(given: string, actual: string | undefined): RecordedComparison {
  const normalised = normaliseFingerprint(given);
  if (actual === undefined) return { outcome: 'not-checked', message: { key: 'signoff.verify.recorded.notChecked' } };
  return normalised === actual
    ? { outcome: 'pass', message: { key: 'signoff.verify.recorded.pass' } }
    : { outcome: 'fail', message: { key: 'signoff.verify.recorded.fail', params: { given: normalised } } };
}
