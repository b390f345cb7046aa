/**
 * `npm run plan:verify`, spawned as a user runs it: the verifier's report line by line, the full
 * fingerprint on its own line, and an exit code of 0 only when every check holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { fingerprintPlan } from '../../../src/planner/signoff/fingerprintPlan';
import { runNpmScript } from '../npmScript';
import { NOW, SIGNED_FIXTURE, loadPlan, testFonts } from '../pdf/pdfTestKit';

const run = (...args: string[]) => {
  const r = runNpmScript('plan:verify', args);
  return { code: r.status, lines: r.stdout.trim().split('\n'), err: r.stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'plan-verify-'));
const path = (name: string) => join(dir, name);
let recorded: string;

beforeAll(async () => {
  const signed = loadPlan(SIGNED_FIXTURE);
  recorded = await fingerprintPlan(signed);
  const fonts = await testFonts();
  const good = await renderPlanPdf(signed, { fonts, nameStyle: 'full', now: NOW });
  writeFileSync(path('signed.pdf'), good);
  // A signatory's stance changed and the PDF made again with our own renderer.
  const changed: Plan = {
    ...signed,
    signOff: signed.signOff.map((s) =>
      s.stance === 'agrees_with_reservations' ? { ...s, stance: 'agrees', reservations: '' } : s,
    ),
  };
  writeFileSync(path('changed.pdf'), await renderPlanPdf(changed, { fonts, nameStyle: 'full', now: NOW }));
  // The printed stance painted over.
  const doc = await PDFDocument.load(good, { updateMetadata: false });
  const page = doc.getPage(doc.getPageCount() - 1);
  page.drawRectangle({ x: 60, y: 400, width: 300, height: 30, color: rgb(1, 1, 1) });
  page.drawText('Agrees', { x: 62, y: 410, size: 10, font: await doc.embedFont(StandardFonts.Helvetica) });
  writeFileSync(path('painted.pdf'), await doc.save());
}, 60_000);

// Each run starts Node with tsx, which takes many seconds when the machine is busy.
describe('npm run plan:verify', { timeout: 120_000 }, () => {
  it('passes a signed plan PDF with the fingerprint from the case record, and prints the fingerprint whole', () => {
    const r = run(path('signed.pdf'), '--fingerprint', recorded.toUpperCase());
    expect(r.code).toBe(0);
    expect(r.lines.filter((l) => /^(Pass|Fail|Not checked) – /.test(l)).map((l) => l.split(':')[0])).toEqual([
      'Pass – Made by Staying in touch',
      'Pass – Attached plan',
      'Pass – Attached plan unchanged',
      'Pass – Printed pages',
      'Pass – Sign-off',
      'Pass – Fingerprint from the case record',
    ]);
    expect(r.lines).toContain(`Fingerprint: ${recorded}`);
    expect(r.lines.at(-1)).toBe('Every check passed.');
  });

  it('exits 1 when the fingerprint from the case record is not the attached plan’s', () => {
    const r = run(path('changed.pdf'), '--fingerprint', recorded);
    expect(r.code).toBe(1);
    // Our own renderer made it, so it is consistent: only the case record's fingerprint tells.
    expect(r.lines.some((l) => l.startsWith('Pass – Printed pages: '))).toBe(true);
    expect(r.lines.some((l) => l.startsWith('Fail – Fingerprint from the case record: '))).toBe(true);
    expect(r.lines.find((l) => l.startsWith('Fingerprint: '))).not.toBe(`Fingerprint: ${recorded}`);
  });

  it('exits 1 for printed pages painted over, even with the right fingerprint', () => {
    const r = run(path('painted.pdf'), '--fingerprint', recorded);
    expect(r.code).toBe(1);
    expect(r.lines.some((l) => /^Fail – Printed pages: Page \d+ is not what the attached plan draws/.test(l))).toBe(
      true,
    );
    expect(r.lines.some((l) => l.startsWith('Pass – Fingerprint from the case record: '))).toBe(true);
  });

  it('exits 2 on wrong usage, and refuses a fingerprint that is not 64 hex characters', () => {
    expect(run().code).toBe(2);
    const r = run(path('signed.pdf'), '--fingerprint', recorded.slice(0, 12));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/A fingerprint is 64 characters/);
  });
});
