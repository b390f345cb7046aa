/**
 * Loading an untrusted PDF's objects with pdf-lib's parser, within limits.
 *
 * pdf-lib inflates two kinds of stream while it loads a file: object streams (which hold most of the
 * objects in PDFs we write) and cross-reference streams (which name the catalogue and the
 * information dictionary). It inflates them in full, however large, and trusts the counts they
 * declare, so a small file could make it allocate gigabytes. This parser hands pdf-lib those two
 * kinds of stream already inflated, by `inflateWithin` on the file's budget, and checks the counts
 * they declare against the data they hold. Anything else compressed stays compressed: the reader
 * inflates only the one attachment it needs, on its own budget.
 *
 * Our PDFs compress these streams with FlateDecode and nothing else; any other filter, or decoding
 * parameters, means another program wrote the file.
 */
import { PDFArray, PDFName, PDFNumber, PDFParser, PDFRawStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { type DamagedStreamError, type DataLimitError, inflateWithin, type ByteBudget } from './limitedInflate';

/** Thrown for a stream compressed in a way this product never writes. */
export class ForeignStreamError extends Error {
  constructor() {
    super('The PDF compresses its structure in a way Staying in touch never does.');
    this.name = 'ForeignStreamError';
  }
}

/** Thrown for a stream whose declared counts do not fit the data it holds. */
export class MalformedStreamError extends Error {
  constructor(what: string) {
    super(`The PDF's ${what} declares more than it holds.`);
    this.name = 'MalformedStreamError';
  }
}

/** Why loading stopped early, if it did: the first limit or problem met. */
export type LoadProblem = DataLimitError | DamagedStreamError | ForeignStreamError | MalformedStreamError;

const OBJECT_STREAM = PDFName.of('ObjStm');
const XREF_STREAM = PDFName.of('XRef');
const FLATE = PDFName.of('FlateDecode');

const numberOf = (value: PDFObject | undefined) => (value instanceof PDFNumber ? value.asNumber() : undefined);

/** The stream's data, inflated within the budget when it is compressed the way we compress. */
function inflated(stream: PDFRawStream, budget: ByteBudget): Uint8Array {
  const { dict } = stream;
  const filter = dict.lookup(PDFName.of('Filter'));
  if (dict.has(PDFName.of('DecodeParms'))) throw new ForeignStreamError();
  if (filter === undefined) return stream.contents;
  const flate = filter === FLATE || (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === FLATE);
  if (!flate) throw new ForeignStreamError();
  return inflateWithin(stream.contents, budget);
}

/** Checks that an object stream's or cross-reference stream's declared counts fit its data. */
function checkCounts(type: PDFName, stream: PDFRawStream, data: Uint8Array) {
  const { dict } = stream;
  if (type === OBJECT_STREAM) {
    const count = numberOf(dict.lookup(PDFName.of('N')));
    const first = numberOf(dict.lookup(PDFName.of('First')));
    // Each object needs at least its number, its offset and a byte of its own.
    if (count === undefined || first === undefined || count < 0 || first < 0 || first > data.length) {
      throw new MalformedStreamError('object stream');
    }
    if (count * 4 > data.length) throw new MalformedStreamError('object stream');
    return;
  }
  const widths = dict.lookup(PDFName.of('W'));
  const entryWidth =
    widths instanceof PDFArray ? widths.asArray().reduce((sum, w) => sum + (numberOf(w) ?? NaN), 0) : NaN;
  const index = dict.lookup(PDFName.of('Index'));
  const lengths =
    index instanceof PDFArray ? index.asArray().filter((_, i) => i % 2 === 1) : [dict.lookup(PDFName.of('Size'))];
  const entries = lengths.reduce<number>((sum, n) => sum + (numberOf(n) ?? NaN), 0);
  // pdf-lib reads `entries` entries of `entryWidth` bytes each, without looking at how much is there.
  if (!(entryWidth >= 1 && entries >= 0 && entries * entryWidth <= data.length)) {
    throw new MalformedStreamError('cross-reference stream');
  }
}

class BoundedPdfParser extends PDFParser {
  problem: LoadProblem | undefined = undefined;

  constructor(
    bytes: Uint8Array,
    private readonly budget: ByteBudget,
  ) {
    // Strict: an object that does not parse ends the loading. pdf-lib would otherwise scan on byte
    // by byte for its end (through megabytes of a bomb), and files we write always parse.
    super(bytes, Infinity, true, true);
  }

  /**
   * pdf-lib calls this for every object, and inflates an object or cross-reference stream that
   * it returns at the top of an indirect object. We return those inflated, with no filter left.
   */
  override parseObject(): PDFObject {
    const object = super.parseObject();
    if (!(object instanceof PDFRawStream)) return object;
    const type = object.dict.lookup(PDFName.of('Type'));
    if (!(type instanceof PDFName) || (type !== OBJECT_STREAM && type !== XREF_STREAM)) return object;
    try {
      // After one problem, nothing more is inflated: the file will be refused anyway.
      if (this.problem) throw this.problem;
      const data = inflated(object, this.budget);
      checkCounts(type, object, data);
      const dict = object.dict.clone();
      dict.delete(PDFName.of('Filter'));
      dict.set(PDFName.of('Length'), PDFNumber.of(data.length));
      return PDFRawStream.of(dict, data);
    } catch (error) {
      // pdf-lib turns what is thrown here into its own error; keep the reason for the reader.
      if (error instanceof Error && !this.problem) this.problem = error as LoadProblem;
      throw error;
    }
  }
}

/**
 * The file's objects, or the limit or problem that stopped loading. Other errors (a file that is
 * not a PDF, or is damaged) are pdf-lib's own, and propagate.
 */
export async function loadPdfWithinLimits(
  bytes: Uint8Array,
  budget: ByteBudget,
): Promise<{ context: PDFContext; problem?: undefined } | { context?: undefined; problem: LoadProblem }> {
  const parser = new BoundedPdfParser(bytes, budget);
  try {
    const context = await parser.parseDocument();
    return parser.problem ? { problem: parser.problem } : { context };
  } catch (error) {
    if (parser.problem) return { problem: parser.problem };
    throw error;
  }
}
