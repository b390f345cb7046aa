/**
 * Browser font loading for the PDF export. The TTF files ship with the site (Vite copies them and
 * gives us their URLs), so nothing is downloaded from anywhere else, and they are only fetched when
 * the user exports. For Node (CLI, tests, bench) use `loadFontsNode.ts`.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { PdfFonts } from './pdfDocument';

async function fetchFont(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error('The font for the PDF could not be loaded. Check your connection and try again.');
  return new Uint8Array(await res.arrayBuffer());
}

let loaded: Promise<PdfFonts> | undefined;

/**
 * Fetches DejaVu Sans regular and bold, once a page load: the same bytes every time, so the parsed
 * fonts are kept between exports too (parsedFonts.ts). A failed fetch is tried again next time.
 */
export function loadFonts(): Promise<PdfFonts> {
  loaded ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}

/**
 * Fetches the fonts afresh next time: after the pages could not be drawn with these (a response that
 * was not a font, such as a captive portal's page), keeping them would fail every export until a reload.
 */
export function forgetLoadedFonts(): void {
  loaded = undefined;
}
