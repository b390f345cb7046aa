import { describe, expect, it } from 'vitest';
import { migratePlanData } from '../../../src/planner/schema/migrations';
import { translator } from '../../../src/i18n/translator';
import { messageText } from '../../../src/i18n/keyedMessage';
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
    const words = (data: unknown) => {
      const r = migratePlanData(data);
      return r.ok ? undefined : messageText(translator('en').t, r.message);
    };
    expect(migratePlanData({ schemaVersion: 7 })).toEqual({
      ok: false,
      message: { key: 'planner.planFile.newerVersion', params: { version: 7, current: 1 } },
    });
    expect(words({ schemaVersion: 7 })).toMatch(
      /^This plan was saved by a newer version of the plan builder \(format version 7\)\. This builder reads format version 1 and older\./,
    );
    expect(words({ schemaVersion: 1.5 })).toMatch(/\(1\.5\) is not one this builder knows/);
    expect(migratePlanData({ schemaVersion: -1 })).toMatchObject({ ok: false });
    expect(words(null)).toMatch(/written as a JSON object/);
  });
});
