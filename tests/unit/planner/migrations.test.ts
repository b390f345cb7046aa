import { describe, expect, it } from 'vitest';
import { migratePlanData } from '../../../src/planner/schema/migrations';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { fixturePlan, fixtureText } from './fixtures';

describe('migrations', () => {
  it('leaves a current plan untouched', () => {
    const plan = fixturePlan('complete.json');
    expect(migratePlanData(plan)).toEqual({ ok: true, data: plan });
  });

  it('brings a version 0 prototype file up to version 1 without losing anything', () => {
    const r = parsePlanFile(fixtureText('v0-prototype.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    const expected = { ...fixturePlan('complete.json'), id: 'fixture-v0' };
    expect(r.plan).toEqual(expected);
  });

  it('does not modify its input', () => {
    const v0 = JSON.parse(fixtureText('v0-prototype.json'));
    const before = JSON.stringify(v0);
    migratePlanData(v0);
    expect(JSON.stringify(v0)).toBe(before);
  });

  it('refuses newer and unknown versions with a plain message', () => {
    expect(migratePlanData({ schemaVersion: 7 })).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^This plan was saved by a newer version of the plan builder \(format version 7\)/,
      ),
    });
    expect(migratePlanData({ schemaVersion: 1.5 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not one this builder knows/),
    });
    expect(migratePlanData({ schemaVersion: -1 })).toMatchObject({ ok: false });
    expect(migratePlanData(null)).toMatchObject({ ok: false });
  });
});
