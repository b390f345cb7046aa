/**
 * Reading a PDF from the command line as the builder does: in a worker thread, with the builder's
 * time limit and a cap on the thread's memory, so a hostile file cannot hang the command or
 * exhaust the machine. One thread reads file after file (starting one takes seconds under tsx);
 * a thread that runs out of time or fails is ended, and the next file gets a fresh one.
 */
import { Worker } from 'node:worker_threads';
import type { OpenedPdf, ReaderRequest } from '../src/planner/pdf/openPlanPdf';
import {
  PDF_TIME_LIMIT_MS,
  readerFailed,
  withinTimeLimit,
  type ReaderWorkerMessage,
} from '../src/planner/privacy/pdfTimeLimit';

/** Far more than reading a 5 MB plan PDF needs; a thread that needs more is stopped. */
const HEAP_LIMIT_MB = 256;

let thread: { worker: Worker; ready: Promise<void> } | undefined;

function readerThread() {
  if (!thread) {
    const worker = new Worker(new URL('./pdfReaderThread.ts', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
    // Not kept alive for its own sake: the command ends when its files are read.
    worker.unref();
    const ready = new Promise<void>((resolve) => {
      const onReady = (message: ReaderWorkerMessage) => {
        if (message.kind !== 'ready') return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
    });
    thread = { worker, ready };
  }
  return thread;
}

/** Reads and verifies a PDF; `recordedFingerprint` is the one from the case record, when given. */
export function openPdfInThread(bytes: Uint8Array, limitMs = PDF_TIME_LIMIT_MS, recordedFingerprint?: string) {
  const { worker, ready } = readerThread();
  let answered = false;
  let nowDrawing!: () => void;
  const drawing = new Promise<void>((resolve) => (nowDrawing = resolve));
  const result = new Promise<OpenedPdf>((resolve) => {
    const settle = (opened: OpenedPdf) => {
      answered = true;
      worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      resolve(opened);
    };
    const onMessage = (message: ReaderWorkerMessage) => {
      if (message.kind === 'drawing') nowDrawing();
      if (message.kind === 'read') settle(message.opened);
    };
    const onFailure = () => {
      thread = undefined;
      settle(readerFailed);
    };
    worker.on('message', onMessage).on('error', onFailure).on('exit', onFailure);
    const request: ReaderRequest = recordedFingerprint === undefined ? { bytes } : { bytes, recordedFingerprint };
    void ready.then(() => worker.postMessage(request));
  });
  const stop = () => {
    if (answered) return;
    thread = undefined;
    void worker.terminate();
  };
  return withinTimeLimit({ ready, result, drawing, stop }, limitMs);
}
