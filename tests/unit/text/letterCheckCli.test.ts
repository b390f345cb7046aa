import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/catalogue';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { protectedDetailsOfPlan } from '../../../src/planner/state/protectedDetails';
import { FINDING_TYPES, findIdentifyingDetails } from '../../../src/planner/text/identifyingDetails';
import { runNpmScript } from '../npmScript';

const run = (...args: string[]) => {
  const r = runNpmScript('letter:check', args);
  return { code: r.status, out: r.stdout, err: r.stderr.trim() };
};

const LETTERS = 'tests/fixtures/letters';
const english = CATALOGUES.en as Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'letter-check-'));

/** The complete fixture plan with the adoptive family of the adoptive parents' fixture letter. */
function planWithAdoptiveParents(): { path: string; plan: Plan } {
  const plan = JSON.parse(readFileSync('tests/fixtures/plans/complete.json', 'utf8')) as Plan;
  plan.child.name = 'Ellie Price-Jones';
  plan.people.push(
    { id: 'p-adopter-1', name: 'Sarah Price-Jones', relationship: 'adoptive_parent' },
    { id: 'p-adopter-2', name: 'James Price-Jones', relationship: 'adoptive_parent' },
  );
  const path = join(dir, 'plan.json');
  writeFileSync(path, JSON.stringify(plan));
  const parsed = parsePlanFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`the test plan is not valid: ${JSON.stringify(parsed.issues)}`);
  return { path, plan: parsed.plan };
}

// Each test starts Node with tsx, which takes many seconds when the machine is busy.
describe('npm run letter:check', { timeout: 120_000 }, () => {
  it('prints only the findings as JSON, each with its English reason, and exits 1', () => {
    const letterPath = `${LETTERS}/birth-relative-cy.txt`;
    const letter = readFileSync(letterPath, 'utf8');
    const r = run(letterPath);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const printed = JSON.parse(r.out) as { type: string; text: string; start: number; end: number; reason: string }[];
    expect(printed).toEqual(
      findIdentifyingDetails(letter).map(({ type, text, start, end }) => ({
        type,
        text,
        start,
        end,
        reason: english[`letters.finding.${type}`],
      })),
    );
    expect(printed.length).toBeGreaterThan(5);
    for (const f of printed) expect(letter.slice(f.start, f.end)).toBe(f.text);
    expect(printed.find((f) => f.type === 'phone')?.reason).toBe(
      'A phone number: it would let someone get in touch directly, outside the agreed arrangements.',
    );
  });

  it('finds the names a plan protects with --plan', () => {
    const { path, plan } = planWithAdoptiveParents();
    const letterPath = `${LETTERS}/adoptive-parents-en.txt`;
    const letter = readFileSync(letterPath, 'utf8');
    const r = run(letterPath, '--plan', path);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const printed = JSON.parse(r.out) as { type: string; text: string }[];
    const expected = findIdentifyingDetails(letter, protectedDetailsOfPlan(plan));
    expect(printed.map((f) => `${f.type}:${f.text}`)).toEqual(expected.map((f) => `${f.type}:${f.text}`));
    expect(printed.map((f) => `${f.type}:${f.text}`)).toEqual(
      expect.arrayContaining(['name:Ellie Price-Jones', 'name:James Price-Jones']),
    );
    // Without the plan, the names are not known: only the patterns are found.
    const withoutPlan = JSON.parse(run(letterPath).out) as { type: string }[];
    expect(withoutPlan.some((f) => f.type === 'name' || f.type === 'surname')).toBe(false);
  });

  it('gives the reasons in Welsh with --lang cy, and the same findings', () => {
    const letterPath = `${LETTERS}/birth-relative-cy.txt`;
    const inEnglish = JSON.parse(run(letterPath).out) as { type: string; reason: string }[];
    const r = run(letterPath, '--lang', 'cy');
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const inWelsh = JSON.parse(r.out) as { type: string; reason: string }[];
    const welsh = CATALOGUES.cy as Record<string, string>;
    expect(inWelsh.map(({ reason, ...rest }) => rest)).toEqual(inEnglish.map(({ reason, ...rest }) => rest));
    expect(inWelsh.map((f) => f.reason)).toEqual(inWelsh.map((f) => welsh[`letters.finding.${f.type}`]));
    expect(inWelsh.find((f) => f.type === 'phone')?.reason).toMatch(/^Rhif ffôn/);
  });

  it('counts offsets in the text as read, byte-order mark included', () => {
    const path = join(dir, 'bom.txt');
    writeFileSync(path, '\uFEFFRing 07700 900123');
    const r = run(path);
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.out) as { text: string; start: number; end: number }[];
    expect(finding).toMatchObject({ text: '07700 900123', start: 6, end: 18 });
    expect(readFileSync(path, 'utf8').slice(finding.start, finding.end)).toBe('07700 900123');
  });

  it('prints an empty array and exits 0 for a clean letter', () => {
    const r = run(`${LETTERS}/clean-adoptive-parents-en.txt`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it('exits 2 with a plain message for a letter it cannot read, and prints nothing on standard output', () => {
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    for (const [path, message] of [
      [join(dir, 'missing.txt'), 'there is no such file'],
      [dir, 'it is a folder'],
      [binary, 'is not text: save it as plain text (UTF-8)'],
    ]) {
      const r = run(path);
      expect(r.code, path).toBe(2);
      expect(r.err).toContain(message);
      expect(r.out).toBe('');
    }
  });

  it('exits 2 on wrong usage or a plan that is not valid', () => {
    const usage = 'Usage: npm run letter:check -- <letter.txt> [--plan <plan.json>] [--lang en|cy]';
    expect(run()).toMatchObject({ code: 2, err: usage, out: '' });
    expect(run(`${LETTERS}/clean-adoptive-parents-en.txt`, '--names', 'x').code).toBe(2);
    expect(run(`${LETTERS}/clean-adoptive-parents-en.txt`, '--plan').err).toContain('--plan needs the path');
    expect(run(`${LETTERS}/clean-adoptive-parents-en.txt`, '--lang', 'fr')).toMatchObject({ code: 2, out: '' });
    expect(run(`${LETTERS}/clean-adoptive-parents-en.txt`, '--lang').code).toBe(2);
    const invalid = run(
      `${LETTERS}/clean-adoptive-parents-en.txt`,
      '--plan',
      'tests/fixtures/plans/invalid-rules.json',
    );
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('The file is not a valid plan');
  });
});

describe('the reasons', () => {
  it('has an English reason for every kind of finding', () => {
    for (const type of FINDING_TYPES) expect(english[`letters.finding.${type}`], type).toMatch(/^[A-Z].+\.$/);
  });
});
