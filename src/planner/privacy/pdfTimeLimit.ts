/**
 * Reading an untrusted PDF where it can be stopped: the builder reads it in a Web Worker, the
 * command line in a worker thread, and both give up after the same time. The reader's own limits
 * (budgets on inflated data, visited sets on every walk) keep a hostile file far inside this; the
 * time limit is the backstop for whatever they miss, so the page never freezes and the command
 * never hangs.
 */
import type { OpenedPdf } from '../pdf/openPlanPdf';
import type { PlanFileResult } from '../schema/planFile';

/** How long a PDF may take to read; a plan PDF takes well under a second. */
export const PDF_TIME_LIMIT_MS = 5_000;
/**
 * How long drawing the attached plan again and comparing the pages may take, once the file has
 * been read and its plan found valid: the renderer is our own code on a checked plan, and a large
 * plan takes several seconds in a browser's worker (fetching the fonts included).
 */
export const DRAW_TIME_LIMIT_MS = 30_000;

/**
 * What a PDF reader worker says: that its code has loaded, that it has read the file and is
 * drawing its plan again to compare the pages, then what it found.
 */
export type ReaderWorkerMessage = { kind: 'ready' } | { kind: 'drawing' } | { kind: 'read'; opened: OpenedPdf };

/** A reading under way in a worker. */
export interface StoppableRead<R> {
  /** Settles when the worker's code has loaded; the clock starts then, so a slow start is not held against the file. */
  ready: Promise<void>;
  result: Promise<R>;
  /** Settles when the file has been read and the pages are being drawn again; the clock restarts then. */
  drawing?: Promise<void>;
  /** Ends the reading at once (terminates the worker). */
  stop(): void;
}

type Refusal = Extract<PlanFileResult, { ok: false }>;

/** The refusal when reading took longer than the limit. */
export const tooSlow = (limitMs: number): Refusal => ({
  ok: false,
  message: { key: 'signoff.pdfRead.tooSlow', params: { seconds: limitMs / 1000 } },
  issues: [],
});

/** The refusal when the worker failed without an answer (it ran out of memory, say). */
export const readerFailed: Refusal = { ok: false, message: { key: 'signoff.pdfRead.unreadable' }, issues: [] };

/**
 * The reading's result, or `tooSlow` once `limitMs` has passed since the worker was ready (or
 * `drawLimitMs` since it started drawing the pages again); the worker is stopped either way, so
 * nothing keeps running after the answer.
 */
export async function withinTimeLimit<R>(
  read: StoppableRead<R>,
  limitMs = PDF_TIME_LIMIT_MS,
  drawLimitMs = DRAW_TIME_LIMIT_MS,
): Promise<R | Refusal> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = read.result.catch(() => readerFailed);
  try {
    // A worker that fails to start answers (with readerFailed) before it is ready.
    const early = await Promise.race([read.ready.then(() => undefined), settled]);
    if (early !== undefined) return early;
    const late = new Promise<Refusal>((resolve) => {
      timer = setTimeout(() => resolve(tooSlow(limitMs)), limitMs);
      void read.drawing?.then(() => {
        clearTimeout(timer);
        timer = setTimeout(() => resolve(tooSlow(drawLimitMs)), drawLimitMs);
      });
    });
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
    read.stop();
  }
}
