/**
 * Page layout: turns a list of document blocks into A4 pages of drawing operations.
 *
 * Pure (no pdf-lib): blocks become "slices", the smallest pieces that cannot be split (a line of a
 * paragraph, a table row, a figure). The paginator places slices top to bottom and honours
 * keep-with-next chains, which is how a heading never sits alone at the foot of a page, a paragraph
 * never leaves a single first line behind, and a table header always has its first row under it.
 *
 * It also builds the document's logical structure for the tagged PDF (PDF/UA): each block becomes
 * one structure element (a heading, a paragraph, a list, a table, a figure), and each slice says
 * which element its drawing belongs to. A block split across pages stays one element; what only
 * decorates (table shading and rules, a table header repeated on a new page) is an artifact.
 */
import { type CachedMeasure, type FontRun, wrapRuns, wrapText } from './textMeasure';

export type Rgb = readonly [number, number, number];
export type FontRole = 'regular' | 'bold';

/** One drawing instruction in PDF coordinates (points, origin bottom left, y up). */
export type DrawOp =
  | { op: 'text'; x: number; y: number; text: string; font: FontRole; size: number; color: Rgb }
  | { op: 'rect'; x: number; y: number; width: number; height: number; fill?: Rgb; stroke?: Rgb; lineWidth?: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; color: Rgb; width: number; dash?: number[] }
  | {
      op: 'ellipse';
      x: number;
      y: number;
      rx: number;
      ry: number;
      fill?: Rgb;
      stroke?: Rgb;
      lineWidth?: number;
      dash?: number[];
    }
  /**
   * An SVG path whose own origin (top left, y down) is placed at x, y and scaled: filled with `fill`
   * if it has one, outlined in `color` if it has one, `width` points wide.
   */
  | { op: 'svgPath'; path: string; x: number; y: number; scale: number; fill?: Rgb; color?: Rgb; width: number };

export type ParagraphStyle = 'body' | 'lead' | 'muted' | 'small';

/** The standard structure types the renderer uses (ISO 32000-1, 14.8.4). */
export type StructRole =
  'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure';

/** One element of the document's logical structure, its children in reading order. */
export interface StructElement {
  role: StructRole;
  kids: StructElement[];
  /** A figure's alternative text. */
  alt?: string;
  /**
   * A figure's bounding box on its page (left, bottom, right, top, in points), set when it is drawn:
   * PDF/UA asks for it so assistive technology can place and enlarge the figure.
   */
  bbox?: [number, number, number, number];
  /** What a header cell heads. */
  scope?: 'Column' | 'Row';
  /** The language of the element and what it holds, where it is not the document's (BCP 47). */
  lang?: string;
  /** A heading's words, for its bookmark. */
  title?: string;
}

/** Drawing that belongs to one structure element, or is an artifact (page furniture, decoration). */
export interface MarkedOps {
  element?: StructElement;
  ops: DrawOp[];
}

/**
 * A stretch of a page's operations, `ops[start..end)`, that belongs to one structure element, or
 * to none (an artifact). `yTop` is the top of the slice that began it, for bookmarks.
 */
export interface MarkedRun {
  element?: StructElement;
  start: number;
  end: number;
  yTop: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: ParagraphStyle; font?: FontRole }
  | { kind: 'list'; items: string[] }
  /** Label and value pairs, drawn as a two-column table without a header row. */
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  | { kind: 'table'; columns: { header: string; weight: number }[]; rows: string[][] }
  /** Vector drawing of a fixed size; `draw` gets the top-left corner of its box. */
  | { kind: 'figure'; width: number; height: number; draw: (x: number, yTop: number) => DrawOp[]; label: string }
  /** Blocks that move to the next page together when they fit on one page. */
  | { kind: 'keepTogether'; blocks: Block[] }
  /** Blocks in another language than the document's (BCP 47 `lang`, e.g. "en-GB"). */
  | { kind: 'language'; lang: string; blocks: Block[] }
  | { kind: 'spacer'; height: number }
  | { kind: 'pageBreak' }
  /**
   * One point of an easy-read or child's page: a picture (a figure with alternative text) beside
   * short paragraphs whose key words are bold. The picture keeps its lines with it on one page.
   */
  | { kind: 'point'; picture?: PointPicture; paragraphs: FontRun<FontRole>[][] };

/** A square picture drawn beside a point; `draw` gets the top-left corner of its box. */
export interface PointPicture {
  size: number;
  label: string;
  draw: (x: number, yTop: number) => DrawOp[];
}

export interface PageGeometry {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

/** A4 in points, with room above and below the content for the header and footer. */
export const A4: PageGeometry = {
  width: 595.28,
  height: 841.89,
  marginTop: 72,
  marginBottom: 72,
  marginLeft: 56,
  marginRight: 56,
};

export interface Measures {
  regular: CachedMeasure;
  bold: CachedMeasure;
}

/** What was placed on a page, for tests and for checking pagination rules. */
export interface PlacedTag {
  kind: string;
  text: string;
  /** Top of the slice, in points from the bottom of the page. */
  yTop: number;
}

export interface LaidOutPage {
  ops: DrawOp[];
  tags: PlacedTag[];
  /** The page's operations in order, each stretch with the structure element it belongs to. */
  runs: MarkedRun[];
}

export interface LaidOutDocument {
  pages: LaidOutPage[];
  /** The Document element: the root of the logical structure. */
  structure: StructElement;
}

export const COLOURS = {
  text: [0.08, 0.08, 0.08] as Rgb,
  heading: [0, 0, 0] as Rgb,
  muted: [0.3, 0.3, 0.3] as Rgb,
  rule: [0.55, 0.55, 0.55] as Rgb,
  headerFill: [0.92, 0.92, 0.92] as Rgb,
};

const STYLE_SIZE: Record<ParagraphStyle, number> = { body: 10.5, lead: 12, muted: 10.5, small: 9 };
const HEADING_SIZE = { 1: 20, 2: 14, 3: 11.5 } as const;
const HEADING_SPACE_BEFORE = { 1: 0, 2: 20, 3: 12 } as const;
const LINE_HEIGHT = 1.35;
const CELL_PAD = 4;
const TABLE_SIZE = 9.5;

/** Baseline offset from the top of a line box, so text sits centred in its line height. */
function baseline(yTop: number, size: number, lineHeight: number): number {
  // DejaVu Sans: ascender 0.928 em, descender 0.236 em.
  const gap = lineHeight - 1.164 * size;
  return yTop - gap / 2 - 0.928 * size;
}

interface Slice {
  height: number;
  spaceBefore: number;
  keepWithNext: boolean;
  /** Headings and table headers: the fallback chain always includes the slice after them. */
  strongKeep: boolean;
  pageBreak?: boolean;
  /** Drawn first when this slice starts a page (a table's header row). */
  repeatOnBreak?: Slice;
  tag: { kind: string; text: string };
  draw: (x: number, yTop: number) => MarkedOps[];
}

/** Where a block's elements go in the structure, and the language they are in. */
interface StructPlace {
  parent: StructElement;
  /** Set on the elements made at this level when they are in another language than the document. */
  lang?: string;
}

/** A new element, appended to its parent's children. */
function element(place: StructPlace, role: StructRole, extra: Partial<StructElement> = {}): StructElement {
  const el: StructElement = { role, kids: [], ...(place.lang ? { lang: place.lang } : {}), ...extra };
  place.parent.kids.push(el);
  return el;
}

export class PageLayout {
  readonly contentWidth: number;
  readonly contentHeight: number;

  constructor(
    private readonly measures: Measures,
    readonly geometry: PageGeometry = A4,
    /** Type larger than the standard, for large print: 1.5 makes body text 15.75 pt. */
    readonly textScale = 1,
  ) {
    this.contentWidth = geometry.width - geometry.marginLeft - geometry.marginRight;
    this.contentHeight = geometry.height - geometry.marginTop - geometry.marginBottom;
  }

  /** Lays out the blocks and returns the pages in order. */
  layout(blocks: Block[]): LaidOutPage[] {
    return this.layoutDocument(blocks).pages;
  }

  /** Lays out the blocks and returns the pages with the document's logical structure. */
  layoutDocument(blocks: Block[]): LaidOutDocument {
    const slices: Slice[] = [];
    const structure: StructElement = { role: 'Document', kids: [] };
    for (const block of blocks) this.toSlices(block, slices, { parent: structure });
    return { pages: this.paginate(slices), structure };
  }

  private measure(font: FontRole): CachedMeasure {
    return font === 'bold' ? this.measures.bold : this.measures.regular;
  }

  private textSlices(
    text: string,
    opts: {
      font: FontRole;
      size: number;
      color: Rgb;
      spaceBefore: number;
      kind: string;
      element: StructElement;
      indent?: number;
      /** The list item's label element: the bullet is drawn before the first line. */
      bullet?: StructElement;
    },
  ): Slice[] {
    const indent = opts.indent ?? 0;
    const lineHeight = opts.size * LINE_HEIGHT;
    const lines = wrapText(text, this.measure(opts.font), opts.size, this.contentWidth - indent);
    const n = lines.length;
    return lines.map((line, i) => ({
      height: lineHeight,
      spaceBefore: i === 0 ? opts.spaceBefore : 0,
      // Orphan and widow control: the first line keeps with the second, the second-last with the last.
      keepWithNext: (i === 0 && n > 1) || (n >= 4 && i === n - 2),
      strongKeep: false,
      tag: { kind: opts.kind, text: line },
      draw: (x, yTop) => {
        const parts: MarkedOps[] = [];
        const by = baseline(yTop, opts.size, lineHeight);
        if (opts.bullet && i === 0) {
          parts.push({
            element: opts.bullet,
            ops: [
              { op: 'text', x: x + indent - 10, y: by, text: '•', font: 'regular', size: opts.size, color: opts.color },
            ],
          });
        }
        if (line !== '')
          parts.push({
            element: opts.element,
            ops: [
              { op: 'text', x: x + indent, y: by, text: line, font: opts.font, size: opts.size, color: opts.color },
            ],
          });
        return parts;
      },
    }));
  }

  private toSlices(block: Block, out: Slice[], place: StructPlace): void {
    switch (block.kind) {
      case 'heading': {
        const size = HEADING_SIZE[block.level] * this.textScale;
        const lines = this.textSlices(block.text, {
          font: 'bold',
          size,
          color: COLOURS.heading,
          spaceBefore: HEADING_SPACE_BEFORE[block.level],
          kind: `h${block.level}`,
          element: element(place, `H${block.level}`, { title: block.text }),
        });
        for (const s of lines) {
          s.keepWithNext = true;
          s.strongKeep = true;
        }
        // A little air under the heading, carried by its last line.
        lines[lines.length - 1].height += size * 0.3;
        out.push(...lines);
        return;
      }
      case 'paragraph': {
        const style = block.style ?? 'body';
        out.push(
          ...this.textSlices(block.text, {
            font: block.font ?? 'regular',
            size: STYLE_SIZE[style] * this.textScale,
            color: style === 'muted' ? COLOURS.muted : COLOURS.text,
            spaceBefore: 6,
            kind: 'p',
            element: element(place, 'P'),
          }),
        );
        return;
      }
      case 'list': {
        const list = element(place, 'L');
        block.items.forEach((item, i) => {
          const li = element({ parent: list }, 'LI');
          const bullet = element({ parent: li }, 'Lbl');
          out.push(
            ...this.textSlices(item, {
              font: 'regular',
              size: STYLE_SIZE.body * this.textScale,
              color: COLOURS.text,
              spaceBefore: i === 0 ? 6 : 2,
              kind: 'li',
              element: element({ parent: li }, 'LBody'),
              indent: 14,
              bullet,
            }),
          );
        });
        return;
      }
      case 'fields':
        this.tableSlices(
          [
            { header: '', weight: 0.34 },
            { header: '', weight: 0.66 },
          ],
          block.rows.map((r) => [r.label, r.value]),
          { showHeader: false, firstColumnBold: true },
          out,
          element(place, 'Table'),
        );
        return;
      case 'table':
        this.tableSlices(
          block.columns,
          block.rows,
          { showHeader: true, firstColumnBold: false },
          out,
          element(place, 'Table'),
        );
        return;
      case 'figure': {
        // A figure larger than the content area is scaled down to fit, never split.
        const scale = Math.min(1, this.contentWidth / block.width, (this.contentHeight - 12) / block.height);
        const height = block.height * scale;
        const figure = element(place, 'Figure', { alt: block.label });
        out.push({
          height,
          spaceBefore: 8,
          keepWithNext: false,
          strongKeep: false,
          tag: { kind: 'figure', text: block.label },
          draw: (x, yTop) => {
            const ops = block.draw(x, yTop);
            figure.bbox = [x, yTop - height, x + block.width * scale, yTop];
            return [{ element: figure, ops: scale === 1 ? ops : ops.map((op) => scaleOp(op, x, yTop, scale)) }];
          },
        });
        return;
      }
      case 'keepTogether': {
        const group: Slice[] = [];
        for (const b of block.blocks) this.toSlices(b, group, place);
        group.forEach((s, i) => {
          if (i < group.length - 1) s.keepWithNext = true;
        });
        out.push(...group);
        return;
      }
      case 'language':
        for (const b of block.blocks) this.toSlices(b, out, { parent: place.parent, lang: block.lang });
        return;
      case 'point':
        out.push(...this.pointSlices(block.picture, block.paragraphs, place));
        return;
      case 'spacer':
        out.push({
          height: block.height,
          spaceBefore: 0,
          keepWithNext: false,
          strongKeep: false,
          tag: { kind: 'spacer', text: '' },
          draw: () => [],
        });
        return;
      case 'pageBreak':
        out.push({
          height: 0,
          spaceBefore: 0,
          keepWithNext: false,
          strongKeep: false,
          pageBreak: true,
          tag: { kind: 'pageBreak', text: '' },
          draw: () => [],
        });
        return;
    }
  }

  /**
   * A point: its paragraphs' lines beside the picture, which is drawn with the first line. The lines
   * beside the picture keep together, and a short point is as tall as its picture.
   */
  private pointSlices(
    picture: PointPicture | undefined,
    paragraphs: FontRun<FontRole>[][],
    place: StructPlace,
  ): Slice[] {
    const size = STYLE_SIZE.body * this.textScale;
    const lineHeight = size * LINE_HEIGHT;
    const indent = picture ? picture.size + size : 0;
    const figure = picture ? element(place, 'Figure', { alt: picture.label }) : undefined;
    const slices: Slice[] = [];
    paragraphs.forEach((runs, p) => {
      const para = element(place, 'P');
      for (const [l, line] of wrapRuns(runs, this.measures, size, this.contentWidth - indent).entries()) {
        slices.push({
          height: lineHeight,
          spaceBefore: l > 0 ? 0 : p === 0 ? size : size * 0.35,
          keepWithNext: false,
          strongKeep: false,
          tag: { kind: 'p', text: line.map((piece) => piece.text).join('') },
          draw: (x, yTop) => [
            {
              element: para,
              ops: line.map((piece) => ({
                op: 'text' as const,
                x: x + indent + piece.x,
                y: baseline(yTop, size, lineHeight),
                text: piece.text,
                font: piece.font,
                size,
                color: COLOURS.text,
              })),
            },
          ],
        });
      }
    });
    if (!picture || !figure || slices.length === 0) return slices;
    const first = slices[0];
    const drawLine = first.draw;
    first.draw = (x, yTop) => {
      figure.bbox = [x, yTop - picture.size, x + picture.size, yTop];
      return [{ element: figure, ops: picture.draw(x, yTop) }, ...drawLine(x, yTop)];
    };
    // Keep the lines beside the picture with it; pad a short point to the picture's height.
    let covered = first.height;
    for (let i = 1; i < slices.length && covered < picture.size; i++) {
      slices[i - 1].keepWithNext = true;
      covered += slices[i].spaceBefore + slices[i].height;
    }
    if (covered < picture.size) {
      slices[slices.length - 1].keepWithNext = true;
      slices.push({
        height: picture.size - covered,
        spaceBefore: 0,
        keepWithNext: false,
        strongKeep: false,
        tag: { kind: 'spacer', text: '' },
        draw: () => [],
      });
    }
    return slices;
  }

  private tableSlices(
    columns: { header: string; weight: number }[],
    rows: string[][],
    opts: { showHeader: boolean; firstColumnBold: boolean },
    out: Slice[],
    table: StructElement,
  ): void {
    const totalWeight = columns.reduce((a, c) => a + c.weight, 0) || 1;
    const widths = columns.map((c) => (c.weight / totalWeight) * this.contentWidth);
    const tableSize = TABLE_SIZE * this.textScale;
    const lineHeight = tableSize * LINE_HEIGHT;

    /** A row's cells as structure elements: header cells head their column, or (label cells) their row. */
    const rowElements = (rowKind: 'th' | 'td') => {
      const tr = element({ parent: table }, 'TR');
      return columns.map((_, c) => {
        if (rowKind === 'th') return element({ parent: tr }, 'TH', { scope: 'Column' });
        if (opts.firstColumnBold && c === 0) return element({ parent: tr }, 'TH', { scope: 'Row' });
        return element({ parent: tr }, 'TD');
      });
    };

    const rowSlices = (cells: string[], rowKind: 'th' | 'td', fonts: FontRole[], fill?: Rgb): Slice[] => {
      const cellElements = rowElements(rowKind);
      const wrapped = columns.map((_, c) =>
        wrapText(cells[c] ?? '', this.measure(fonts[c]), tableSize, Math.max(10, widths[c] - 2 * CELL_PAD)),
      );
      const lineCount = Math.max(1, ...wrapped.map((l) => l.length));
      // A row taller than a page is split into chunks of lines; each chunk is its own slice.
      const maxLines = Math.max(1, Math.floor((this.contentHeight - 3 * lineHeight - 4 * CELL_PAD) / lineHeight));
      const slices: Slice[] = [];
      for (let start = 0; start < lineCount; start += maxLines) {
        const end = Math.min(lineCount, start + maxLines);
        const height = (end - start) * lineHeight + 2 * CELL_PAD;
        slices.push({
          height,
          spaceBefore: 0,
          keepWithNext: false,
          strongKeep: false,
          tag: { kind: rowKind, text: cells.join(' | ') },
          draw: (x, yTop) => {
            const parts: MarkedOps[] = [];
            if (fill)
              parts.push({ ops: [{ op: 'rect', x, y: yTop - height, width: this.contentWidth, height, fill }] });
            let cx = x;
            wrapped.forEach((lines, c) => {
              const ops: DrawOp[] = [];
              parts.push({ element: cellElements[c], ops });
              for (let l = start; l < end && l < lines.length; l++) {
                if (lines[l] === '') continue;
                ops.push({
                  op: 'text',
                  x: cx + CELL_PAD,
                  y: baseline(yTop - CELL_PAD - (l - start) * lineHeight, tableSize, lineHeight),
                  text: lines[l],
                  font: fonts[c],
                  size: tableSize,
                  color: COLOURS.text,
                });
              }
              cx += widths[c];
            });
            const rule: DrawOp = {
              op: 'line',
              x1: x,
              y1: yTop - height,
              x2: x + this.contentWidth,
              y2: yTop - height,
              color: COLOURS.rule,
              width: 0.5,
            };
            parts.push({ ops: [rule] });
            return parts;
          },
        });
      }
      return slices;
    };

    let header: Slice | undefined;
    if (opts.showHeader) {
      const hs = rowSlices(
        columns.map((c) => c.header),
        'th',
        columns.map(() => 'bold'),
        COLOURS.headerFill,
      );
      header = hs[0];
      header.keepWithNext = true;
      header.strongKeep = true;
      header.spaceBefore = 8;
      out.push(header);
    }
    rows.forEach((cells, r) => {
      const fonts = columns.map((_, c) => (opts.firstColumnBold && c === 0 ? 'bold' : 'regular') as FontRole);
      const slices = rowSlices(cells, 'td', fonts);
      if (!header && r === 0) slices[0].spaceBefore = 8;
      for (const s of slices) s.repeatOnBreak = header;
      // Keep a split row's chunks together where possible.
      slices.forEach((s, i) => {
        if (i < slices.length - 1) s.keepWithNext = true;
      });
      out.push(...slices);
    });
  }

  private paginate(slices: Slice[]): LaidOutPage[] {
    const g = this.geometry;
    const top = g.height - g.marginTop;
    const bottom = g.marginBottom;
    const pages: LaidOutPage[] = [];
    let page: LaidOutPage = { ops: [], tags: [], runs: [] };
    let y = top;
    let empty = true;
    pages.push(page);

    const newPage = () => {
      page = { ops: [], tags: [], runs: [] };
      pages.push(page);
      y = top;
      empty = true;
    };

    // Height needed to place slices i..j (inclusive), given whether the page is empty now.
    const heightOf = (i: number, j: number, atTop: boolean) => {
      let h = 0;
      for (let k = i; k <= j; k++) {
        if (slices[k].pageBreak) break;
        h += slices[k].height + (k === i && atTop ? 0 : slices[k].spaceBefore);
      }
      const rep = slices[i].repeatOnBreak;
      if (atTop && rep && rep !== slices[i]) h += rep.height;
      return h;
    };
    const chainEnd = (i: number) => {
      let j = i;
      while (j < slices.length - 1 && slices[j].keepWithNext && !slices[j + 1].pageBreak) j++;
      return j;
    };
    const minimalEnd = (i: number) => {
      let j = i;
      while (j < slices.length - 1 && slices[j].strongKeep && !slices[j + 1].pageBreak) j++;
      return j;
    };

    const place = (s: Slice, isRepeat: boolean) => {
      if (!empty) y -= s.spaceBefore;
      for (const part of s.draw(g.marginLeft, y)) {
        if (part.ops.length === 0) continue;
        // A table header drawn again on a new page is an artifact: its cells are in the structure once.
        const el = isRepeat ? undefined : part.element;
        const last = page.runs.at(-1);
        // Consecutive drawing for the same element (the lines of a paragraph) is one marked run.
        if (last && last.element === el && last.end === page.ops.length) last.end += part.ops.length;
        else page.runs.push({ element: el, start: page.ops.length, end: page.ops.length + part.ops.length, yTop: y });
        page.ops.push(...part.ops);
      }
      page.tags.push({ kind: isRepeat ? `${s.tag.kind}-repeat` : s.tag.kind, text: s.tag.text, yTop: y });
      y -= s.height;
      empty = false;
    };

    for (let i = 0; i < slices.length; i++) {
      const s = slices[i];
      if (s.pageBreak) {
        if (!empty) newPage();
        continue;
      }
      if (!empty) {
        const avail = y - bottom;
        const end = chainEnd(i);
        if (heightOf(i, end, false) > avail) {
          const fitsFresh = heightOf(i, end, true) <= this.contentHeight;
          if (fitsFresh || heightOf(i, minimalEnd(i), false) > avail) newPage();
        }
      }
      if (empty && s.repeatOnBreak && s.repeatOnBreak !== s) place(s.repeatOnBreak, true);
      place(s, false);
    }
    return pages;
  }
}

function scaleOp(op: DrawOp, ox: number, oy: number, k: number): DrawOp {
  const sx = (v: number) => ox + (v - ox) * k;
  const sy = (v: number) => oy + (v - oy) * k;
  switch (op.op) {
    case 'text':
      return { ...op, x: sx(op.x), y: sy(op.y), size: op.size * k };
    case 'rect':
      return { ...op, x: sx(op.x), y: sy(op.y), width: op.width * k, height: op.height * k };
    case 'line':
      return { ...op, x1: sx(op.x1), y1: sy(op.y1), x2: sx(op.x2), y2: sy(op.y2), width: op.width * k };
    case 'ellipse':
      return { ...op, x: sx(op.x), y: sy(op.y), rx: op.rx * k, ry: op.ry * k };
    case 'svgPath':
      return { ...op, x: sx(op.x), y: sy(op.y), scale: op.scale * k, width: op.width * k };
  }
}
