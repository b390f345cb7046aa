/**
 * Comparing what two PDFs draw on their pages: the PDF as received, and the same plan drawn again
 * by the same renderer version. Everything a viewer draws for a page is compared: its content
 * streams (decoded), its resources (fonts with their font programs, images, graphics states), its
 * annotations, its page boxes and rotation, including what a page inherits from the page tree.
 * Text painted over a page, a page edited or swapped, a font's glyphs redrawn, an annotation laid
 * on top: each changes what is compared, so the pages no longer match.
 *
 * Each document's pages are written out as a list of canonical entries, one per object reached
 * from the pages, numbered in the order they are first reached (so object numbers and the order of
 * objects in the file do not matter, only what they hold). Dictionary keys are sorted; a stream is
 * its dictionary (without its length and encoding) and its decoded bytes. `/Parent` links are not
 * followed: a page's inherited attributes are merged into it instead.
 *
 * Untrusted input, so bounded: streams inflate on a byte budget (limitedInflate.ts), the page tree
 * walk keeps a visited set (walkPdfTree.ts), and the number of objects and the nesting are capped.
 */
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { inflateWithin, type ByteBudget } from './limitedInflate';
import { walkPdfTree } from './walkPdfTree';

/** Thrown when the pages hold far more objects, or nest far deeper, than plan PDFs do. */
export class PagesTooComplexError extends Error {
  constructor() {
    super('The PDF’s pages hold far more than a plan PDF’s do.');
    this.name = 'PagesTooComplexError';
  }
}

/** More objects than the pages of any plan PDF reach (a 40-page plan reaches about 60). */
const MAX_OBJECTS = 20_000;
/** Deeper than any object in a plan PDF nests (about 6). */
const MAX_DEPTH = 64;
/** Page attributes a page inherits from the page tree when it does not set them itself. */
const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map((k) => PDFName.of(k));
const PARENT = PDFName.of('Parent');
const KIDS = PDFName.of('Kids');
const FLATE = PDFName.of('FlateDecode');
/** Stream keys that describe how the bytes are stored, not what they hold. */
const STORAGE_KEYS = new Set(['/Length', '/Filter', '/DecodeParms']);

/** One character per byte, distinct bytes to distinct characters, so equal text means equal bytes. */
const bytesText = new TextDecoder('latin1');
const latin1 = (bytes: Uint8Array) => bytesText.decode(bytes);

/** A document's pages as canonical text: the entries each page adds to the list, page by page. */
export interface PagesText {
  pages: string[][];
}

/** The pages of a document, in order, each with its inherited attributes merged in. */
function pageDicts(context: PDFContext): PDFDict[] {
  const catalog = context.lookup(context.trailerInfo.Root);
  const root = catalog instanceof PDFDict ? catalog.lookup(PDFName.of('Pages')) : undefined;
  if (!(root instanceof PDFDict)) return [];
  const pages: PDFDict[] = [];
  const inherited = new Map<PDFDict, PDFDict>();
  walkPdfTree(
    root,
    (node) => {
      const kids = node.lookup(KIDS);
      if (!(kids instanceof PDFArray)) return [];
      return kids.asArray().flatMap((kid) => {
        const dict = context.lookup(kid);
        if (!(dict instanceof PDFDict)) return [];
        inherited.set(dict, node);
        return [dict];
      });
    },
    (node) => {
      if (node.lookup(KIDS) instanceof PDFArray) return;
      const page = node.clone(context);
      page.delete(PARENT);
      // The nearest ancestor that sets an attribute gives it.
      for (let up = inherited.get(node); up; up = inherited.get(up)) {
        for (const key of INHERITED) if (!page.has(key) && up.has(key)) page.set(key, up.get(key)!);
      }
      pages.push(page);
    },
  );
  return pages;
}

class PagesWriter {
  readonly entries: string[] = [];
  private readonly ids = new Map<PDFObject, number>();

  constructor(
    private readonly context: PDFContext,
    private readonly budget: ByteBudget,
  ) {}

  /** The canonical text of a value; objects reached through a reference become numbered entries. */
  text(value: PDFObject | undefined, depth: number): string {
    if (depth > MAX_DEPTH) throw new PagesTooComplexError();
    if (value instanceof PDFRef) {
      const target = this.context.lookup(value);
      if (target === undefined) return 'null';
      let id = this.ids.get(target);
      if (id === undefined) {
        if (this.entries.length >= MAX_OBJECTS) throw new PagesTooComplexError();
        id = this.entries.length;
        this.ids.set(target, id);
        this.entries.push('');
        this.entries[id] = this.text(target, depth + 1);
      }
      return `@${id}`;
    }
    if (value instanceof PDFDict) return this.dictText(value, depth, new Set());
    if (value instanceof PDFArray)
      return `[${value
        .asArray()
        .map((v) => this.text(v, depth + 1))
        .join(' ')}]`;
    if (value instanceof PDFRawStream) {
      const content = this.decoded(value);
      return `stream${this.dictText(value.dict, depth, STORAGE_KEYS)}${content.length}:${content}`;
    }
    if (value instanceof PDFString || value instanceof PDFHexString) return `(${latin1(value.asBytes())})`;
    if (value instanceof PDFName || value instanceof PDFNumber || value instanceof PDFBool) return value.toString();
    if (value === undefined || value === PDFNull) return 'null';
    // A kind of object pdf-lib parses that no page of ours holds: it can only differ.
    return `?${value.constructor.name}`;
  }

  private dictText(dict: PDFDict, depth: number, skip: Set<string>): string {
    const entries = dict
      .entries()
      .map(([key, v]) => [key.toString(), v] as const)
      .filter(([key]) => key !== '/Parent' && !skip.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `<<${entries.map(([key, v]) => `${key} ${this.text(v, depth + 1)}`).join(' ')}>>`;
  }

  /** A stream's bytes as written, or inflated on the budget; an encoding we never use is kept as is. */
  private decoded(stream: PDFRawStream): string {
    const filter = stream.dict.lookup(PDFName.of('Filter'));
    const flate = filter === FLATE || (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === FLATE);
    if (filter === undefined) return latin1(stream.contents);
    if (!flate || stream.dict.has(PDFName.of('DecodeParms'))) return `?encoded:${latin1(stream.contents)}`;
    return latin1(inflateWithin(stream.contents, this.budget));
  }
}

/**
 * A document's pages as canonical text. Throws PdfLoopError for a page tree that loops,
 * PagesTooComplexError or PdfTreeTooLargeError past the caps, DataLimitError past the budget and
 * DamagedStreamError for a stream that does not inflate.
 */
export function pagesText(context: PDFContext, budget: ByteBudget): PagesText {
  const writer = new PagesWriter(context, budget);
  return {
    pages: pageDicts(context).map((page) => {
      const start = writer.entries.length;
      const root = writer.text(page, 0);
      return [root, ...writer.entries.slice(start)];
    }),
  };
}

export type PagesComparison =
  | { same: true; pageCount: number }
  | { same: false; reason: 'page-count'; pageCount: number; expectedPageCount: number }
  | { same: false; reason: 'page'; page: number };

/** Whether `received` draws exactly what `expected` draws, and if not, the first page that differs. */
export function comparePages(received: PagesText, expected: PagesText): PagesComparison {
  if (received.pages.length !== expected.pages.length) {
    return {
      same: false,
      reason: 'page-count',
      pageCount: received.pages.length,
      expectedPageCount: expected.pages.length,
    };
  }
  for (let i = 0; i < received.pages.length; i++) {
    const a = received.pages[i];
    const b = expected.pages[i];
    if (a.length !== b.length || a.some((entry, j) => entry !== b[j]))
      return { same: false, reason: 'page', page: i + 1 };
  }
  return { same: true, pageCount: received.pages.length };
}
