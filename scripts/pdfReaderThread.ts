/**
 * The worker thread that reads a PDF for the command-line tools: the same reader as the builder's
 * Web Worker (src/planner/pdf/pdfReaderWorker.ts), stopped by openPdfInThread.ts after the same
 * time limit. Says when its code has loaded, then answers the file's bytes.
 */
import { parentPort } from 'node:worker_threads';
import { openPlanPdf } from '../src/planner/pdf/openPlanPdf';
import type { ReaderWorkerMessage } from '../src/planner/privacy/pdfTimeLimit';

const port = parentPort!;
const say = (message: ReaderWorkerMessage) => port.postMessage(message);
port.on('message', (bytes: Uint8Array) => void openPlanPdf(bytes).then((opened) => say({ kind: 'read', opened })));
say({ kind: 'ready' });
