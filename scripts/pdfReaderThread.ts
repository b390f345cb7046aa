/**
 * The worker thread that reads a PDF for the command-line tools: the same reader and verifier as
 * the builder's Web Worker (src/planner/pdf/pdfReaderWorker.ts), stopped by openPdfInThread.ts
 * after the same time limit. Says when its code has loaded, then answers each `ReaderRequest`.
 */
import { parentPort } from 'node:worker_threads';
import { loadFontsNode } from '../src/planner/pdf/loadFontsNode';
import { openPlanPdf, type ReaderRequest } from '../src/planner/pdf/openPlanPdf';
import type { ReaderWorkerMessage } from '../src/planner/privacy/pdfTimeLimit';

const port = parentPort!;
const say = (message: ReaderWorkerMessage) => port.postMessage(message);
port.on('message', (request: ReaderRequest) => {
  const drawing = () => say({ kind: 'drawing' });
  void openPlanPdf(request, loadFontsNode, drawing).then((opened) => say({ kind: 'read', opened }));
});
say({ kind: 'ready' });
