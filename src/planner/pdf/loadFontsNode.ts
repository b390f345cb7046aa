/**
 * Node font loading for the CLI, tests and benchmarks: reads DejaVu Sans from the installed
 * `dejavu-fonts-ttf` package. The browser uses `loadFonts.ts` instead.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfFonts } from './pdfDocument';

const require = createRequire(import.meta.url);

/** Absolute paths of the regular and bold TTF files. */
export function fontPaths(): { regular: string; bold: string } {
  return {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}

let loaded: Promise<PdfFonts> | undefined;

/** Reads the fonts once a process: the same bytes every time, so the parsed fonts are kept (parsedFonts.ts). */
export function loadFontsNode(): Promise<PdfFonts> {
  const paths = fontPaths();
  loaded ??= Promise.all([readFile(paths.regular), readFile(paths.bold)]).then(([regular, bold]) => ({
    regular: new Uint8Array(regular),
    bold: new Uint8Array(bold),
  }));
  return loaded;
}
