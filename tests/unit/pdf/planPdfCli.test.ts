import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanFromPdf } from '../../../src/planner/pdf/readPlanFromPdf';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import { NOW, SIGNED_FIXTURE, loadPlan, pdfText, squash, tempPath, testFonts } from './pdfTestKit';

const run = (...args: string[]) => {
  const r = spawnSync('npx', ['tsx', 'scripts/plan-pdf.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.replace(/^npm warn.*\n/gm, '').trim() };
};

// Each test starts Node with tsx, which takes many seconds when the machine is busy.
describe('npm run plan:pdf', { timeout: 120_000 }, () => {
  it('writes the same PDF the builder makes, and says what it wrote', async () => {
    const out = tempPath('cli.pdf');
    const r = run(SIGNED_FIXTURE, out, '--name', 'initials', '--now', NOW.toISOString());
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote .*cli\.pdf: 14 pages, [\d.]+ KB, \d+ ms\. Fingerprint [0-9a-f]{64}$/);
    const bytes = new Uint8Array(readFileSync(out));
    const expected = await renderPlanPdf(loadPlan(SIGNED_FIXTURE), {
      fonts: await testFonts(),
      nameStyle: 'initials',
      now: NOW,
    });
    expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
    expect(squash(pdfText(bytes))).toContain('Staying-in-touch plan for E. Ŵ. Ŷ.');
    expect((await readPlanFromPdf(bytes)).ok).toBe(true);
  });

  it('lists the problems in an invalid plan and exits 1', () => {
    const r = run('tests/fixtures/plans/invalid-rules.json', 'never-written.pdf');
    expect(r.code).toBe(1);
    expect(r.err).toContain('The file is not a valid plan');
    expect(r.err).toContain('review.nextDate: The date of the next review must be a real date');
  });

  it('explains its usage and exits 2 when called wrongly', () => {
    const r = run('only-one-argument.json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: npm run plan:pdf -- <plan.json> <out.pdf>');
    expect(run('a.json', 'b.pdf', '--name', 'surname').code).toBe(2);
  });
});

// Each test starts Node with tsx, which takes many seconds when the machine is busy.
describe('rendering', { timeout: 120_000 }, () => {
  it('is reproducible: the same plan and date give the same bytes', async () => {
    const plan = loadPlan(SIGNED_FIXTURE);
    const fonts = await testFonts();
    const a = await renderPlanPdf(plan, { fonts, nameStyle: 'full', now: NOW });
    const b = await renderPlanPdf(plan, { fonts, nameStyle: 'full', now: NOW });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
