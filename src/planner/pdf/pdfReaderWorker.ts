/**
 * The Web Worker that reads a chosen PDF for the builder, off the page's thread, so a hostile file
 * can be stopped (privacy/openPdfInWorker.ts terminates it after the time limit) and never
 * freezes the page. Says when its code has loaded, then answers the file's bytes with
 * `openPlanPdf`'s result (messages as in privacy/pdfTimeLimit.ts).
 */
import { openPlanPdf } from './openPlanPdf';

self.addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  void openPlanPdf(event.data).then((opened) => self.postMessage({ kind: 'read', opened }));
});
self.postMessage({ kind: 'ready' });
