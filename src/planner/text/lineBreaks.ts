/**
 * Breaks a paragraph into lines no wider than a box, the way a careful typesetter would: at spaces,
 * then after a hyphen inside a word ("Jones-" / "Williams"), and only inside a word that is wider
 * than the whole box on its own, where a hyphen is added at the break. Shared by the PDF's text and
 * tables and by the eco-map's labels, so a name wraps the same way wherever it is drawn.
 *
 * Pure: widths come from the caller (a font's measure, or the eco-map's estimate).
 */

/** How a line ends, so the text can be put back together exactly. */
export type LineEnd =
  /** At a space between words; the space is not drawn. */
  | 'space'
  /** After a hyphen that is part of the text. */
  | 'hyphen'
  /** Inside a word too wide for the box; the line's last character is an added hyphen. */
  | 'split'
  /** The end of the paragraph. */
  | 'end';

export interface BrokenLine {
  text: string;
  end: LineEnd;
}

export interface LineMeasure {
  /** Width of a piece of text that has no spaces in it. */
  widthOf(piece: string): number;
  /** Width of one space between words. */
  space: number;
}

/** Hyphens a line may break after: the hyphen-minus and the Unicode hyphen (not the non-breaking one). */
const HYPHENS = ['-', '\u2010'];
const ADDED_HYPHEN = '-';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A word's pieces, each ending after a hyphen that has a letter or digit before it and text after it. */
function hyphenPieces(word: string): string[] {
  // Most words have no hyphen; splitting them into grapheme clusters was a tenth of a PDF render.
  if (!HYPHENS.some((hyphen) => word.includes(hyphen))) return [word];
  const chars = Array.from(graphemes.segment(word), (s) => s.segment);
  const pieces: string[] = [];
  let piece = '';
  chars.forEach((ch, i) => {
    piece += ch;
    const breakable = HYPHENS.includes(ch) && i > 0 && /[\p{L}\p{N}]/u.test(chars[i - 1]) && i < chars.length - 1;
    if (breakable) {
      pieces.push(piece);
      piece = '';
    }
  });
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Splits a piece wider than the box into lines that each fit with an added hyphen, keeping whole
 * characters (grapheme clusters); the last part carries on without a hyphen.
 */
function splitPiece(piece: string, m: LineMeasure, maxWidth: number): { parts: string[]; last: string } {
  const chars = Array.from(graphemes.segment(piece), (s) => s.segment);
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < chars.length; i++) {
    const rest = chars.slice(i).join('');
    if (m.widthOf(current + rest) <= maxWidth) return { parts, last: current + rest };
    if (current === '' || m.widthOf(current + chars[i] + ADDED_HYPHEN) <= maxWidth) {
      current += chars[i];
    } else {
      parts.push(current + ADDED_HYPHEN);
      current = chars[i];
    }
  }
  return { parts, last: current };
}

/** Breaks one paragraph (no line breaks in it) into lines no wider than `maxWidth`, where it can be done. */
export function breakLines(paragraph: string, m: LineMeasure, maxWidth: number): BrokenLine[] {
  const lines: BrokenLine[] = [];
  let text = '';
  let width = 0;
  const place = (piece: string) => {
    const w = m.widthOf(piece);
    if (w <= maxWidth) {
      text = piece;
      width = w;
      return;
    }
    const { parts, last } = splitPiece(piece, m, maxWidth);
    for (const part of parts) lines.push({ text: part, end: 'split' });
    text = last;
    width = m.widthOf(last);
  };
  for (const word of paragraph.split(' ').filter((w) => w !== '')) {
    hyphenPieces(word).forEach((piece, i) => {
      const glue: LineEnd = i === 0 ? 'space' : 'hyphen';
      const w = m.widthOf(piece);
      const glueWidth = glue === 'space' ? m.space : 0;
      if (text === '') place(piece);
      else if (text !== '' && width + glueWidth + w <= maxWidth) {
        text += (glue === 'space' ? ' ' : '') + piece;
        width += glueWidth + w;
      } else {
        if (text !== '') lines.push({ text, end: glue });
        place(piece);
      }
    });
  }
  lines.push({ text, end: 'end' });
  return lines;
}
