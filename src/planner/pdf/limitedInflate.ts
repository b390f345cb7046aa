/**
 * Inflating the compressed parts of an untrusted PDF without letting them grow without bound.
 *
 * A deflate stream of zeros shrinks about a thousand times, so a PDF under the 5 MB file cap can
 * hold gigabytes once inflated. Every stream the reader inflates draws on one budget per file: the
 * inflater works in small pieces and stops as soon as the budget is spent, so a compression bomb
 * costs at most the budget in memory and the time to inflate that much, never the whole bomb.
 */
import pako from 'pako';

/** Thrown when a file's inflated data would pass its budget. */
export class DataLimitError extends Error {
  constructor() {
    super('The PDF holds more compressed data than a plan PDF ever does.');
    this.name = 'DataLimitError';
  }
}

/** Thrown when a stream is not valid deflate data. */
export class DamagedStreamError extends Error {
  constructor(detail: string) {
    super(`A compressed part of the PDF is damaged: ${detail}`);
    this.name = 'DamagedStreamError';
  }
}

/** How many more bytes may still be inflated from one file; shared by every stream read from it. */
export interface ByteBudget {
  remaining: number;
}

/** Compressed input is fed in pieces of this size, so each piece inflates to at most about 16 MB. */
const INPUT_PIECE = 16 * 1024;
/** Inflated output arrives in pieces of this size; the budget is checked after each. */
const OUTPUT_PIECE = 64 * 1024;

/** Inflates zlib data (a PDF's FlateDecode), taking its size from `budget`; throws DataLimitError past it. */
export function inflateWithin(compressed: Uint8Array, budget: ByteBudget): Uint8Array {
  const pieces: Uint8Array[] = [];
  let total = 0;
  const inflater = new pako.Inflate({ chunkSize: OUTPUT_PIECE });
  inflater.onData = (piece) => {
    total += piece.length;
    // Throwing here stops pako in the middle of the piece of input it was given.
    if (total > budget.remaining) throw new DataLimitError();
    pieces.push(piece as Uint8Array);
  };
  /** pako's status when the stream ended (0 when it ended well), or undefined while it runs. */
  let endStatus: number | undefined;
  inflater.onEnd = (status) => {
    endStatus = status;
  };
  for (let start = 0; endStatus === undefined; start += INPUT_PIECE) {
    const last = start + INPUT_PIECE >= compressed.length;
    inflater.push(compressed.subarray(start, start + INPUT_PIECE), last);
    if (last && endStatus === undefined) endStatus = -1;
  }
  if (endStatus !== 0) throw new DamagedStreamError(`status ${endStatus}`);
  budget.remaining -= total;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
