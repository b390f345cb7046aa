import { describe, expect, it } from 'vitest';
import { breakLines, type BrokenLine, type LineMeasure } from '../../../src/planner/text/lineBreaks';

/** Every character (grapheme) one unit wide, a space one unit too. */
const mono: LineMeasure = { widthOf: (piece) => [...new Intl.Segmenter().segment(piece)].length, space: 1 };

/** The text the lines came from: spaces where they broke at spaces, added hyphens taken out. */
const rejoin = (lines: BrokenLine[]) =>
  lines.map((l) => (l.end === 'split' ? l.text.slice(0, -1) : l.end === 'space' ? `${l.text} ` : l.text)).join('');

const texts = (lines: BrokenLine[]) => lines.map((l) => l.text);

/** No line wider than the box, and the text comes back whole. */
function expectFits(text: string, width: number): BrokenLine[] {
  const lines = breakLines(text, mono, width);
  for (const line of lines) expect(mono.widthOf(line.text), `"${line.text}"`).toBeLessThanOrEqual(width);
  expect(rejoin(lines)).toBe(text.split(' ').filter(Boolean).join(' '));
  return lines;
}

describe('breaking lines', () => {
  it('breaks at spaces and keeps every word whole when each fits', () => {
    const lines = expectFits('Bronwen Angharad Llewellyn-Jones', 12);
    expect(texts(lines)).toEqual(['Bronwen', 'Angharad', 'Llewellyn-', 'Jones']);
    // No word that fits was cut: every line is whole words or ends after the text's own hyphen.
    expect(lines.map((l) => l.end)).toEqual(['space', 'space', 'hyphen', 'end']);
  });

  it('keeps a hyphenated name on one line when it fits', () => {
    expect(texts(expectFits('Anna-Maria Nowak', 10))).toEqual(['Anna-Maria', 'Nowak']);
  });

  it('breaks after a hyphen rather than moving the whole word down, when the first part fits', () => {
    expect(texts(expectFits('Mam Siân Pritchard-Evans', 14))).toEqual(['Mam Siân', 'Pritchard-', 'Evans']);
  });

  it('splits only a word wider than the box, with an added hyphen, and never a shorter word', () => {
    const lines = expectFits('Dr Llanfairpwllgwyngyll Williams', 10);
    expect(texts(lines)).toEqual(['Dr', 'Llanfairp-', 'wllgwyngy-', 'll', 'Williams']);
    expect(lines.filter((l) => l.end === 'split').every((l) => l.text.endsWith('-'))).toBe(true);
  });

  it('lets the end of a split word share its line with the next word', () => {
    expect(texts(expectFits('abcdefghijkl mn', 8))).toEqual(['abcdefg-', 'hijkl mn']);
  });

  it('never splits a letter from its accent', () => {
    const text = 'Zoe\u0301\u0301\u0301\u0301\u0301 Kowalczykówna';
    const lines = expectFits(text, 6);
    for (const line of lines) expect(line.text.normalize('NFC')).not.toMatch(/^\u0301/);
  });

  it('does not break after a leading or trailing hyphen', () => {
    expect(texts(breakLines('-5 degrees', mono, 4))).toEqual(['-5', 'deg-', 'rees']);
    expect(texts(breakLines('well- known', mono, 6))).toEqual(['well-', 'known']);
  });

  it('gives one empty line for an empty paragraph', () => {
    expect(breakLines('', mono, 10)).toEqual([{ text: '', end: 'end' }]);
  });

  it('keeps every line inside the box for many widths and names', () => {
    const names = [
      'Hiraeth Gwenllian ap Rhys-Pritchard',
      'Małgorzata Wiśniewska-Kowalczyk',
      'Jean-Baptiste Ó Súilleabháin',
      'Adoption support worker (Vale of Glamorgan)',
      'https://example.org/a/very/long/reference/that-goes-on',
    ];
    for (const name of names) for (let w = 4; w <= 30; w++) expectFits(name, w);
  });
});
