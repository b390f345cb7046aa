import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { protectedDetailsOfPlan } from '../../../src/planner/state/protectedDetails';
import { fixturePlan } from './fixtures';

const withPeople = (childName: string, adopters: string[]): Plan => {
  const plan = fixturePlan('complete.json');
  return {
    ...plan,
    child: { ...plan.child, name: childName },
    people: [
      ...plan.people,
      ...adopters.map((name, i) => ({ id: `p-adopter-${i}`, name, relationship: 'adoptive_parent' as const })),
    ],
  };
};

describe('the protected details a plan holds', () => {
  it("lists the adoptive parents' names and surnames and the child's name, once each", () => {
    const details = protectedDetailsOfPlan(
      withPeople(' Ellie  Price-Jones ', ['Sarah Price-Jones', 'James Price-Jones']),
    );
    expect(details).toEqual([
      { kind: 'name', text: 'Sarah Price-Jones', whose: 'p-adopter-0', side: 'adoptive' },
      { kind: 'surname', text: 'Price-Jones', whose: 'p-adopter-0', side: 'adoptive' },
      { kind: 'name', text: 'James Price-Jones', whose: 'p-adopter-1', side: 'adoptive' },
      { kind: 'name', text: 'Ellie Price-Jones', whose: 'child', side: 'adoptive' },
    ]);
  });

  it('leaves out the birth relatives and an empty name, and invents no surname for one word', () => {
    const plan = withPeople('', ['Sam']);
    expect(plan.people.some((p) => p.relationship === 'birth_mother')).toBe(true);
    expect(protectedDetailsOfPlan(plan)).toEqual([
      { kind: 'name', text: 'Sam', whose: 'p-adopter-0', side: 'adoptive' },
    ]);
  });
});
