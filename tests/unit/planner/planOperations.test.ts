import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { readdirSync, readFileSync } from 'node:fs';
import {
  caseFromExample,
  createPlan,
  duplicatePlan,
  newId,
  planDisplayName,
  planFromExample,
  removalConsequences,
  removeItem,
  renamePlan,
  upsertItem,
} from '../../../src/planner/state/planOperations';
import { planSchema } from '../../../src/planner/schema/planSchema';
import { fixturePlan } from './fixtures';

const { t } = translator('en');

describe('plan operations', () => {
  it('makes ids that are unique and valid in the schema', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newId('p')));
    expect(ids.size).toBe(200);
    expect([...ids].every((id) => /^p-[0-9a-f]{8}$/.test(id))).toBe(true);
  });

  it('removing a person removes everything that refers to them, and the plan stays valid', () => {
    const plan = fixturePlan('complete.json');
    expect(removalConsequences(plan, 'p-mother')).toEqual({
      arrangements: 1,
      factors: 1,
      support: 1,
      views: 1,
      signOff: 0,
    });
    const after = removeItem(plan, 'people', 'p-mother');
    expect(after.people.map((p) => p.id)).toEqual(['p-leon', 'p-nana']);
    expect(after.arrangements.map((a) => a.id)).toEqual(['a-leon']);
    expect(after.factors.map((f) => f.id)).toEqual(['f-1', 'f-3']);
    expect(after.voices.others.map((v) => v.id)).toEqual(['v-1']);
    expect(planSchema.safeParse(after).success).toBe(true);
    expect(plan.people).toHaveLength(3); // input untouched
  });

  it('keeps the carer of a brother or sister who is removed, no longer saying whom they care for', () => {
    const plan = fixturePlan('complete.json');
    plan.people.push({ id: 'p-carer', name: 'Gwen', relationship: 'sibling_carer', caresForId: 'p-leon' });
    expect(planSchema.safeParse(plan).success).toBe(true);
    const after = removeItem(plan, 'people', 'p-leon');
    expect(after.people.find((p) => p.id === 'p-carer')).toEqual({
      id: 'p-carer',
      name: 'Gwen',
      relationship: 'sibling_carer',
    });
    expect(planSchema.safeParse(after).success).toBe(true);
  });

  it('keeps the name of someone removed where they organise, facilitate, provide support or own a task', () => {
    const plan = fixturePlan('complete.json');
    plan.people.push({ id: 'p-worker', name: 'Jo Bloggs', relationship: 'professional', role: 'Support worker' });
    plan.arrangements[0] = { ...plan.arrangements[0], organiserId: 'p-worker', professionalId: 'p-worker' };
    plan.support[0] = { ...plan.support[0], provider: '', providerId: 'p-worker' };
    plan.review.tasks = [{ id: 't-1', task: 'Book the room', owner: 'Team manager', ownerId: 'p-worker', due: '' }];
    expect(planSchema.safeParse(plan).success).toBe(true);
    const after = removeItem(plan, 'people', 'p-worker');
    expect(after.arrangements[0]).toMatchObject({ organiserName: 'Jo Bloggs', professionalName: 'Jo Bloggs' });
    expect(after.arrangements[0]).not.toHaveProperty('organiserId');
    expect(after.arrangements[0]).not.toHaveProperty('professionalId');
    expect(after.support[0]).toMatchObject({ provider: 'Jo Bloggs' });
    expect(after.support[0]).not.toHaveProperty('providerId');
    // Words already written stay as they are.
    expect(after.review.tasks[0]).toEqual({ id: 't-1', task: 'Book the room', owner: 'Team manager', due: '' });
    expect(planSchema.safeParse(after).success).toBe(true);
  });

  it("removes a person's sign-off with them, and keeps a signatory's name as the register says", () => {
    const plan = fixturePlan('complete.json');
    plan.people.push({ id: 'p-rhian', name: 'Rhian', relationship: 'adoptive_parent' });
    plan.signOff = [
      { id: 's-1', personId: 'p-rhian', name: 'Rhian', role: 'adoptive_parent', stance: 'agrees', date: '2026-11-30' },
      { id: 's-2', name: 'Alex Khan', role: 'social_worker', stance: 'agrees', date: '2026-11-30' },
    ];
    expect(removalConsequences(plan, 'p-rhian').signOff).toBe(1);
    const renamed = upsertItem(plan, 'people', { id: 'p-rhian', name: 'Rhian Evans', relationship: 'adoptive_parent' });
    expect(renamed.signOff.map((s) => s.name)).toEqual(['Rhian Evans', 'Alex Khan']);
    const after = removeItem(plan, 'people', 'p-rhian');
    expect(after.signOff.map((s) => s.id)).toEqual(['s-2']);
    expect(planSchema.safeParse(after).success).toBe(true);
  });

  it('keeps a shared arrangement when one of its people is removed', () => {
    const plan = fixturePlan('complete.json');
    plan.arrangements[0].personIds = ['p-leon', 'p-nana'];
    const after = removeItem(plan, 'people', 'p-nana');
    expect(after.arrangements[0].personIds).toEqual(['p-leon']);
  });

  it('adds an item at the end, or changes it in place', () => {
    const plan = fixturePlan('complete.json');
    const changed = upsertItem(plan, 'people', { ...plan.people[0], name: 'Sarah Jane' });
    expect(changed.people.map((p) => p.name)).toEqual(['Sarah Jane', 'Leon', 'Nana Merle']);
    const added = upsertItem(plan, 'people', { ...plan.people[0], id: 'p-new', name: 'Aunt Jo' });
    expect(added.people.map((p) => p.name)).toEqual(['Sarah', 'Leon', 'Nana Merle', 'Aunt Jo']);
  });

  it('names a plan by its title, else the child, else "Untitled plan"', () => {
    const plan = createPlan();
    expect(planDisplayName(plan, t)).toBe('Untitled plan');
    plan.child.name = 'Maya';
    expect(planDisplayName(plan, t)).toBe('Maya');
    plan.title = 'Maya and Leon';
    expect(planDisplayName(plan, t)).toBe('Maya and Leon');
  });

  it('a worked example opens as a new practice draft', () => {
    const example = { ...fixturePlan('complete.json'), practice: false };
    const plan = planFromExample(example, 'complete', new Date('2026-05-01T12:00:00Z'));
    expect(plan).toMatchObject({
      practice: true,
      exampleId: 'complete',
      status: 'draft',
      createdAt: '2026-05-01T12:00:00.000Z',
    });
    expect(plan.id).not.toBe(example.id);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('each worked example opens as a case only: facts and people given, every other section empty', () => {
    const dir = 'src/planner/examples';
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const empty = createPlan();
    for (const file of files) {
      const example = planSchema.parse(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
      const id = file.replace(/\.json$/, '');
      const plan = caseFromExample(example, id, t, new Date('2026-05-01T12:00:00Z'));
      expect(planSchema.safeParse(plan).success, file).toBe(true);
      expect(plan).toMatchObject({ practice: true, exampleId: id, status: 'draft', version: 1 });
      expect(plan.id).not.toBe(example.id);
      expect(plan.title).toBe(`${example.title} (case only)`);
      expect(plan.child).toEqual(example.child);
      expect(plan.people).toEqual(example.people);
      expect(plan.people.length, file).toBeGreaterThan(0);
      for (const section of ['purposes', 'factors', 'arrangements', 'support', 'voices', 'change', 'review'] as const)
        expect(plan[section], `${file} ${section}`).toEqual(empty[section]);
      expect(plan.signOff).toEqual([]);
      expect(plan.completedSections.every((s) => s === 'child' || s === 'people')).toBe(true);
    }
  });

  it('renames a draft, but never a signed-off plan (its title is part of what was signed)', () => {
    const draft = { ...fixturePlan('complete.json'), status: 'draft' as const };
    expect(renamePlan(draft, '  New title  ').title).toBe('New title');
    const signed = { ...draft, status: 'signed' as const };
    expect(renamePlan(signed, 'New title')).toBe(signed);
  });

  it('a duplicate drops sign-off and history', () => {
    const plan = fixturePlan('complete.json');
    plan.signOff = [{ id: 's', name: 'Sam', role: 'social_worker', stance: 'agrees' }];
    const copy = duplicatePlan(plan, t);
    expect(copy.title).toBe('Copy of Maya');
    expect(copy.signOff).toEqual([]);
    expect(planSchema.safeParse(copy).success).toBe(true);
  });
});
