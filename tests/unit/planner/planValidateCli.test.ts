import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_FILES, BAD_FILES_DIR, BAD_PDFS, TOO_LARGE, tooLarge } from '../../fixtures/bad-files/corpus';
import { makeBadPdfs } from '../../fixtures/bad-files/make-pdfs';
import { loadFontsNode } from '../../../src/planner/pdf/loadFontsNode';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { runNpmScript } from '../npmScript';

const run = (...files: string[]) => {
  const r = runNpmScript('plan:validate', files);
  return { code: r.status, out: r.stdout.trim() };
};
const F = 'tests/fixtures/plans';

const dir = mkdtempSync(join(tmpdir(), 'plan-validate-'));
beforeAll(async () => {
  for (const [name, bytes] of Object.entries(await makeBadPdfs())) writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, TOO_LARGE.file), tooLarge());
  const plan = parsePlanFile(readFileSync(`${F}/complete.json`, 'utf8'));
  if (!plan.ok) throw new Error('complete.json is a valid plan');
  const fonts = await loadFontsNode();
  writeFileSync(
    join(dir, 'good.pdf'),
    await renderPlanPdf(plan.plan, { fonts, nameStyle: 'initials', now: new Date() }),
  );
}, 60_000);

// Each test starts Node with tsx, which takes many seconds when the machine is busy.
describe('npm run plan:validate', { timeout: 120_000 }, () => {
  it('prints "Valid plan" and exits 0 for a valid file', () => {
    expect(run(`${F}/complete.json`)).toEqual({ code: 0, out: 'Valid plan' });
  });

  it('prints the message naming the file, then each problem as field.path: message, and exits 1', () => {
    const r = run(`${F}/invalid-rules.json`);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      `${F}/invalid-rules.json: The file is not a valid plan: 4 problems found.`,
      "child.name: The child's name must be 120 characters or fewer",
      'factors.1.howManaged: Enter how this challenge will be managed',
      'review.nextDate: The date of the next review must be a real date',
      'arrangements.0.personIds.0: This refers to a person who is not in the plan',
    ]);
  });

  it('exits 1 when any of several files is invalid, naming each file', () => {
    const r = run(`${F}/minimal-draft.json`, `${F}/invalid-future-version.json`);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^tests\/fixtures\/plans\/minimal-draft.json: Valid plan\n/);
    expect(r.out).toMatch(/invalid-future-version.json: This plan was saved by a newer version/);
  });

  it('exits 1 for a missing file and 2 without arguments', () => {
    expect(run(`${F}/does-not-exist.json`)).toEqual({
      code: 1,
      out: `${F}/does-not-exist.json could not be read (ENOENT).`,
    });
    expect(run().code).toBe(2);
  });

  // Each PDF is read in a worker thread stopped after 5 seconds (the next test shows the stop), so
  // a hostile PDF refused with its own message, not the time limit's, was refused within 5 seconds.
  it('refuses every file in the bad-file corpus with the builder’s own message', () => {
    const files = [
      ...BAD_FILES.map((b) => ({ ...b, path: join(BAD_FILES_DIR, b.file) })),
      ...[...BAD_PDFS, TOO_LARGE].map((b) => ({ ...b, path: join(dir, b.file) })),
    ];
    const r = run(...files.map((f) => f.path));
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    for (const bad of files) {
      // The builder names the file by its name, the command line by the path it was given.
      expect(lines, bad.file).toContain(bad.path + bad.message.slice(bad.file.length));
      for (const issue of bad.issues ?? []) {
        expect(lines).toContain(`${bad.path}: ${issue.path || 'the file'}: ${issue.message}`);
      }
    }
  });

  it('reads a plan PDF from the builder in a worker thread, and prints what its checks found', () => {
    const r = run(join(dir, 'good.pdf'));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Valid plan');
    expect(lines).toContain('Pass – Attached plan: The PDF carries one attached plan file, and it is a valid plan.');
    expect(lines.at(-1)).toMatch(/^Fingerprint: [0-9a-f]{64}$/);
  });

  it('stops reading a PDF at the time limit, and says so', () => {
    const r = run('--pdf-time-limit=0.001', join(dir, 'pdf-future-plan-inside.pdf'));
    expect(r).toEqual({
      code: 1,
      out: `${join(dir, 'pdf-future-plan-inside.pdf')}: Reading this PDF took longer than the 0.001 seconds allowed, so it was stopped. It was not opened.`,
    });
  });
});
