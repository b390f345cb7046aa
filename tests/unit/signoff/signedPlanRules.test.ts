import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/planner/schema/planVocabulary';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { SIGNATURE_RULES, unmetSignatureRules } from '../../../src/planner/signoff/signedPlanRules';

const signed: Plan = JSON.parse(readFileSync('tests/unit/pdf/fixtures/signed-multilingual.json', 'utf8'));
const TODAY = '2026-12-01';

describe('a plan that says it is signed off', () => {
  it('has sign-off rules for every format the builder reads', () => {
    for (let format = 0; format <= SCHEMA_VERSION; format++) expect(SIGNATURE_RULES[format]).toBeTypeOf('function');
  });

  it('holds when its signatories meet the rules; a drawn signature is not needed', () => {
    expect(unmetSignatureRules(signed, 1, TODAY)).toEqual([]);
    const typedOnly = signed.signOff.map(({ signature: _drawn, ...typed }) => typed);
    expect(unmetSignatureRules({ ...signed, signOff: typedOnly }, 1, TODAY)).toEqual([]);
  });

  it('is refused as signed with no signatories, in every format', () => {
    for (let format = 0; format <= SCHEMA_VERSION; format++) {
      expect(unmetSignatureRules({ ...signed, signOff: [] }, format, TODAY)).toEqual([
        { path: 'signOff', message: { key: 'signoff.rule.socialWorker' } },
        { path: 'signOff', message: { key: 'signoff.rule.adoptiveParents' } },
      ]);
    }
  });

  it('is refused as signed when only some have signed, or a date is after the day it is judged', () => {
    const onlyParents = signed.signOff.filter((s) => s.role !== 'social_worker');
    expect(unmetSignatureRules({ ...signed, signOff: onlyParents }, 1, TODAY).map((u) => u.message.key)).toEqual([
      'signoff.rule.socialWorker',
    ]);
    const late = signed.signOff.map((s, i) => (i === 0 ? { ...s, date: '2027-01-01' } : s));
    expect(unmetSignatureRules({ ...signed, signOff: late }, 1, TODAY)).toEqual([
      { path: 'signOff.0', message: expect.objectContaining({ key: 'signoff.rule.signatoryDate.future' }) },
    ]);
  });

  it('checks earlier versions that say they were signed too', () => {
    const earlier = { ...signed, version: 1, signOff: [] };
    expect(
      unmetSignatureRules({ ...signed, version: 2, previousVersions: [earlier] }, 1, TODAY).map((u) => u.path),
    ).toEqual(['previousVersions.0.signOff', 'previousVersions.0.signOff']);
  });

  it('asks nothing of a plan that does not say it is signed off', () => {
    expect(unmetSignatureRules({ ...signed, status: 'ready', signOff: [] }, 1, TODAY)).toEqual([]);
  });
});
