/**
 * Checks for printed pages, shared by the trainers' print tests: what is cut off or pokes out of the
 * printable width, and the text of each page of a PDF.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/** Every element in main that is cut off or pokes out of the printable width, described for a reader. */
export function printProblems(page: Page, maxWidth: number) {
  return page.evaluate((limit) => {
    const main = document.querySelector('main')!;
    const box = main.getBoundingClientRect();
    const problems: string[] = [];
    if (box.width > limit + 0.5) problems.push(`main is ${box.width}px wide, more than ${limit}px`);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    for (const el of main.querySelectorAll('*')) {
      if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1) {
        problems.push(
          `${name(el)} sticks out: ${Math.round(r.left)}–${Math.round(r.right)}px, main is ${Math.round(box.left)}–${Math.round(box.right)}px`,
        );
      }
      // Scroll sizes mean nothing inside an SVG drawing; its box is checked above.
      if (!(el instanceof HTMLElement)) continue;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(el)} overflows sideways: ${el.scrollWidth}px of content in ${el.clientWidth}px`);
      }
      if (el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${name(el)} overflows downwards: ${el.scrollHeight}px of content in ${el.clientHeight}px`);
      }
    }
    return problems;
  }, maxWidth);
}

/** The text of each page of a PDF file, as poppler's pdftotext reads it. */
export function pdfPageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // Pages end with a form feed; the last one is followed by nothing.
  return text.split('\f').slice(0, -1);
}

/** The words of a text, without punctuation, for checking that a printout has all of them. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

/**
 * The words of the page's main text, as laid out for print, that a PDF's text lacks. The PDF's text
 * is compared with its white space removed, since print may break a long address across lines.
 */
export async function wordsMissingFromPdf(page: Page, file: string): Promise<string[]> {
  // The text people see: rendered, and not only for screen readers.
  const seen = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('.visually-hidden') || parent.getClientRects().length === 0) continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
  // A word with a hyphen may break there at a line's end, and the PDF's text may then put what stands
  // beside it (a table's other column) between its halves: each half must be printed.
  const shown = wordsOf(seen.replace(/[-‐]/g, ' '));
  const printed = wordsOf(pdfPageTexts(file).join(' ')).join('');
  return [...new Set(shown)].filter((word) => !printed.includes(word));
}
