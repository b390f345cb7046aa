import { describe, expect, it } from 'vitest';
import { COPYABLE_SECTIONS, isCopyable } from '../../../src/planner/state/hashRoute';
import { copyFromPlan, copyRefusal } from '../../../src/planner/state/copyFromPlan';
import { createPlan } from '../../../src/planner/state/planOperations';
import { LIMITS } from '../../../src/planner/schema/planVocabulary';
import { planSchema, type Plan } from '../../../src/planner/schema/planSchema';
import { examplePlan, exampleNames, fixturePlan } from './fixtures';

/** Ids made in order, so that results can be compared. */
const counter = () => {
  let n = 0;
  return (prefix: string) => `${prefix}-new${++n}`;
};

/** The complete fixture (a practice plan) with a professional, a carer and references everywhere. */
function sourcePlan(): Plan {
  const plan = fixturePlan('complete.json');
  plan.people.push(
    { id: 'p-worker', name: 'Jo Bloggs', relationship: 'professional', role: 'Letterbox coordinator' },
    { id: 'p-carer', name: 'Gwen', relationship: 'sibling_carer', caresForId: 'p-leon' },
  );
  plan.arrangements[0] = {
    ...plan.arrangements[0],
    personIds: ['p-leon', 'p-carer'],
    organiserId: 'p-worker',
    professionalId: 'p-worker',
  };
  plan.support[1] = { ...plan.support[1], providerId: 'p-worker' };
  plan.review.tasks[0] = { ...plan.review.tasks[0], ownerId: 'p-worker' };
  plan.review.history = [{ date: '2025-01-10', outcome: 'Kept as it was.' }];
  plan.signOff = [{ id: 's-1', name: 'Ann Social', role: 'social_worker', stance: 'agrees', date: '2025-02-01' }];
  plan.changeLog = [{ version: 1, at: '2025-02-01T10:00:00.000Z', by: 'Ann', summary: 'Signed' }];
  expect(planSchema.safeParse(plan).success).toBe(true);
  return plan;
}

/** A practice draft for a brother, with one person already in it. */
function targetPlan(): Plan {
  const plan = createPlan({ id: 'target', practice: true, now: new Date('2026-01-01T00:00:00Z') });
  plan.people.push({
    id: 'p-here',
    name: '  sarah ',
    relationship: 'birth_mother',
    knownToChild: 'yes',
    priority: 'now',
    whyImportant: 'Birth mother of both children.',
  });
  plan.factors.push({ id: 'f-here', party: 'child', kind: 'strength', description: 'Loves football', howManaged: '' });
  return plan;
}

const ok = (result: ReturnType<typeof copyFromPlan>) => {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
};

describe('copying from another plan on this device', () => {
  it('copies the people register with new ids, reusing who is already here by name and relationship', () => {
    const { plan, summary } = ok(copyFromPlan(targetPlan(), sourcePlan(), 'people', { makeId: counter() }));
    // Sarah (birth mother) is here already, written differently: named, not added again.
    expect(summary.reusedPeople.map((r) => [r.from.id, r.here.id])).toEqual([['p-mother', 'p-here']]);
    expect(summary.addedPeople.map(({ added }) => [added.id, added.name])).toEqual([
      ['p-new1', 'Leon'],
      ['p-new2', 'Nana Merle'],
      ['p-new3', 'Jo Bloggs'],
      ['p-new4', 'Gwen'],
    ]);
    expect(plan.people.map((p) => p.id)).toEqual(['p-here', 'p-new1', 'p-new2', 'p-new3', 'p-new4']);
    // Whom the carer cares for points at the copy of Leon, not at the other plan's Leon.
    expect(plan.people.find((p) => p.name === 'Gwen')?.caresForId).toBe('p-new1');
    expect(plan.factors).toEqual(targetPlan().factors);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('copies a section with new item ids and every reference remapped, bringing the people it names', () => {
    const source = sourcePlan();
    const { plan, summary } = ok(copyFromPlan(targetPlan(), source, 'arrangements', { makeId: counter() }));
    expect(summary.added).toEqual({ arrangements: 2 });
    // Leon, Gwen (who cares for Leon) and Jo are named by the arrangements; Sarah is already here.
    expect(summary.addedPeople.map(({ from }) => from.name)).toEqual(['Leon', 'Jo Bloggs', 'Gwen']);
    expect(summary.reusedPeople.map((r) => r.here.id)).toEqual(['p-here']);
    const ids = Object.fromEntries(plan.people.map((p) => [p.name, p.id]));
    const [leon, mother] = plan.arrangements;
    expect(leon).toMatchObject({
      personIds: [ids.Leon, ids.Gwen],
      organiserId: ids['Jo Bloggs'],
      professionalId: ids['Jo Bloggs'],
    });
    expect(mother.personIds).toEqual(['p-here']);
    expect(plan.arrangements.map((a) => a.id)).not.toContain('a-leon');
    expect(new Set(plan.arrangements.map((a) => a.id)).size).toBe(2);
    expect(plan.people.find((p) => p.id === ids.Gwen)?.caresForId).toBe(ids.Leon);
    // Nana Merle is named by nothing copied, so she stays in the other plan only.
    expect(plan.people.some((p) => p.name === 'Nana Merle')).toBe(false);
    // The other plan's words are copied whole, under the new ids.
    expect({ ...leon, id: 'x', personIds: [], organiserId: '', professionalId: '' }).toEqual({
      ...source.arrangements[0],
      id: 'x',
      personIds: [],
      organiserId: '',
      professionalId: '',
    });
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('remaps strengths, support, views and task owners to the people here', () => {
    const target = targetPlan();
    for (const section of ['factors', 'support', 'voices', 'review'] as const) {
      const { plan } = ok(copyFromPlan(target, sourcePlan(), section, { makeId: counter() }));
      const known = new Set(plan.people.map((p) => p.id));
      const refs = [
        ...plan.factors.map((f) => f.personId),
        ...plan.support.flatMap((s) => [s.personId, s.providerId]),
        ...plan.voices.others.map((v) => v.personId),
        ...plan.review.tasks.map((t) => t.ownerId),
      ].filter((id): id is string => !!id);
      expect(refs.every((id) => known.has(id))).toBe(true);
      expect(refs.some((id) => id.startsWith('p-mother') || id === 'p-worker')).toBe(false);
      expect(planSchema.safeParse(plan).success).toBe(true);
    }
    const { plan } = ok(copyFromPlan(target, sourcePlan(), 'factors', { makeId: counter() }));
    expect(plan.factors.find((f) => f.description === sourcePlan().factors[1].description)?.personId).toBe('p-here');
  });

  it('adds to lists and loses nothing from the plan it copies into', () => {
    const target = targetPlan();
    target.arrangements.push({
      id: 'a-here',
      personIds: ['p-here'],
      purposes: ['ease_loss'],
      form: 'postal_exchange',
      notes: 'Already agreed.',
    });
    target.change.stages.push({ id: 'st-here', when: 'At 16', changes: 'Review the letterbox.' });
    target.review.tasks.push({ id: 't-here', task: 'Tell the school', owner: 'Parents', due: '' });
    for (const section of COPYABLE_SECTIONS) {
      const result = copyFromPlan(target, sourcePlan(), section, { makeId: counter(), replace: false });
      const { plan } = ok(result);
      expect(plan.people.slice(0, 1)).toEqual(target.people);
      expect(plan.factors.slice(0, 1)).toEqual(target.factors);
      expect(plan.arrangements.slice(0, 1)).toEqual(target.arrangements);
      expect(plan.change.stages.slice(0, 1)).toEqual(target.change.stages);
      expect(plan.review.tasks.slice(0, 1)).toEqual(target.review.tasks);
      expect(plan.purposes).toEqual(target.purposes);
      expect(plan.voices.child).toEqual(target.voices.child);
      expect({ ...plan.review, tasks: [] }).toEqual({ ...target.review, tasks: [] });
      expect(plan.id).toBe('target');
      expect(planSchema.safeParse(plan).success).toBe(true);
    }
  });

  it('replaces an answer of one value only when asked, and says which it can replace', () => {
    const target = targetPlan();
    target.purposes = { selected: ['ease_loss'], other: '', summary: 'Ours.', ifMeetingUnsafe: '' };
    const kept = ok(copyFromPlan(target, sourcePlan(), 'purposes'));
    expect(kept.summary).toMatchObject({ replaceable: ['purposes'], replaced: [] });
    expect(kept.plan.purposes).toEqual(target.purposes);
    const replaced = ok(copyFromPlan(target, sourcePlan(), 'purposes', { replace: true }));
    expect(replaced.summary.replaced).toEqual(['purposes']);
    expect(replaced.plan.purposes).toEqual(sourcePlan().purposes);
  });

  it('replaces the review details but adds the tasks and never copies the record of earlier reviews', () => {
    const target = targetPlan();
    target.review.history = [{ date: '2025-06-01', outcome: 'Our own review.' }];
    target.review.tasks = [{ id: 't-here', task: 'Ours', owner: 'Parents', due: '' }];
    const source = sourcePlan();
    source.review = { ...source.review, nextDate: '2027-03-01', intervalMonths: 12, convenor: 'IRO' };
    const { plan, summary } = ok(copyFromPlan(target, source, 'review', { replace: true, makeId: counter() }));
    expect(summary).toMatchObject({ replaceable: ['reviewDetails'], replaced: ['reviewDetails'], added: { tasks: 1 } });
    expect(plan.review).toMatchObject({ nextDate: '2027-03-01', intervalMonths: 12, convenor: 'IRO' });
    expect(plan.review.history).toEqual(target.review.history);
    expect(plan.review.tasks.map((t) => t.id)).toEqual(['t-here', 't-new2']);
    expect(plan.review.tasks[1].ownerId).toBe('p-new1');
  });

  it('replaces the child’s own voice only when asked, and adds the views of others', () => {
    const source = sourcePlan();
    source.voices.child = {
      wishes: 'To see Leon.',
      ownWords: '',
      methods: ['conversation'],
      date: '',
      notGivenReason: '',
    };
    const target = targetPlan();
    const kept = ok(copyFromPlan(target, source, 'voices', { makeId: counter() }));
    expect(kept.summary).toMatchObject({ replaceable: ['childVoice'], replaced: [], added: { views: 2 } });
    expect(kept.plan.voices.child).toEqual(target.voices.child);
    const replaced = ok(copyFromPlan(target, source, 'voices', { replace: true, makeId: counter() }));
    expect(replaced.plan.voices.child).toEqual(source.voices.child);
  });

  it('never copies sign-off, the change log or earlier versions', () => {
    const source = sourcePlan();
    source.previousVersions = [];
    for (const section of COPYABLE_SECTIONS) {
      const { plan } = ok(copyFromPlan(targetPlan(), source, section, { replace: true }));
      expect(plan.signOff).toEqual([]);
      expect(plan.changeLog).toEqual([]);
      expect(plan.previousVersions).toEqual([]);
      expect(plan.status).toBe('draft');
    }
  });

  it('refuses practice plans into real ones, real into practice, the plan itself and a signed plan', () => {
    const real = { ...targetPlan(), practice: false };
    expect(copyFromPlan(real, sourcePlan(), 'people')).toEqual({ ok: false, reason: 'practiceIntoReal' });
    expect(copyFromPlan(targetPlan(), { ...sourcePlan(), practice: false }, 'people')).toEqual({
      ok: false,
      reason: 'realIntoPractice',
    });
    expect(copyRefusal(targetPlan(), targetPlan())).toBe('samePlan');
    expect(copyFromPlan({ ...targetPlan(), status: 'signed' }, sourcePlan(), 'people')).toEqual({
      ok: false,
      reason: 'targetSigned',
    });
    expect(copyRefusal(targetPlan(), sourcePlan())).toBeUndefined();
  });

  it('says when there is nothing to copy, and who is already here', () => {
    const empty = createPlan({ practice: true });
    expect(copyFromPlan(targetPlan(), empty, 'arrangements')).toMatchObject({ ok: false, reason: 'nothingToCopy' });
    expect(copyFromPlan(targetPlan(), empty, 'purposes')).toMatchObject({ ok: false, reason: 'nothingToCopy' });
    const onlySarah = { ...empty, people: [sourcePlan().people[0]] };
    const result = copyFromPlan(targetPlan(), onlySarah, 'people');
    expect(result).toMatchObject({ ok: false, reason: 'nothingToCopy' });
    expect(result.summary?.reusedPeople.map((r) => r.here.id)).toEqual(['p-here']);
  });

  it('refuses a copy that would take a list past its limit', () => {
    const target = targetPlan();
    target.people = Array.from({ length: LIMITS.people }, (_, i) => ({
      id: `p-${i}`,
      name: `Person ${i}`,
      relationship: 'professional' as const,
    }));
    target.factors = [];
    const result = copyFromPlan(target, sourcePlan(), 'people');
    expect(result).toMatchObject({
      ok: false,
      reason: 'tooMany',
      summary: { overflow: { list: 'people', limit: 40 } },
    });
  });

  it('refuses, rather than saves, what would not be a valid plan', () => {
    const damaged = sourcePlan();
    damaged.factors[0] = { ...damaged.factors[0], kind: 'challenge', howManaged: '' };
    damaged.factors[0].description = 'x'.repeat(LIMITS.text + 1);
    expect(copyFromPlan(targetPlan(), damaged, 'factors')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('copies every worked example into another practice plan and keeps it valid', () => {
    for (const name of exampleNames()) {
      const source = examplePlan(name);
      for (const section of COPYABLE_SECTIONS) {
        const result = copyFromPlan(targetPlan(), source, section, { replace: true });
        if (!result.ok) expect(result.reason, `${name} ${section}`).toBe('nothingToCopy');
        else expect(planSchema.safeParse(result.plan).success, `${name} ${section}`).toBe(true);
      }
    }
  });

  it('does not offer the child’s section or sign-off', () => {
    expect(isCopyable('child')).toBe(false);
    expect(isCopyable('signoff')).toBe(false);
    expect(isCopyable('people')).toBe(true);
  });
});
