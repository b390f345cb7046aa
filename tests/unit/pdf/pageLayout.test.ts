import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../../src/planner/pdf/pdfDocument';
import { RENDERER_VERSION } from '../../../src/planner/pdf/pdfMarker';
import { A4, PageLayout, type Block, type LaidOutPage, type StructElement } from '../../../src/planner/pdf/pageLayout';
import { CachedMeasure, wrapText, type FontMetricsSource } from '../../../src/planner/pdf/textMeasure';
import { NOW, pdfText, squash, testFonts } from './pdfTestKit';

/** A monospaced stand-in font: every character is half an em wide. */
const fakeFont: FontMetricsSource = {
  widthOfTextAtSize: (text, size) => Array.from(text).length * 0.5 * size,
  heightAtSize: (size) => size,
};
const measures = () => ({ regular: new CachedMeasure(fakeFont), bold: new CachedMeasure(fakeFont) });
const layout = (blocks: Block[]) => new PageLayout(measures()).layout(blocks);
const layoutDocument = (blocks: Block[]) => new PageLayout(measures()).layoutDocument(blocks);

const filler = (lines: number): Block[] =>
  Array.from({ length: lines }, (_, i): Block => ({ kind: 'paragraph', text: `Filler paragraph ${i}.` }));

const isHeading = (kind: string) => /^h[123]$/.test(kind);
const lastTag = (page: LaidOutPage) => page.tags[page.tags.length - 1];

describe('text wrapping', () => {
  const m = new CachedMeasure(fakeFont);

  it('wraps at spaces within the width and keeps every word, and the space at each break', () => {
    const text = 'one two three four five six seven eight nine ten';
    const lines = wrapText(text, m, 10, 60); // 12 characters a line
    expect(lines.every((l) => m.textWidth(l, 10) <= 60)).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    // Read in order, the lines say the text: extraction never runs two words together.
    expect(lines.join('')).toBe(text);
  });

  it('keeps hard line breaks and blank lines, and drops trailing blank lines', () => {
    expect(wrapText('a\n\nb\n\n', m, 10, 100)).toEqual(['a ', '', 'b']);
  });

  it('splits a word longer than the line with a hyphen, never mid surrogate pair', () => {
    const lines = wrapText('https://example.org/😀😀😀/very/long/path', m, 10, 50);
    expect(lines.every((l) => m.textWidth(l, 10) <= 50)).toBe(true);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.map((l, i) => (i < lines.length - 1 ? l.slice(0, -1) : l)).join('')).toBe(
      'https://example.org/😀😀😀/very/long/path',
    );
  });

  it('breaks a narrow table column at spaces and after hyphens, and splits only a word wider than the column', () => {
    const lives = 'Merthyr Tydfil, with foster carers near Ystradgynlais-on-Tawe Llanfairpwllgwyngyll';
    const pages = layout([
      {
        kind: 'table',
        columns: [
          { header: 'Name', weight: 5 },
          { header: 'Lives', weight: 1 },
        ],
        rows: [['Dafydd', lives]],
      },
    ]);
    const cell = pages[0].ops
      .filter((op) => op.op === 'text' && op.y < pages[0].ops.find((o) => o.op === 'text')!.y)
      .flatMap((op) => (op.op === 'text' && op.text !== 'Dafydd' ? [op.text] : []));
    // The column is 80 pt wide less padding: 15 characters of the stand-in font at 9.5 pt.
    expect(cell).toEqual([
      'Merthyr Tydfil, ',
      'with foster ',
      'carers near ',
      'Ystradgynlais-',
      'on-Tawe ',
      'Llanfairpwllgw-',
      'yngyll',
    ]);
  });

  it('measures each distinct word once', () => {
    const cache = new CachedMeasure(fakeFont);
    wrapText('the cat and the hat and the bat', cache, 10, 1000);
    expect(cache.cacheSize).toBe(5);
  });

  it('drops control characters and turns tabs into spaces', () => {
    expect(wrapText('a\tb\u0007c', m, 10, 1000)).toEqual(['a bc']);
  });
});

describe('pagination', () => {
  it('never leaves a heading alone at the foot of a page, wherever the heading falls', () => {
    for (let n = 1; n <= 80; n++) {
      const pages = layout([
        ...filler(n),
        { kind: 'heading', level: 2, text: 'Target heading' },
        { kind: 'paragraph', text: 'First line of the section. '.repeat(12) },
      ]);
      for (const page of pages) expect(isHeading(lastTag(page).kind), `filler ${n}`).toBe(false);
      const page = pages.find((p) => p.tags.some((t) => t.text === 'Target heading'))!;
      const at = page.tags.findIndex((t) => t.text === 'Target heading');
      expect(page.tags[at + 1]?.kind, `filler ${n}`).toBe('p');
    }
  });

  it('moves a heading to the next page with its section when it would fall at the foot', () => {
    // Fill the first page to just above the foot, leaving room for the heading but not its text.
    const lineHeight = 10.5 * 1.35;
    const usable = A4.height - A4.marginTop - A4.marginBottom;
    const pages = layout([
      { kind: 'spacer', height: usable - 40 },
      { kind: 'heading', level: 2, text: 'Target heading' },
      { kind: 'paragraph', text: 'Line one of the section.\nLine two of the section.' },
    ]);
    expect(lineHeight * 2 + 20).toBeGreaterThan(40);
    expect(pages).toHaveLength(2);
    expect(pages[0].tags.map((t) => t.kind)).toEqual(['spacer']);
    expect(pages[1].tags[0]).toMatchObject({ kind: 'h2', text: 'Target heading' });
  });

  it('keeps a heading, its sub-heading and the first lines together', () => {
    const pages = layout([
      { kind: 'spacer', height: A4.height - A4.marginTop - A4.marginBottom - 60 },
      { kind: 'heading', level: 2, text: 'Section' },
      { kind: 'heading', level: 3, text: 'Sub-section' },
      { kind: 'paragraph', text: 'Text '.repeat(200) },
    ]);
    expect(pages[1].tags.slice(0, 2).map((t) => t.text)).toEqual(['Section', 'Sub-section']);
  });

  it('never leaves a single first line of a paragraph at the foot of a page', () => {
    for (let n = 1; n <= 60; n++) {
      const pages = layout([...filler(n), { kind: 'paragraph', text: 'Word '.repeat(400) }]);
      for (const page of pages.slice(0, -1)) {
        const ps = page.tags.filter((t) => t.kind === 'p' && t.text.startsWith('Word'));
        if (ps.length > 0) expect(ps.length, `filler ${n}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('repeats a table header on each page the table continues onto, and never leaves it alone', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Person ${i}`, 'Meet-ups', 'Twice a year']);
    const pages = layout([
      { kind: 'heading', level: 2, text: 'Arrangements' },
      {
        kind: 'table',
        columns: [
          { header: 'With', weight: 1 },
          { header: 'How', weight: 1 },
          { header: 'How often', weight: 1 },
        ],
        rows,
      },
    ]);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) expect(page.tags[0].kind).toBe('th-repeat');
    for (const page of pages) expect(['th', 'th-repeat']).not.toContain(lastTag(page).kind);
    const placedRows = pages.flatMap((p) => p.tags.filter((t) => t.kind === 'td'));
    expect(placedRows).toHaveLength(120);
  });

  it('splits a table row taller than a page instead of overflowing', () => {
    const pages = layout([
      { kind: 'table', columns: [{ header: 'Notes', weight: 1 }], rows: [['Long. '.repeat(3000)]] },
    ]);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      for (const op of page.ops) if (op.op === 'text') expect(op.y).toBeGreaterThan(A4.marginBottom - 12);
    }
  });

  it('keeps a signatory together on one page when it fits', () => {
    const group: Block = {
      kind: 'keepTogether',
      blocks: [
        { kind: 'heading', level: 3, text: 'Signatory' },
        { kind: 'fields', rows: Array.from({ length: 5 }, (_, i) => ({ label: `Field ${i}`, value: 'Value' })) },
      ],
    };
    for (let n = 30; n <= 50; n++) {
      const pages = layout([...filler(n), group]);
      const holding = pages.filter((p) => p.tags.some((t) => t.text === 'Signatory' || t.text.startsWith('Field')));
      expect(holding, `filler ${n}`).toHaveLength(1);
    }
  });

  it('starts a new page at a page break, but not on an empty page', () => {
    const pages = layout([
      { kind: 'pageBreak' },
      { kind: 'paragraph', text: 'A' },
      { kind: 'pageBreak' },
      { kind: 'paragraph', text: 'B' },
    ]);
    expect(pages.map((p) => p.tags.map((t) => t.text))).toEqual([['A'], ['B']]);
  });

  it('keeps everything inside the margins', () => {
    const pages = layout([...filler(100), { kind: 'paragraph', text: 'Word '.repeat(2000) }]);
    for (const page of pages) {
      for (const op of page.ops) {
        if (op.op !== 'text') continue;
        expect(op.x).toBeGreaterThanOrEqual(A4.marginLeft - 12);
        expect(op.y).toBeGreaterThanOrEqual(A4.marginBottom - 1);
        expect(op.y).toBeLessThanOrEqual(A4.height - A4.marginTop);
      }
    }
  });
});

describe('pagination in the real PDF', () => {
  it('moves a heading that would fall at the page foot onto the next page with its text (pdftotext per page)', async () => {
    const fonts = await testFonts();
    // Sweep the filler so the heading lands at every position near the foot of page one.
    let movedAlthoughItFitted = 0;
    for (let n = 28; n <= 36; n++) {
      const blocks: Block[] = [
        ...filler(n),
        { kind: 'heading', level: 2, text: 'Heading under test' },
        { kind: 'paragraph', text: 'The first line of its section. '.repeat(6) },
      ];
      const { bytes, pages } = await renderDocument({
        fonts,
        buildBlocks: () => blocks,
        meta: { title: 'Pagination', subject: 'Pagination', keywords: [], language: 'en-GB' },
        footer: (page, total) => [`Plan pagination · Version 1 · Page ${page} of ${total}`],
        marks: { security: ['OFFICIAL-SENSITIVE'] },
        attachment: { bytes: new TextEncoder().encode('{}'), fingerprint: '0'.repeat(64) },
        drawn: { renderer: RENDERER_VERSION, nameStyle: 'full', judgedOn: '2026-11-23', language: 'en-GB' },
        now: NOW,
      });
      const pageOf = pages.findIndex((p) => p.tags.some((t) => t.text === 'Heading under test')) + 1;
      // Room left under page one's last line: a heading alone needs 20 pt above it and about 23 pt.
      const last = pages[0].tags.at(-1)!;
      const free = last.yTop - 10.5 * 1.35 - A4.marginBottom;
      if (pageOf === 2 && pages[1].tags[0].text === 'Heading under test' && free > 45) movedAlthoughItFitted++;
      const text = squash(pdfText(bytes, pageOf));
      expect(text, `filler ${n}`).toContain('Heading under test The first line of its section.');
      for (let page = 1; page <= pages.length; page++) {
        const lines = pdfText(bytes, page)
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !l.includes('OFFICIAL-SENSITIVE') && !l.startsWith('Plan pagination'));
        expect(lines.at(-1), `filler ${n}, page ${page}`).not.toBe('Heading under test');
      }
    }
    expect(movedAlthoughItFitted).toBeGreaterThan(0);
  });
});

describe('logical structure for the tagged PDF', () => {
  /** The element's role with its children's, as a nested list, for comparing shapes. */
  const shape = (el: StructElement): unknown => (el.kids.length ? [el.role, el.kids.map(shape)] : el.role);

  it('makes one element per block, in reading order, with lists and tables in their parts', () => {
    const { structure } = layoutDocument([
      { kind: 'heading', level: 1, text: 'Plan' },
      { kind: 'paragraph', text: 'Intro.' },
      { kind: 'list', items: ['One', 'Two'] },
      { kind: 'fields', rows: [{ label: 'Child', value: 'A. B.' }] },
      { kind: 'table', columns: [{ header: 'Name', weight: 1 }], rows: [['Ann']] },
      { kind: 'figure', width: 10, height: 10, label: 'Signature of Ann', draw: () => [] },
    ]);
    expect(shape(structure)).toEqual([
      'Document',
      [
        'H1',
        'P',
        [
          'L',
          [
            ['LI', ['Lbl', 'LBody']],
            ['LI', ['Lbl', 'LBody']],
          ],
        ],
        ['Table', [['TR', ['TH', 'TD']]]],
        [
          'Table',
          [
            ['TR', ['TH']],
            ['TR', ['TD']],
          ],
        ],
        'Figure',
      ],
    ]);
    const [h1, , , fields, table, figure] = structure.kids;
    expect(h1.title).toBe('Plan');
    expect(fields.kids[0].kids[0].scope).toBe('Row');
    expect(table.kids[0].kids[0].scope).toBe('Column');
    expect(figure.alt).toBe('Signature of Ann');
  });

  it('keeps a paragraph split across pages as one element, drawn on each page', () => {
    const { pages, structure } = layoutDocument([...filler(10), { kind: 'paragraph', text: 'Word '.repeat(2000) }]);
    const long = structure.kids.at(-1)!;
    const holding = pages.filter((p) => p.runs.some((run) => run.element === long));
    expect(holding.length).toBeGreaterThan(1);
    expect(structure.kids).toHaveLength(11);
    // Its lines on one page are one run (one marked-content sequence), not one per line.
    for (const page of holding) expect(page.runs.filter((run) => run.element === long)).toHaveLength(1);
  });

  it('draws a table header repeated on a new page as an artifact, and shading and rules too', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Person ${i}`]);
    const { pages, structure } = layoutDocument([{ kind: 'table', columns: [{ header: 'With', weight: 1 }], rows }]);
    const header = structure.kids[0].kids[0].kids[0];
    expect(header.role).toBe('TH');
    expect(pages.filter((p) => p.runs.some((run) => run.element === header))).toHaveLength(1);
    for (const page of pages.slice(1)) {
      const first = page.runs[0];
      expect(first.element).toBeUndefined();
      expect(page.ops.slice(first.start, first.end).some((op) => op.op === 'text' && op.text === 'With')).toBe(true);
    }
    for (const page of pages)
      for (const run of page.runs)
        if (run.element) expect(page.ops.slice(run.start, run.end).every((op) => op.op === 'text')).toBe(true);
  });

  it('marks blocks in another language with it, and nothing else', () => {
    const { structure } = layoutDocument([
      { kind: 'heading', level: 1, text: 'Cynllun' },
      {
        kind: 'language',
        lang: 'en-GB',
        blocks: [
          { kind: 'heading', level: 1, text: 'Plan' },
          { kind: 'list', items: ['One'] },
        ],
      },
    ]);
    expect(structure.kids.map((el) => el.lang)).toEqual([undefined, 'en-GB', 'en-GB']);
    // Children inherit the language of their element.
    expect(structure.kids[2].kids[0].lang).toBeUndefined();
  });
});
