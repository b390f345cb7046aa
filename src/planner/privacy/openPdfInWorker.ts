/**
 * What the builder does with a chosen PDF: reads it in a Web Worker (pdf/pdfReaderWorker.ts) with
 * the time limit, so no file can freeze the page. The worker is bundled by Vite from the URL below
 * and served from this site, as the CSP's `worker-src 'self'` requires.
 */
import type { OpenedPdf, ReaderRequest } from '../pdf/openPlanPdf';
import {
  PDF_TIME_LIMIT_MS,
  readerFailed,
  withinTimeLimit,
  type ReaderWorkerMessage,
  type StoppableRead,
} from './pdfTimeLimit';

/** Reads `bytes` in `worker` once it is ready; each PDF gets its own worker, ended with the reading. */
export function readInWorker(bytes: Uint8Array, worker: Worker): StoppableRead<OpenedPdf> {
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  let nowDrawing!: () => void;
  const drawing = new Promise<void>((resolve) => (nowDrawing = resolve));
  const result = new Promise<OpenedPdf>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<ReaderWorkerMessage>) => {
      if (event.data.kind === 'ready') {
        ready();
        worker.postMessage({ bytes } satisfies ReaderRequest);
      } else if (event.data.kind === 'drawing') nowDrawing();
      else resolve(event.data.opened);
    });
    worker.addEventListener('error', () => resolve(readerFailed));
    worker.addEventListener('messageerror', () => resolve(readerFailed));
  });
  return { ready: started, result, drawing, stop: () => worker.terminate() };
}

export function openPdfInWorker(bytes: Uint8Array, limitMs = PDF_TIME_LIMIT_MS) {
  const worker = new Worker(new URL('../pdf/pdfReaderWorker.ts', import.meta.url), { type: 'module' });
  return withinTimeLimit(readInWorker(bytes, worker), limitMs);
}
