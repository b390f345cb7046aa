/** The one check that ties a PDF to what was signed: its fingerprint against the case record's. */
import { describe, expect, it } from 'vitest';
import {
  compareRecordedFingerprint,
  FINGERPRINT_PATTERN,
  normaliseFingerprint,
} from '../../../src/planner/pdf/recordedFingerprint';

const actual = 'f434ab5b886be31493fffb0bfc603a0d433f86d92628dcb82e9de3e227f3ad28';

describe('comparing with the fingerprint on the case record', () => {
  it('ignores spaces, line breaks and case, as a copy from a wrapped line or a print-out brings them', () => {
    const given = `  ${actual.slice(0, 32).toUpperCase()}\n ${actual.slice(32)} `;
    expect(normaliseFingerprint(given)).toBe(actual);
    expect(compareRecordedFingerprint(given, actual)).toEqual({
      outcome: 'pass',
      message: { key: 'signoff.verify.recorded.pass' },
    });
  });

  it('fails on any other fingerprint, quoting what was given', () => {
    const other = `${actual.slice(0, 63)}9`;
    expect(compareRecordedFingerprint(other, actual)).toEqual({
      outcome: 'fail',
      message: { key: 'signoff.verify.recorded.fail', params: { given: other } },
    });
  });

  it('cannot compare when the attached plan could not be read', () => {
    expect(compareRecordedFingerprint(actual, undefined).outcome).toBe('not-checked');
  });

  it('accepts only the full 64 characters as a fingerprint', () => {
    expect(FINGERPRINT_PATTERN.test(actual)).toBe(true);
    expect(FINGERPRINT_PATTERN.test(actual.slice(0, 12))).toBe(false);
    expect(FINGERPRINT_PATTERN.test(`${actual.slice(0, 63)}g`)).toBe(false);
  });
});
