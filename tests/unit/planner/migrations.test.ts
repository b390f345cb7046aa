import { describe, expect, it } from 'vitest';
import { migratePlanData } from '../../../src/planner/schema/migrations';
import { translator } from '../../../src/i18n/translator';
import { messageText } from '../../../src/i18n/keyedMessage';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePlan, fixtureText } from './fixtures';

/** Every plan file of format 1 kept from before format 2: the fixtures and the worked examples. */
const V1_DIR = 'tests/fixtures/plans/v1';
const V1_FILES = readdirSync(V1_DIR).filter((f) => f.endsWith('.json'));
/** Where the format 2 version of each lives now. */
const current = (name: string) =>
  name.startsWith('example-')
    ? join('src/planner/examples', name.slice('example-'.length))
    : name === 'signed-multilingual.json'
      ? undefined
      : join('tests/fixtures/plans', name);

describe('migrations', () => {
  it('leaves a current plan untouched', () => {
    const plan = fixturePlan('complete.json');
    expect(migratePlanData(plan)).toEqual({ ok: true, data: plan });
  });

  it('brings a version 0 prototype file up to the current version without losing anything', () => {
    const r = parsePlanFile(fixtureText('v0-prototype.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    const expected = { ...fixturePlan('complete.json'), id: 'fixture-v0' };
    expect(r.plan).toEqual(expected);
  });

  it.each(V1_FILES)('opens the format 1 file %s as format 2 without losing a word', (name) => {
    const text = readFileSync(join(V1_DIR, name), 'utf8');
    const v1 = JSON.parse(text);
    expect(v1.schemaVersion).toBe(1);
    const r = parsePlanFile(text);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.migratedFrom).toBe(1); // the builder says it was upgraded
    // Everything but the format number is as it was, earlier versions included.
    const renumber = (p: Record<string, unknown>) => ({ ...p, schemaVersion: 2 });
    expect(r.plan).toEqual({ ...renumber(v1), previousVersions: v1.previousVersions.map(renumber) });
    const now = current(name);
    if (now) expect(r.plan).toEqual(JSON.parse(readFileSync(now, 'utf8')));
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
      message: { key: 'planner.planFile.newerVersion', params: { version: 7, current: 2 } },
    });
    expect(words({ schemaVersion: 7 })).toMatch(
      /^This plan was saved by a newer version of the plan builder \(format version 7\)\. This builder reads format version 2 and older\./,
    );
    expect(words({ schemaVersion: 1.5 })).toMatch(/\(1\.5\) is not one this builder knows/);
    expect(migratePlanData({ schemaVersion: -1 })).toMatchObject({ ok: false });
    expect(words(null)).toMatch(/written as a JSON object/);
  });
});
