/**
 * PDFs made to hurt a reader: loops, compression bombs and lying counts. Each is refused quickly
 * with its own message, and a bomb costs the reader at most its byte budget, never what it inflates to.
 * The bombs are checked first to be what they claim, so the limits are tested against real bombs.
 */
import { createInflate } from 'node:zlib';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { loadPdfWithinLimits } from '../../../src/planner/pdf/boundedPdfParser';
import { DataLimitError, inflateWithin } from '../../../src/planner/pdf/limitedInflate';
import { readBuilderPlanFromPdf, readFailureText } from '../../../src/planner/pdf/readPlanFromPdf';
import { PdfLoopError, PdfTreeTooLargeError, walkPdfTree } from '../../../src/planner/pdf/walkPdfTree';
import { HOSTILE_BOMBS, HOSTILE_PDFS, HOSTILE_TIME_LIMIT_MS, BAD_PDFS } from '../../fixtures/bad-files/corpus';
import { makeBadPdfs, zlibBomb } from '../../fixtures/bad-files/make-pdfs';

const MiB = 1024 * 1024;
let pdfs: Record<string, Uint8Array>;
beforeAll(async () => {
  pdfs = await makeBadPdfs();
}, 60_000);

/** How many bytes a zlib stream inflates to, counted by Node's zlib without keeping them. */
const inflatedSize = (bytes: Uint8Array) =>
  new Promise<number>((resolve, reject) => {
    let total = 0;
    const inflater = createInflate();
    inflater.on('data', (chunk: Buffer) => (total += chunk.length));
    inflater.on('end', () => resolve(total));
    inflater.on('error', reject);
    inflater.end(bytes);
  });

describe('the compression bombs', () => {
  it('are valid zlib streams that really inflate to what they claim, and fit under the 5 MB cap', async () => {
    expect(await inflatedSize(zlibBomb(64))).toBe(64 * MiB);
    expect(await inflatedSize(zlibBomb(1024))).toBe(1024 * MiB);
    for (const { file } of HOSTILE_BOMBS) expect(pdfs[file].length, file).toBeLessThan(5_000_000);
    // The 4 GiB bomb is the same piece four times as often (2 bytes of header, 6 of end and checksum).
    expect(zlibBomb(4096).length - 8).toBe(4 * (zlibBomb(1024).length - 8));
  });

  it('carry the bomb where they say: in the attachment, or in an object stream loaded with the file', async () => {
    for (const { file } of HOSTILE_BOMBS) {
      // pdf-lib's own loader would inflate an object-stream bomb; look at the raw objects instead.
      const text = new TextDecoder('latin1').decode(pdfs[file]);
      const bombStream = /\/Type\s*\/ObjStm\s*\/N\s+1\s*\/First\s+4\s*\/Filter\s*\/FlateDecode/;
      expect(bombStream.test(text), file).toBe(file.includes('object-stream'));
    }
  });
});

describe('inflating within a budget', () => {
  it('inflates what fits and takes it from the budget', () => {
    const budget = { remaining: 2 * MiB };
    expect(inflateWithin(zlibBomb(1), budget).length).toBe(MiB);
    expect(budget.remaining).toBe(MiB);
  });

  it('stops a 4 GiB bomb at the budget, fast and without holding more than the budget', () => {
    const before = process.memoryUsage().arrayBuffers;
    const start = performance.now();
    expect(() => inflateWithin(zlibBomb(4096), { remaining: 5_000_000 })).toThrow(DataLimitError);
    expect(performance.now() - start).toBeLessThan(HOSTILE_TIME_LIMIT_MS);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MiB);
  });

  it('refuses data that is not deflate', () => {
    expect(() => inflateWithin(new TextEncoder().encode('not deflate at all'), { remaining: MiB })).toThrow(/damaged/);
  });
});

describe('walking trees in a PDF', () => {
  type Node = { kids: Node[] };
  it('visits every node once, and refuses a node met twice and a tree past the limit', () => {
    const leaf: Node = { kids: [] };
    const root: Node = { kids: [leaf, { kids: [] }] };
    const seen: Node[] = [];
    walkPdfTree(
      root,
      (n) => n.kids,
      (n) => seen.push(n),
    );
    expect(seen).toEqual([root, leaf, root.kids[1]]);
    const loop: Node = { kids: [] };
    loop.kids.push(loop);
    expect(() =>
      walkPdfTree(
        loop,
        (n) => n.kids,
        () => {},
      ),
    ).toThrow(PdfLoopError);
    expect(() =>
      walkPdfTree(
        { kids: [leaf, leaf] },
        (n) => n.kids,
        () => {},
      ),
    ).toThrow(PdfLoopError);
    const wide: Node = { kids: Array.from({ length: 20 }, () => ({ kids: [] })) };
    expect(() =>
      walkPdfTree(
        wide,
        (n) => n.kids,
        () => {},
        10,
      ),
    ).toThrow(PdfTreeTooLargeError);
  });
});

/** A PDF holding one extra raw stream with the given dictionary and data. */
async function pdfWithStream(
  dict: { [key: string]: string | number | number[] },
  data: Uint8Array,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.context.register(PDFRawStream.of(doc.context.obj(dict), data));
  return doc.save({ useObjectStreams: false });
}

describe('loading a PDF within limits', () => {
  it('loads our own PDFs (object streams and a cross-reference stream) with a small budget', async () => {
    const budget = { remaining: 10_000_000 };
    const loaded = await loadPdfWithinLimits(pdfs['pdf-future-plan-inside.pdf'], budget);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.context?.trailerInfo.Info).toBeDefined();
    // Their structure inflates to a few kilobytes.
    expect(10_000_000 - budget.remaining).toBeGreaterThan(0);
    expect(10_000_000 - budget.remaining).toBeLessThan(200_000);
  });

  it('stops at the budget on an object-stream bomb, and inflates nothing after it', async () => {
    const budget = { remaining: 10_000_000 };
    const loaded = await loadPdfWithinLimits(pdfs['pdf-bomb-object-stream-4gb.pdf'], budget);
    expect(loaded.problem).toBeInstanceOf(DataLimitError);
  });

  it('refuses a cross-reference stream that declares more entries than it holds', async () => {
    const bytes = await pdfWithStream({ Type: 'XRef', Size: 1_000_000_000, W: [0, 0, 0] }, new Uint8Array(0));
    const loaded = await loadPdfWithinLimits(bytes, { remaining: MiB });
    expect(loaded.problem?.name).toBe('MalformedStreamError');
  });

  it('refuses an object stream that declares more objects than it holds', async () => {
    const data = new TextEncoder().encode('1 0 null');
    const bytes = await pdfWithStream({ Type: 'ObjStm', N: 1_000_000_000, First: 4 }, data);
    const loaded = await loadPdfWithinLimits(bytes, { remaining: MiB });
    expect(loaded.problem?.name).toBe('MalformedStreamError');
  });

  it('refuses structure compressed in a way we never write', async () => {
    const data = new TextEncoder().encode('1 0 null');
    const bytes = await pdfWithStream({ Type: 'ObjStm', N: 1, First: 4, Filter: 'LZWDecode' }, data);
    expect((await loadPdfWithinLimits(bytes, { remaining: MiB })).problem?.name).toBe('ForeignStreamError');
  });
});

describe('the hostile PDFs, through the reader', () => {
  const en = translator('en');
  it.each(HOSTILE_PDFS)('%s is refused with its own message within the time limit', async (file) => {
    const expected = BAD_PDFS.find((b) => b.file === file)!.message.replace(`${file}: `, '');
    const before = process.memoryUsage().arrayBuffers;
    const start = performance.now();
    const result = await readBuilderPlanFromPdf(pdfs[file]);
    const took = performance.now() - start;
    expect(result.ok ? undefined : readFailureText(en, result)).toBe(expected);
    expect(took).toBeLessThan(HOSTILE_TIME_LIMIT_MS);
    // Whatever the file would inflate to, the reader holds no more than its budgets.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MiB);
  });
});
