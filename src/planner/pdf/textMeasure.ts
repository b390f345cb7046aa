/**
 * Text measurement and line wrapping for the PDF renderer.
 *
 * fontkit shapes text on every width query (~23 µs a word), which dominates render time for long
 * plans. Glyph advances scale linearly with size, so we cache each word's width once per font at
 * size 1 and multiply. The measurer is an interface (pdf-lib's PDFFont satisfies it) so the layout
 * can be tested with a fake font and no pdf-lib at all.
 */
import { breakLines } from '../text/lineBreaks';

/** The two font methods the layout needs; pdf-lib's `PDFFont` has both. */
export interface FontMetricsSource {
  widthOfTextAtSize(text: string, size: number): number;
  heightAtSize(size: number): number;
}

/** Measures text with a per-word width cache. One instance per font. */
export class CachedMeasure {
  private readonly widths = new Map<string, number>();
  readonly spaceWidth: number;

  constructor(private readonly font: FontMetricsSource) {
    this.spaceWidth = font.widthOfTextAtSize(' ', 1);
  }

  /** Width of a single word (no spaces) at the given size. */
  wordWidth(word: string, size: number): number {
    let w = this.widths.get(word);
    if (w === undefined) {
      w = this.font.widthOfTextAtSize(word, 1);
      this.widths.set(word, w);
    }
    return w * size;
  }

  /** Width of a run of text, treating runs of spaces as single spaces (as wrapText emits). */
  textWidth(text: string, size: number): number {
    const words = text.split(' ').filter((w) => w.length > 0);
    let total = 0;
    for (const word of words) total += this.wordWidth(word, size);
    return total + Math.max(0, words.length - 1) * this.spaceWidth * size;
  }

  /** Number of distinct words measured so far (for benchmarks and tests). */
  get cacheSize(): number {
    return this.widths.size;
  }
}

// Control characters other than newline would draw as .notdef boxes; tabs become spaces.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Normalises line endings and tabs and drops control characters that no font can draw. */
export function cleanForPdf(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL_CHARS, '');
}

/**
 * Breaks text into lines no wider than `maxWidth`. Newlines in the input are hard breaks; a blank
 * line is kept as an empty line. Lines break at spaces, then after hyphens; only a word wider than
 * the whole line is split, with a hyphen, so a long URL or reference never overflows the margin.
 *
 * A line that ends where the text had a space or a line break keeps one space at its end (drawn,
 * though unseen), so text extraction and screen readers reading the tagged PDF hear two words, not
 * one run together across the break. Widths ignore it (`textWidth` counts spaces between words).
 */
export function wrapText(text: string, measure: CachedMeasure, size: number, maxWidth: number): string[] {
  const m = { widthOf: (piece: string) => measure.wordWidth(piece, size), space: measure.spaceWidth * size };
  const lines = cleanForPdf(text)
    .split('\n')
    .flatMap((hardLine) => breakLines(hardLine, m, maxWidth));
  // Drop trailing blank lines: they only add space at the end of a block.
  while (lines.length > 1 && lines[lines.length - 1].text === '') lines.pop();
  return lines.map(({ text, end }, i) =>
    text !== '' && i < lines.length - 1 && (end === 'space' || end === 'end') ? `${text} ` : text,
  );
}

/** A stretch of text in one font, as given to `wrapRuns`. */
export interface FontRun<F extends string> {
  text: string;
  font: F;
}

/** A piece of a wrapped line: its text, its font, and where it starts from the line's left edge. */
export interface LinePiece<F extends string> extends FontRun<F> {
  x: number;
}

/**
 * Breaks text in several fonts (key words in bold) into lines no wider than `maxWidth`, each line
 * a list of pieces to draw. Lines break only at spaces; a word wider than a line is split. As in
 * `wrapText`, a piece followed by a space (at the end of a line or before a piece in another font)
 * keeps it, so extracted text and screen readers hear the words apart.
 */
export function wrapRuns<F extends string>(
  runs: readonly FontRun<F>[],
  measures: Record<F, CachedMeasure>,
  size: number,
  maxWidth: number,
): LinePiece<F>[][] {
  // Words: stretches between spaces, each of one or more pieces (a bold word with its full stop).
  const words: FontRun<F>[][] = [];
  let spaceBefore = true;
  for (const run of runs) {
    const parts = cleanForPdf(run.text).replace(/\n/g, ' ').split(/( +)/);
    for (const part of parts) {
      if (part === '') continue;
      if (part.startsWith(' ')) {
        spaceBefore = true;
        continue;
      }
      if (spaceBefore || words.length === 0) words.push([{ text: part, font: run.font }]);
      else words[words.length - 1].push({ text: part, font: run.font });
      spaceBefore = false;
    }
  }
  const width = (piece: FontRun<F>) => measures[piece.font].wordWidth(piece.text, size);
  // Breaking allows for the widest space; drawing uses the space of the font it is drawn in.
  const space = Math.max(...Object.values<CachedMeasure>(measures).map((m) => m.spaceWidth)) * size;

  const lines: FontRun<F>[][][] = [[]];
  let lineWidth = 0;
  for (const word of splitWide(words, width, maxWidth)) {
    const w = word.reduce((sum, piece) => sum + width(piece), 0);
    const line = lines[lines.length - 1];
    if (line.length > 0 && lineWidth + space + w > maxWidth) {
      lines.push([word]);
      lineWidth = w;
    } else {
      lineWidth += (line.length ? space : 0) + w;
      line.push(word);
    }
  }
  return lines.map((line, l) => {
    const pieces: LinePiece<F>[] = [];
    let x = 0;
    line.forEach((word, i) => {
      const before = pieces[pieces.length - 1];
      if (before) x += measures[before.font].spaceWidth * size;
      word.forEach((piece, j) => {
        const last = pieces[pieces.length - 1];
        const startsWord = i > 0 && j === 0;
        if (last && last.font === piece.font) last.text += `${startsWord ? ' ' : ''}${piece.text}`;
        else {
          if (last && startsWord) last.text += ' ';
          pieces.push({ ...piece, x });
        }
        x += width(piece);
      });
    });
    if (l < lines.length - 1 && pieces.length) pieces[pieces.length - 1].text += ' ';
    return pieces;
  });
}

/** Words wider than a whole line split into pieces that fit, a character at a time. */
function splitWide<F extends string>(
  words: FontRun<F>[][],
  width: (piece: FontRun<F>) => number,
  maxWidth: number,
): FontRun<F>[][] {
  return words.flatMap((word) => {
    if (word.reduce((sum, piece) => sum + width(piece), 0) <= maxWidth) return [word];
    const out: FontRun<F>[][] = [[]];
    let used = 0;
    for (const piece of word) {
      for (const char of Array.from(piece.text)) {
        const w = width({ text: char, font: piece.font });
        if (used + w > maxWidth && used > 0) {
          out.push([]);
          used = 0;
        }
        const current = out[out.length - 1];
        const last = current[current.length - 1];
        if (last && last.font === piece.font) last.text += char;
        else current.push({ text: char, font: piece.font });
        used += w;
      }
    }
    return out;
  });
}
