import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanFromPdf } from '../../../src/planner/pdf/readPlanFromPdf';
import { renderPlanPdf } from '../../../src/planner/pdf/renderPlanPdf';
import { NO_PROTECTED_DETAILS } from '../../../src/planner/schema/planVocabulary';
import { runNpmScript } from '../npmScript';
import { NOW, SIGNED_FIXTURE, loadPlan, pdfText, squash, tempPath, testFonts } from './pdfTestKit';

const run = (...args: string[]) => {
  const r = runNpmScript('plan:pdf', args);
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
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

  it('makes a family’s copy only when nothing the other family must not have is left in it', async () => {
    const out = tempPath('copy.pdf');
    const refused = run(
      'tests/fixtures/plans/family-copies.json',
      out,
      '--edition',
      'birth-relative',
      '--for',
      'p-mother',
    );
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err).toContain('The birth-relative copy would print');
    expect(refused.err).toContain('arrangements.a-mother.avoid: "Maya"');
    expect(existsSync(out)).toBe(false);
    // Sarah's copy holds her arrangements only: the note on Leon's visits is not in it.
    expect(refused.err).not.toContain('a-leon');

    const wrong = run(
      'tests/fixtures/plans/family-copies.json',
      out,
      '--edition',
      'birth-relative',
      '--for',
      'p-rhian',
    );
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(
      'p-rhian is not a birth relative in this plan. Birth relatives: p-mother, p-leon, p-nana',
    );
    expect(run('tests/fixtures/plans/family-copies.json', out, '--for', 'p-mother').code).toBe(2);
    // With more than one birth relative, whose copy it is must be said, as in the builder.
    const whose = run('tests/fixtures/plans/family-copies.json', out, '--edition', 'birth-relative');
    expect(whose.code).toBe(2);
    expect(whose.err).toContain('--edition birth-relative needs --for, one of: p-mother, p-leon, p-nana');

    // With the child's first name known to both families it is made (the phone number is in Leon's
    // arrangement, not in hers).
    const plan = loadPlan('tests/fixtures/plans/family-copies.json');
    plan.protectedDetails = { ...NO_PROTECTED_DETAILS, childFirstNameShared: true };
    const clean = tempPath('clean.json');
    writeFileSync(clean, JSON.stringify(plan));
    const made = run(clean, out, '--edition', 'birth-relative', '--for', 'p-mother');
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(
      /^Wrote .*copy\.pdf: the birth-relative copy, \d+ pages, [\d.]+ KB, \d+ ms\. No plan file attached\.$/,
    );
    const bytes = new Uint8Array(readFileSync(out));
    expect(squash(pdfText(bytes))).toContain('Staying-in-touch plan: copy for Sarah');
    expect((await readPlanFromPdf(bytes)).ok).toBe(false);
  });

  it('makes the child’s plan in the words of the child’s age, and easy read for one birth relative', () => {
    const fixture = 'tests/fixtures/plans/family-copies.json';
    const out = tempPath('child.pdf');
    // Born 18 April 2021: under 8 on the day of --now.
    const child = run(fixture, out, '--edition', 'child', '--now', NOW.toISOString());
    expect(child.err).toBe('');
    expect(child.code).toBe(0);
    expect(child.out).toMatch(/^Wrote .*child\.pdf: the child copy, \d+ pages/);
    const text = squash(pdfText(new Uint8Array(readFileSync(out))));
    expect(text).toContain('Maya’s plan for keeping in touch');
    expect(text).toContain('The child’s plan, words for under 8');
    expect(run(fixture, out, '--edition', 'child', '--age-band', 'teen').code).toBe(0);
    expect(squash(pdfText(new Uint8Array(readFileSync(out))))).toContain('words for teenagers');

    // Easy read is one relative's: without --for, a plan with three says which ids there are.
    const which = run(fixture, out, '--edition', 'easy-read');
    expect(which.code).toBe(2);
    expect(which.err).toContain('--edition easy-read needs --for, one of: p-mother, p-leon, p-nana');
    expect(run(fixture, out, '--age-band', 'teen').code).toBe(2);

    // What it prints as written is checked: the adoptive family's surname in how letters are signed.
    const plan = loadPlan(fixture);
    const mother = plan.arrangements.find((a) => a.personIds.includes('p-mother') && a.writtenExchange)!;
    mother.writtenExchange!.signOffAs = 'Mum Sarah; Mum and Dad Price-Jones';
    const planted = tempPath('planted.json');
    writeFileSync(planted, JSON.stringify(plan));
    const refused = run(planted, tempPath('never.pdf'), '--edition', 'easy-read', '--for', 'p-mother');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`arrangements.${mother.id}.signOffAs: "Price-Jones"`);
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
