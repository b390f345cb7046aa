/**
 * Generic document renderer: lays out blocks on A4 pages and draws them with pdf-lib, adding the
 * security marking, footer, practice watermark, metadata and the attached plan. The PDF is tagged
 * (PDF/UA-1: structure, artifacts, bookmarks; taggedPdf.ts) and archival (PDF/A-3b; pdfArchive.ts).
 *
 * Knows nothing about plans beyond the footer fields; `renderPlanPdf` turns a plan into blocks.
 * Imports pdf-lib statically, so the UI must load this module (or renderPlanPdf) with a dynamic
 * import() at export time. Importing it has no side effects.
 */
import {
  AFRelationship,
  LineCapStyle,
  PDFDocument,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFStreamWriter,
  type PDFPage,
  beginText,
  degrees,
  endText,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFOperator,
} from 'pdf-lib';
import type { Font } from '@pdf-lib/fontkit';
import { CachedMeasure } from './textMeasure';
import { documentFont, pdfFontkit } from './parsedFonts';
import {
  A4,
  COLOURS,
  PageLayout,
  type Block,
  type DrawOp,
  type FontRole,
  type LaidOutPage,
  type Measures,
  type Rgb,
} from './pageLayout';
import { sha256Hex } from '../signoff/fingerprintPlan';
import { StructureWriter } from './taggedPdf';
import { makeArchival } from './pdfArchive';
import {
  ATTACHMENT_MIME,
  ATTACHMENT_NAME,
  CREATOR,
  INFO_MARKER_KEY,
  PRODUCER,
  attachmentDescription,
  markerValue,
  type DrawnWith,
} from './pdfMarker';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface DocumentMeta {
  title: string;
  subject: string;
  keywords: string[];
  language: string;
  author?: string;
}

export interface RenderDocumentInput {
  fonts: PdfFonts;
  /** Builds the content once the fonts are embedded and text can be measured. */
  buildBlocks: (layout: PageLayout, measures: Measures) => Block[];
  meta: DocumentMeta;
  /** The footer's words for a page: plan id, version, "Page n of m", a line per language of the document. */
  footer: (pageNumber: number, total: number) => string[];
  /**
   * The marks on every page, one per language of the document: the security marking (top centre
   * and under the footer), and for a practice plan the practice mark (top left; the first
   * language's is the watermark).
   */
  marks: { security: string[]; practice?: string[] };
  /** Printed at the top right of every page of a plan that is not signed off, e.g. "DRAFT". */
  statusMark?: string[];
  /** The plan file to attach, and its content fingerprint (see fingerprintPlan); none in a family's copy. */
  attachment?: { bytes: Uint8Array; fingerprint: string };
  /** Recorded in the marker, so a verifier can draw the pages again and compare them. */
  drawn: DrawnWith;
  now: Date;
  /** Embed only the glyphs used (default). Off only in the ink test, as the reference rendering. */
  subsetFonts?: boolean;
  /** Type larger than the standard (large print, easy read): see PageLayout. */
  textScale?: number;
}

export interface RenderedDocument {
  bytes: Uint8Array;
  pages: LaidOutPage[];
}

const toRgb = (c: Rgb) => rgb(c[0], c[1], c[2]);

export async function renderDocument(input: RenderDocumentInput): Promise<RenderedDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Fonts parsed once between exports, and each word shaped once a document (parsedFonts.ts).
  doc.registerFontkit(pdfFontkit);
  // Fixed font names (rather than pdf-lib's random suffix) keep output reproducible. Kerning is
  // off because pdf-lib draws glyphs at their advance widths anyway; shaping without it is faster.
  // (fontkit writes into the features object, so each font gets its own.)
  const subset = input.subsetFonts ?? true;
  const regular = await doc.embedFont(input.fonts.regular, {
    subset,
    customName: 'DejaVuSans',
    features: { kern: false },
  });
  const bold = await doc.embedFont(input.fonts.bold, {
    subset,
    customName: 'DejaVuSans-Bold',
    features: { kern: false },
  });
  const measures: Measures = { regular: new CachedMeasure(regular), bold: new CachedMeasure(bold) };

  const layout = new PageLayout(measures, A4, input.textScale);
  const { pages, structure } = layout.layoutDocument(input.buildBlocks(layout, measures));

  const painter = new TextPainter({ regular, bold });
  const tags = new StructureWriter(doc);
  const total = pages.length;
  const { marks } = input;
  const watermark = marks.practice?.length ? watermarkOutline(input.fonts.bold, marks.practice[0]) : undefined;
  const drawn = pages.map((laid, index) => {
    const page = doc.addPage([A4.width, A4.height]);
    // Page furniture is an artifact, so it stays out of the structure (and out of what is read aloud).
    if (watermark) {
      page.pushOperators(tags.beginArtifact(true));
      drawWatermark(page, watermark);
      page.pushOperators(tags.end());
    }
    const fontKey = pageFonts(page, painter);
    for (const run of laid.runs) {
      page.pushOperators(run.element ? tags.begin(index, run.element, run.yTop) : tags.beginArtifact(false));
      drawOps(page, laid.ops.slice(run.start, run.end), painter, fontKey);
      page.pushOperators(tags.end());
    }
    page.pushOperators(tags.beginArtifact(true));
    drawOps(
      page,
      [
        ...headerOps(measures, marks, input.statusMark),
        ...footerOps(measures, marks.security, input.footer, index + 1, total),
      ],
      painter,
      fontKey,
    );
    page.pushOperators(tags.end());
    return page;
  });
  tags.finish(structure, drawn);

  const { attachment } = input;
  // A copy for a family carries no plan file and so no marker: there is nothing in it to verify
  // against, and the plan file would hold everything the copy leaves out.
  const fileSha256 = await sha256Hex(
    attachment?.bytes ?? new TextEncoder().encode(JSON.stringify([input.meta, pages.map((page) => page.tags)])),
  );
  setMetadata(
    doc,
    input.meta,
    input.now,
    attachment ? markerValue({ contentSha256: attachment.fingerprint, fileSha256, drawn: input.drawn }) : undefined,
  );
  if (attachment)
    await doc.attach(attachment.bytes, ATTACHMENT_NAME, {
      mimeType: ATTACHMENT_MIME,
      description: attachmentDescription(attachment.fingerprint),
      creationDate: input.now,
      modificationDate: input.now,
      afRelationship: AFRelationship.Source,
    });
  makeArchival(
    doc,
    { ...input.meta, creator: CREATOR, producer: PRODUCER, now: input.now },
    // The file identifier, from what the PDF holds: the same plan drawn again gets the same one.
    fileSha256.slice(0, 32),
  );

  // As doc.save() writes (the document has no form and always a page), with two differences that
  // leave the pages as they were: written in one go (pdf-lib yields to a timer now and then, a
  // millisecond or more that the export only waits), and up to 500 objects in an object stream
  // rather than 50, so the structure tree's many alike elements compress together (4% smaller).
  await doc.flush();
  const bytes = await PDFStreamWriter.forContext(doc.context, Infinity, true, 500).serializeToBuffer();
  return { bytes, pages };
}

function setMetadata(doc: PDFDocument, meta: DocumentMeta, now: Date, marker: string | undefined) {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  if (meta.author) doc.setAuthor(meta.author);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setLanguage(meta.language);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  if (marker === undefined) return;
  // pdf-lib has no setter for custom Info keys; the Info dictionary exists once a setter has run.
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of(INFO_MARKER_KEY), PDFHexString.fromText(marker));
}

/**
 * Draws text through cached glyph encodings. pdf-lib's drawText shapes every line with fontkit
 * (~200 µs a line) and adds a new font resource on every call; here each distinct word is encoded
 * once per document, lines are joined from those encodings, and a page's consecutive text runs
 * share one BT/ET block with the fonts registered once per page.
 */
class TextPainter {
  private readonly encoded = new Map<FontRole, Map<string, string>>([
    ['regular', new Map()],
    ['bold', new Map()],
  ]);

  constructor(readonly fonts: Record<FontRole, PDFFont>) {}

  private encodeWord(font: FontRole, word: string): string {
    const cache = this.encoded.get(font)!;
    let hex = cache.get(word);
    if (hex === undefined) {
      // encodeText also records the glyphs in the font subset, so every drawn glyph is embedded.
      hex = this.fonts[font].encodeText(word).asString();
      cache.set(word, hex);
    }
    return hex;
  }

  /** The hex glyph string for a line, built from per-word encodings. */
  encodeLine(font: FontRole, line: string): PDFHexString {
    const space = this.encodeWord(font, ' ');
    return PDFHexString.of(
      line
        .split(' ')
        .map((w) => (w === '' ? '' : this.encodeWord(font, w)))
        .join(space),
    );
  }
}

/** The page's resource name for each font, registered once per page, whichever run uses it first. */
function pageFonts(page: PDFPage, painter: TextPainter): (font: FontRole) => PDFName {
  const keys: Partial<Record<FontRole, PDFName>> = {};
  return (font) => (keys[font] ??= page.node.newFontDictionary(font === 'bold' ? 'F2' : 'F1', painter.fonts[font].ref));
}

function drawOps(page: PDFPage, ops: DrawOp[], painter: TextPainter, fontKey: (font: FontRole) => PDFName) {
  let i = 0;
  while (i < ops.length) {
    const op = ops[i];
    if (op.op === 'text') {
      // One text object for the whole run of consecutive text operations.
      const run: PDFOperator[] = [beginText()];
      let font: FontRole | undefined;
      let size = 0;
      let colour: Rgb | undefined;
      for (; i < ops.length; i++) {
        const t = ops[i];
        if (t.op !== 'text') break;
        if (t.font !== font || t.size !== size) {
          font = t.font;
          size = t.size;
          run.push(setFontAndSize(fontKey(font), size));
        }
        if (!colour || colour[0] !== t.color[0] || colour[1] !== t.color[1] || colour[2] !== t.color[2]) {
          colour = t.color;
          run.push(setFillingRgbColor(colour[0], colour[1], colour[2]));
        }
        run.push(setTextMatrix(1, 0, 0, 1, t.x, t.y), showText(painter.encodeLine(t.font, t.text)));
      }
      run.push(endText());
      page.pushOperators(...run);
      continue;
    }
    drawShape(page, op);
    i++;
  }
}

function drawShape(page: PDFPage, op: Exclude<DrawOp, { op: 'text' }>) {
  switch (op.op) {
    case 'rect':
      page.drawRectangle({
        x: op.x,
        y: op.y,
        width: op.width,
        height: op.height,
        color: op.fill ? toRgb(op.fill) : undefined,
        borderColor: op.stroke ? toRgb(op.stroke) : undefined,
        borderWidth: op.stroke ? (op.lineWidth ?? 0.75) : 0,
      });
      break;
    case 'line':
      page.drawLine({
        start: { x: op.x1, y: op.y1 },
        end: { x: op.x2, y: op.y2 },
        thickness: op.width,
        color: toRgb(op.color),
        dashArray: op.dash,
      });
      break;
    case 'ellipse':
      page.drawEllipse({
        x: op.x,
        y: op.y,
        xScale: op.rx,
        yScale: op.ry,
        color: op.fill ? toRgb(op.fill) : undefined,
        borderColor: op.stroke ? toRgb(op.stroke) : undefined,
        borderWidth: op.stroke ? (op.lineWidth ?? 0.75) : 0,
        borderDashArray: op.dash,
      });
      break;
    case 'svgPath':
      page.drawSvgPath(op.path, {
        x: op.x,
        y: op.y,
        scale: op.scale,
        // Only the keys in use: given neither, drawSvgPath would outline the path in black.
        ...(op.fill && { color: toRgb(op.fill) }),
        ...(op.color && {
          borderColor: toRgb(op.color),
          // drawSvgPath scales the line width with the path; op.width is in points.
          borderWidth: op.width / op.scale,
          borderLineCap: LineCapStyle.Round,
        }),
      });
      break;
  }
}

function centred(m: Measures, font: FontRole, text: string, size: number): number {
  return (A4.width - (font === 'bold' ? m.bold : m.regular).textWidth(text, size)) / 2;
}

/** Between the lines of a running head or foot in several languages. */
const LINE_STEP = 11;

/**
 * The security marking at the top of every page, with the practice mark on the left for practice
 * plans and the status on the right for plans not yet signed off: one line per language of the
 * document (Welsh above English in a bilingual one).
 */
function headerOps(m: Measures, marks: RenderDocumentInput['marks'], statusMark: string[] | undefined): DrawOp[] {
  const size = 9;
  const top = A4.height - 40;
  const ops: DrawOp[] = [];
  marks.security.forEach((security, line) => {
    const y = top - line * LINE_STEP;
    ops.push({
      op: 'text',
      x: centred(m, 'bold', security, size),
      y,
      text: security,
      font: 'bold',
      size,
      color: COLOURS.heading,
    });
    const practice = marks.practice?.[line];
    if (practice)
      ops.push({ op: 'text', x: A4.marginLeft, y, text: practice, font: 'bold', size, color: COLOURS.heading });
    const status = statusMark?.[line];
    if (status) {
      const x = A4.width - A4.marginRight - m.bold.textWidth(status, size);
      ops.push({ op: 'text', x, y, text: status, font: 'bold', size, color: COLOURS.heading });
    }
  });
  const rule = top - (marks.security.length - 1) * LINE_STEP - 8;
  ops.push({
    op: 'line',
    x1: A4.marginLeft,
    y1: rule,
    x2: A4.width - A4.marginRight,
    y2: rule,
    color: COLOURS.rule,
    width: 0.5,
  });
  return ops;
}

/**
 * Plan id, version and page number (a line per language), then the security marking again. The
 * fingerprint is printed in full on the sign-off page only: a shortened one would invite comparing
 * too little of it.
 */
function footerOps(
  m: Measures,
  security: string[],
  footer: RenderDocumentInput['footer'],
  pageNumber: number,
  total: number,
): DrawOp[] {
  const maxWidth = A4.width - A4.marginLeft - A4.marginRight;
  const lines = footer(pageNumber, total);
  const marking = security.join(' / ');
  const bottom = 28;
  // The page's lines sit above the marking, the first language's at the top.
  const lineY = (i: number) => bottom + 12 + (lines.length - 1 - i) * LINE_STEP;
  const ops: DrawOp[] = [
    {
      op: 'line',
      x1: A4.marginLeft,
      y1: lineY(0) + 14,
      x2: A4.width - A4.marginRight,
      y2: lineY(0) + 14,
      color: COLOURS.rule,
      width: 0.5,
    },
  ];
  lines.forEach((text, i) => {
    // Shrink rather than wrap if an unusually long plan id would overflow the line.
    let size = 8;
    while (size > 5 && m.regular.textWidth(text, size) > maxWidth) size -= 0.5;
    ops.push({
      op: 'text',
      x: centred(m, 'regular', text, size),
      y: lineY(i),
      text,
      font: 'regular',
      size,
      color: COLOURS.text,
    });
  });
  ops.push({
    op: 'text',
    x: centred(m, 'bold', marking, 8),
    y: bottom,
    text: marking,
    font: 'bold',
    size: 8,
    color: COLOURS.heading,
  });
  return ops;
}

interface Outline {
  path: string;
  /** Advance width and font units per em, to size and centre the mark. */
  width: number;
  unitsPerEm: number;
}

interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/**
 * The watermark text as glyph outlines (an SVG path in font units, y down). Drawn as shapes, not
 * text, so it cannot interleave with the real text when the PDF is searched, copied or read aloud;
 * the header carries the same words as real text.
 */
function watermarkOutline(fontBytes: Uint8Array, text: string): Outline {
  let outlines = watermarks.get(fontBytes);
  if (!outlines) watermarks.set(fontBytes, (outlines = new Map()));
  let outline = outlines.get(text);
  if (!outline) outlines.set(text, (outline = outlineOf(documentFont(fontBytes), text)));
  return outline;
}

/** Watermark outlines by font and text, kept between exports: the same words on every page. */
const watermarks = new WeakMap<Uint8Array, Map<string, Outline>>();

function outlineOf(font: Font, text: string): Outline {
  const run = font.layout(text);
  const parts: string[] = [];
  let pen = 0;
  const f = (n: number) => Math.round(n).toString();
  run.glyphs.forEach((glyph, i) => {
    // fontkit's Path keeps its commands at run time; the type declarations omit them.
    const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands;
    for (const { command, args } of commands) {
      const pts: string[] = [];
      for (let k = 0; k < args.length; k += 2) pts.push(`${f(pen + args[k])} ${f(-args[k + 1])}`);
      if (command === 'moveTo') parts.push(`M${pts[0]}`);
      else if (command === 'lineTo') parts.push(`L${pts[0]}`);
      else if (command === 'quadraticCurveTo') parts.push(`Q${pts.join(' ')}`);
      else if (command === 'bezierCurveTo') parts.push(`C${pts.join(' ')}`);
      else parts.push('Z');
    }
    pen += run.positions[i]?.xAdvance ?? glyph.advanceWidth;
  });
  return { path: parts.join(''), width: pen, unitsPerEm: font.unitsPerEm };
}

/** Large pale diagonal mark behind the content of every page of a practice plan. */
function drawWatermark(page: PDFPage, outline: Outline) {
  const size = 54;
  const scale = size / outline.unitsPerEm;
  const w = outline.width * scale;
  const angle = 52;
  const rad = (angle * Math.PI) / 180;
  // Rotate about the page centre: start half the text width back along the baseline direction,
  // and drop by a third of the size so the letters, not the baseline, are centred.
  const cx = A4.width / 2;
  const cy = A4.height / 2;
  const x = cx - (w / 2) * Math.cos(rad) + (size / 3) * Math.sin(rad);
  const y = cy - (w / 2) * Math.sin(rad) - (size / 3) * Math.cos(rad);
  page.drawSvgPath(outline.path, { x, y, scale, rotate: degrees(angle), color: rgb(0.85, 0.85, 0.85) });
}
