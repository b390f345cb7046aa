import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...files: string[]) => {
  const r = spawnSync('npx', ['tsx', 'scripts/plan-validate.ts', ...files], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim() };
};
const F = 'tests/fixtures/plans';

// Each test starts Node with tsx, which takes many seconds when the machine is busy.
describe('npm run plan:validate', { timeout: 120_000 }, () => {
  it('prints "Valid plan" and exits 0 for a valid file', () => {
    expect(run(`${F}/complete.json`)).toEqual({ code: 0, out: 'Valid plan' });
  });

  it('prints each problem as field.path: message and exits 1', () => {
    const r = run(`${F}/invalid-rules.json`);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'The file is not a valid plan: 4 problems found.',
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
    expect(run(`${F}/does-not-exist.json`)).toEqual({ code: 1, out: 'Cannot read the file: ENOENT' });
    expect(run().code).toBe(2);
  });
});
