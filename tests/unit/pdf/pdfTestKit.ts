/** Shared helpers for the PDF tests: fixtures, fonts, and poppler/qpdf run on rendered bytes. */
import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFontsNode } from '../../../src/planner/pdf/loadFontsNode';
import type { PdfFonts } from '../../../src/planner/pdf/pdfDocument';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import type { Plan } from '../../../src/planner/schema/planSchema';

export const NOW = new Date('2026-11-23T10:00:00Z');

let fonts: Promise<PdfFonts> | undefined;
export const testFonts = () => (fonts ??= loadFontsNode());

/** A fixture read through the builder's own file reader, so only valid plans are used. */
export function loadPlan(path: string): Plan {
  const result = parsePlanFile(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.message)} ${JSON.stringify(result.issues)}`);
  return result.plan;
}

export const SIGNED_FIXTURE = 'tests/unit/pdf/fixtures/signed-multilingual.json';

/** Every valid plan fixture: the shared fixtures, the worked examples when present, and ours. */
export function allFixturePaths(): string[] {
  const paths: string[] = [];
  for (const dir of ['tests/fixtures/plans', 'src/planner/examples']) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.json') && !f.startsWith('invalid-')) paths.push(join(dir, f));
  }
  paths.push(SIGNED_FIXTURE);
  return paths;
}

const work = mkdtempSync(join(tmpdir(), 'plan-pdf-test-'));
let counter = 0;

/** A fresh path in the tests' temporary folder. */
export const tempPath = (name: string) => join(work, `${counter++}-${name}`);

/** Writes bytes to a temporary file and returns its path. */
export function tempFile(bytes: Uint8Array, ext = 'pdf'): string {
  const path = join(work, `f${counter++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

/** Each document's pages as pdftotext printed them, by the hash of its bytes: poppler runs once per document. */
const pagesRead = new Map<string, string[]>();

/**
 * pdftotext in content-stream order (-raw), so each table cell's lines stay together: the whole document,
 * or one page. pdftotext ends every page with a form feed, so one run over the whole document gives
 * each page's text exactly as `-f N -l N` would (a page's text and its form feed); tests that read
 * every page of a document one by one start poppler once, not once a page.
 */
export function pdfText(bytes: Uint8Array, page?: number): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  let pages = pagesRead.get(hash);
  if (!pages) {
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', tempFile(bytes), '-'], { encoding: 'utf8' });
    pages = text.split('\f').slice(0, -1);
    pagesRead.set(hash, pages);
  }
  if (page === undefined) return pages.map((text) => `${text}\f`).join('');
  if (!Number.isInteger(page) || page < 1 || page > pages.length)
    throw new Error(`pdfText: no page ${page} in a document of ${pages.length} pages`);
  return `${pages[page - 1]}\f`;
}

/** Collapses all whitespace, so text wrapped across lines can be matched as one phrase. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** qpdf --check; returns its exit status and output. */
export function qpdfCheck(bytes: Uint8Array): { status: number; output: string } {
  try {
    const output = execFileSync('qpdf', ['--check', tempFile(bytes)], { encoding: 'utf8' });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

/** One page rasterised with pdftoppm -gray: a grey level (0 black, 255 white) per pixel, row by row. */
export function greyPage(bytes: Uint8Array, page = 1, dpi = 50): { width: number; height: number; pixels: Uint8Array } {
  const out = join(work, `r${counter++}`);
  execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    tempFile(bytes),
    out,
  ]);
  const pgm = readFileSync(`${out}.pgm`);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('Unexpected pdftoppm output');
  return { width: Number(header[1]), height: Number(header[2]), pixels: pgm.subarray(header[0].length) };
}

/** Dark pixels (grey < 128) on one page rasterised at the given resolution. */
export function darkPixels(bytes: Uint8Array, page = 1, dpi = 50): number {
  let dark = 0;
  for (const v of greyPage(bytes, page, dpi).pixels) if (v < 128) dark++;
  return dark;
}

/** One element of poppler's structure text: its type, depth and the text it holds directly. */
export interface StructLine {
  role: string;
  depth: number;
  text: string;
}

export function structureOf(path: string): StructLine[] {
  const out = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: StructLine[] = [];
  for (const line of out.split('\n')) {
    const depth = line.length - line.trimStart().length;
    const body = line.trim();
    if (body.startsWith('"') && body.endsWith('"')) {
      const last = lines.at(-1);
      if (last) last.text += body.slice(1, -1);
    } else if (/^[A-Za-z][A-Za-z0-9]*( \(\w+\))?:?$/.test(body)) {
      lines.push({ role: body.split(/[ :]/)[0], depth, text: '' });
    }
  }
  return lines;
}

/** pdftotext of the area between the running head and the footer (points: pdftotext's default 72 dpi). */
export const bodyText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-x', '0', '-y', '66', '-W', '596', '-H', '704', path, '-'], {
    encoding: 'utf8',
  });

export const text = (value: unknown) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** Every structure element, depth first, in reading order. */
export function structElements(doc: PDFDocument): PDFDict[] {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const out: PDFDict[] = [];
  const visit = (value: unknown) => {
    const node = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (node instanceof PDFArray) node.asArray().forEach(visit);
    else if (node instanceof PDFDict && node.get(PDFName.of('S'))) {
      out.push(node);
      visit(node.get(PDFName.of('K')));
    }
  };
  visit(root.get(PDFName.of('K')));
  return out;
}

export const role = (el: PDFDict) => el.get(PDFName.of('S'))?.toString().slice(1);
