/** The PDF tests' own reading of a document: one poppler run gives every page as poppler prints it alone. */
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { renderPlanPdfWithDetails } from '../../../src/planner/pdf/renderPlanPdf';
import { NOW, loadPlan, pdfText, tempFile, testFonts } from './pdfTestKit';

it('pdfText gives each page exactly as pdftotext -f N -l N does, and the whole as pdftotext does', async () => {
  const { bytes, pageCount } = await renderPlanPdfWithDetails(loadPlan('tests/fixtures/plans/complete.json'), {
    fonts: await testFonts(),
    nameStyle: 'full',
    now: NOW,
  });
  expect(pageCount).toBeGreaterThan(2);
  const file = tempFile(bytes);
  const poppler = (...range: string[]) =>
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  for (const page of [1, 2, pageCount]) expect(pdfText(bytes, page)).toBe(poppler('-f', `${page}`, '-l', `${page}`));
  expect(pdfText(bytes)).toBe(poppler());
  expect(() => pdfText(bytes, pageCount + 1)).toThrow(`no page ${pageCount + 1}`);
});
