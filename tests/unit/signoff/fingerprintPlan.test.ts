import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import {
  EXCLUDED_KEYS,
  canonicalJson,
  canonicalPlanText,
  fingerprintPlan,
  sha256Hex,
} from '../../../src/planner/signoff/fingerprintPlan';

const plan = JSON.parse(readFileSync('tests/unit/pdf/fixtures/signed-multilingual.json', 'utf8'));
type Fixture = {
  people: { id: string }[];
  signOff: object[];
  arrangements: object[];
  support: object[];
  review: object;
};

/** Rebuilds a value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((k) => [k, reverseKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

describe('canonical JSON', () => {
  it('sorts keys, drops whitespace and undefined members, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, 1, { d: 'x', c: undefined }], e: null })).toBe(
      '{"a":[3,1,{"d":"x"}],"b":1,"e":null}',
    );
  });

  it('escapes strings as JSON does and keeps non-Latin text as is', () => {
    expect(canonicalJson({ name: 'Łucja "Ł" \\ \n' })).toBe(JSON.stringify({ name: 'Łucja "Ł" \\ \n' }));
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });
});

describe('the plan fingerprint', () => {
  it('is the SHA-256 of the canonical text, as 64 hex characters', async () => {
    const fp = await fingerprintPlan(plan);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(fp).toBe(createHash('sha256').update(canonicalPlanText(plan), 'utf8').digest('hex'));
  });

  it('does not change when keys are reordered', async () => {
    expect(await fingerprintPlan(reverseKeys(plan))).toBe(await fingerprintPlan(plan));
  });

  it('does not change when only updatedAt or the earlier versions change', async () => {
    const base = await fingerprintPlan(plan);
    expect(await fingerprintPlan({ ...plan, updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(base);
    expect(await fingerprintPlan({ ...plan, previousVersions: [{ ...plan, version: 0 }] })).toBe(base);
    expect(EXCLUDED_KEYS).toContain('updatedAt');
  });

  it('changes when any content changes, however small', async () => {
    const base = await fingerprintPlan(plan);
    const variants = [
      { ...plan, version: 2 },
      { ...plan, child: { ...plan.child, name: 'Eluned Ŵyn Ŷwaín' } },
      { ...plan, people: [...plan.people].reverse() },
      {
        ...plan,
        signOff: plan.signOff.map((s: { stance: string }, i: number) => (i === 4 ? { ...s, stance: 'agrees' } : s)),
      },
      { ...plan, review: { ...plan.review, nextDate: '2027-05-15' } },
    ];
    for (const v of variants) expect(await fingerprintPlan(v)).not.toBe(base);
  });

  it('hashes raw bytes too', async () => {
    expect(await sha256Hex(new Uint8Array([97, 98, 99]))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

/** The signed fixture as the prototype builder (format 0) wrote plans: three fields had older names. */
function asFormat0(v1: Record<string, unknown>): Record<string, unknown> {
  const { practice, purposes, child, ...rest } = v1 as {
    practice: boolean;
    purposes: { summary?: string };
    child: { name: string };
  };
  const { summary, ...otherPurposes } = purposes;
  const { name, ...otherChild } = child;
  return {
    ...rest,
    schemaVersion: 0,
    trainingMode: practice,
    purposeSummary: summary,
    purposes: otherPurposes,
    child: { ...otherChild, displayName: name },
  };
}

describe('the fingerprint across plan formats', () => {
  /**
   * Fingerprints recorded for the signed fixture, written on case records at sign-off. They must
   * never change: if a new format or migration step changes one, every recorded fingerprint of a
   * plan in that format stops matching.
   */
  const RECORDED = 'f434ab5b886be31493fffb0bfc603a0d433f86d92628dcb82e9de3e227f3ad28';

  it('is the one recorded at sign-off, for the current format and for format 0', async () => {
    expect(plan.schemaVersion).toBe(1);
    expect(await fingerprintPlan(plan)).toBe(RECORDED);
    expect(await fingerprintPlan(asFormat0(plan))).toBe(RECORDED);
  });

  it('is kept when a signed plan is migrated to the current format', async () => {
    for (const [old, format] of [
      [asFormat0(plan), 0],
      [plan, 1],
    ] as const) {
      const opened = parsePlanFile(JSON.stringify(old));
      expect(opened.ok && opened.migratedFrom).toBe(format);
      if (!opened.ok) return;
      expect(opened.plan.status).toBe('signed');
      expect(opened.plan).toEqual({ ...plan, schemaVersion: 2 });
      expect(await fingerprintPlan(opened.plan)).toBe(RECORDED);
    }
  });

  it('covers what only format 2 can say as format 2', async () => {
    const v2 = { ...plan, schemaVersion: 2 };
    expect(await fingerprintPlan(v2)).toBe(RECORDED); // nothing new: hashed as format 1
    const withLanguages = {
      ...v2,
      people: v2.people.map((p: object, i: number) => (i === 0 ? { ...p, languages: 'Polish' } : p)),
    };
    const asFormat1 = canonicalPlanText(withLanguages);
    expect(asFormat1).toContain('"schemaVersion":2');
    expect(await fingerprintPlan(withLanguages)).not.toBe(RECORDED);
    const adoptiveParent = { id: 'ap1', name: 'Rhian', relationship: 'adoptive_parent' };
    expect(canonicalPlanText({ ...v2, people: [...v2.people, adoptiveParent] })).toContain('"schemaVersion":2');
  });

  it.each([
    [
      'a signatory linked to the register',
      (p: Fixture) => ({ signOff: [{ ...p.signOff[0], personId: p.people[0].id }] }),
    ],
    ['a named organiser', (p: Fixture) => ({ arrangements: [{ ...p.arrangements[0], organiserName: 'Jo Bloggs' }] })],
    [
      'a professional from the register',
      (p: Fixture) => ({ arrangements: [{ ...p.arrangements[0], professionalId: p.people[0].id }] }),
    ],
    [
      'a support provider from the register',
      (p: Fixture) => ({ support: [{ ...p.support[0], providerId: p.people[0].id }] }),
    ],
    [
      'a task owner from the register',
      (p: Fixture) => ({
        review: { ...p.review, tasks: [{ id: 't1', task: 'Post', owner: '', ownerId: p.people[0].id, due: '' }] },
      }),
    ],
    [
      'an arrangement asked for and not agreed',
      (p: Fixture) => ({
        arrangements: [{ ...p.arrangements[0], agreement: 'asked_for', askedById: p.people[0].id }],
      }),
    ],
    [
      'a visit with birthday cards',
      (p: Fixture) => ({ arrangements: [{ ...p.arrangements[0], form: 'meet_up', alsoForms: ['postal_exchange'] }] }),
    ],
    [
      'months and lengths not known yet',
      (p: Fixture) => ({ arrangements: [{ ...p.arrangements[0], monthsNotKnown: true, lengthNotKnown: true }] }),
    ],
    [
      'a "none for now" with a reason and no purpose',
      (p: Fixture) => ({
        arrangements: [{ ...p.arrangements[0], form: 'none_now', purposes: [], noneReason: 'Whereabouts unknown' }],
      }),
    ],
    ['support whose length is not known yet', (p: Fixture) => ({ support: [{ ...p.support[0], span: 'not_known' }] })],
  ])('hashes %s as format 2', async (_, change) => {
    const v2 = { ...plan, schemaVersion: 2 } as Fixture;
    const changed = { ...v2, ...change(v2) };
    expect(canonicalPlanText(changed)).toContain('"schemaVersion":2');
    expect(await fingerprintPlan(changed)).not.toBe(RECORDED);
  });

  it('still sees a change made to a plan in an older format', async () => {
    const old = asFormat0(plan) as { child: Record<string, unknown> };
    expect(await fingerprintPlan({ ...old, child: { ...old.child, displayName: 'Someone else' } })).not.toBe(RECORDED);
  });
});
