/**
 * The Web Worker that reads a chosen PDF for the builder, off the page's thread, so a hostile file
 * can be stopped (privacy/openPdfInWorker.ts terminates it after the time limit) and never
 * freezes the page. Says when its code has loaded, then answers a `ReaderRequest` with
 * `openPlanPdf`'s result (messages as in privacy/pdfTimeLimit.ts), saying first when it has read
 * the file and starts drawing the plan again, which has its own, longer time limit. The fonts to draw the pages
 * again come from this site, fetched only when a PDF is opened.
 */
import { loadFonts } from './loadFonts';
import { openPlanPdf, type ReaderRequest } from './openPlanPdf';

self.addEventListener('message', (event: MessageEvent<ReaderRequest>) => {
  const drawing = () => self.postMessage({ kind: 'drawing' });
  void openPlanPdf(event.data, loadFonts, drawing).then((opened) => self.postMessage({ kind: 'read', opened }));
});
self.postMessage({ kind: 'ready' });
