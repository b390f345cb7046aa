/**
 * The checker on whole letters (tests/fixtures/letters, all fictional): letterbox letters from
 * adoptive parents and from birth relatives, in English and in Welsh, each with planted details of
 * every kind listed in its sidecar file (`planted`) and the protected details a plan or the writer
 * would list (`protected`), and a clean letter of each kind, whose sidecar plants nothing. Issue 14's
 * bar: every planted detail found at its exact span, and at most one false alarm in a clean letter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FINDING_TYPES,
  findIdentifyingDetails,
  type FindingType,
  type ProtectedDetail,
} from '../../../src/planner/text/identifyingDetails';

const DIR = join(__dirname, '../../fixtures/letters');

interface Sidecar {
  protected: ProtectedDetail[];
  planted: { type: FindingType; text: string }[];
}

const letter = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');
const sidecar = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Sidecar;

interface Span {
  type: FindingType;
  text: string;
  start: number;
  end: number;
}

/** Every place a planted detail is written as a whole word, minus those inside a longer planted detail. */
function plantedSpans(text: string, planted: Sidecar['planted']): Span[] {
  const spans = planted.flatMap(({ type, text: detail }) => {
    const found: Span[] = [];
    for (let at = text.indexOf(detail); at !== -1; at = text.indexOf(detail, at + 1)) {
      const whole = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + detail.length] ?? '');
      if (whole) found.push({ type, text: detail, start: at, end: at + detail.length });
    }
    // A detail listed in the sidecar but absent from the letter would test nothing.
    expect(found, `"${detail}" is not in the letter`).not.toEqual([]);
    return found;
  });
  const inside = (a: Span, b: Span) =>
    a !== b && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  return spans.filter((s) => !spans.some((t) => inside(s, t))).sort((a, b) => a.start - b.start);
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length));
const planted = names.filter((n) => sidecar(n).planted.length > 0);
const clean = names.filter((n) => sidecar(n).planted.length === 0);

it('has a letter with planted details and a clean one from each side, in each language', () => {
  const kinds = ['adoptive-parents-en', 'adoptive-parents-cy', 'birth-relative-cy', 'birth-mother-en'];
  expect(planted.sort()).toEqual([...kinds].sort());
  expect(clean.sort()).toEqual(kinds.map((k) => `clean-${k}`).sort());
});

describe.each(planted)('the letter %s', (name) => {
  const text = letter(name);
  const { protected: details, planted: plantedDetails } = sidecar(name);

  it('finds every planted detail at its exact span, and nothing else', () => {
    const expected = plantedSpans(text, plantedDetails);
    const findings = findIdentifyingDetails(text, details).map(({ type, text: t, start, end }) => ({
      type,
      text: t,
      start,
      end,
    }));
    expect(expected.length).toBeGreaterThanOrEqual(plantedDetails.length);
    expect(findings).toEqual(expected);
  });

  it('plants a detail of every kind', () => {
    expect(new Set(plantedDetails.map((p) => p.type))).toEqual(new Set(FINDING_TYPES));
  });
});

describe.each(clean)('the clean letter %s', (name) => {
  it('raises at most one false alarm, checked against the protected details of its kind of letter', () => {
    const { protected: details } = sidecar(name);
    expect(details.length).toBeGreaterThan(0);
    const findings = findIdentifyingDetails(letter(name), details);
    expect(findings.length, JSON.stringify(findings)).toBeLessThanOrEqual(1);
  });
});
