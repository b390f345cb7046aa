/**
 * The checker on whole letters (tests/fixtures/letters, all fictional): one from adoptive parents in
 * English and one from a birth relative in Welsh and English, each with planted details of every
 * kind listed in a sidecar file, and a clean letter of each kind. Issue 14's bar: every planted
 * detail found at its exact span, and at most one false alarm in a clean letter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
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

describe.each([
  ['from adoptive parents, in English', 'adoptive-parents-en'],
  ['from a birth relative, in Welsh and English', 'birth-relative-cy'],
])('a letter %s', (_, name) => {
  const text = letter(name);
  const { protected: details, planted } = sidecar(name);

  it('finds every planted detail at its exact span, and nothing else', () => {
    const expected = plantedSpans(text, planted);
    const findings = findIdentifyingDetails(text, details).map(({ type, text: t, start, end }) => ({
      type,
      text: t,
      start,
      end,
    }));
    expect(expected.length).toBeGreaterThanOrEqual(planted.length);
    expect(findings).toEqual(expected);
  });

  it('plants details of many kinds', () => {
    expect(new Set(planted.map((p) => p.type)).size).toBeGreaterThanOrEqual(9);
  });
});

describe.each([
  ['from adoptive parents', 'clean-adoptive-parents-en', 'adoptive-parents-en'],
  ['from a birth relative', 'clean-birth-relative-cy', 'birth-relative-cy'],
])('a clean letter %s', (_, name, listFrom) => {
  it('raises at most one false alarm, checked against the same protected details', () => {
    const findings = findIdentifyingDetails(letter(name), sidecar(listFrom).protected);
    expect(findings.length, JSON.stringify(findings)).toBeLessThanOrEqual(1);
  });
});
