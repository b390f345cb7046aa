import { describe, expect, it } from 'vitest';
import { BIRTH_FAMILY_RELATIONSHIPS, NO_PROTECTED_DETAILS } from '../../../src/planner/schema/planVocabulary';
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
  it("lists the adoptive parents' and the child's names, surnames and first names, once each", () => {
    const details = protectedDetailsOfPlan(
      withPeople(' Ellie  Price-Jones ', ['Sarah Price-Jones', 'James Price-Jones']),
    );
    expect(details).toEqual([
      { kind: 'name', text: 'Sarah Price-Jones', whose: 'p-adopter-0', side: 'adoptive' },
      { kind: 'surname', text: 'Price-Jones', whose: 'p-adopter-0', side: 'adoptive' },
      { kind: 'name', text: 'Sarah', whose: 'p-adopter-0', side: 'adoptive' },
      { kind: 'name', text: 'James Price-Jones', whose: 'p-adopter-1', side: 'adoptive' },
      { kind: 'name', text: 'James', whose: 'p-adopter-1', side: 'adoptive' },
      { kind: 'name', text: 'Ellie Price-Jones', whose: 'child', side: 'adoptive' },
      { kind: 'name', text: 'Ellie', whose: 'child', side: 'adoptive' },
    ]);
  });

  it('leaves out the birth relatives and an empty name, and invents no surname for one word', () => {
    const plan = withPeople('', ['Sam']);
    expect(plan.people.some((p) => p.relationship === 'birth_mother')).toBe(true);
    expect(protectedDetailsOfPlan(plan)).toEqual([
      { kind: 'name', text: 'Sam', whose: 'p-adopter-0', side: 'adoptive' },
    ]);
  });

  it('lets first names through where the plan says both families know them', () => {
    const plan = withPeople('Ellie Price', ['Sarah Price', 'Sam']);
    plan.protectedDetails = {
      ...NO_PROTECTED_DETAILS,
      childFirstNameShared: true,
      sharedFirstNameIds: ['p-adopter-1'],
    };
    expect(protectedDetailsOfPlan(plan).map((d) => d.text)).toEqual(['Sarah Price', 'Price', 'Sarah', 'Ellie Price']);
  });

  it("adds what the plan's protected details hold, one detail per line", () => {
    const plan = withPeople('Ellie', []);
    plan.protectedDetails = {
      ...NO_PROTECTED_DETAILS,
      surnames: 'Price\n\n  Morgan-Lloyd ',
      childNewName: 'Ellie-Mae Morgan',
      address: '12 Oak Road, Bridgend',
      town: 'Bridgend',
      school: 'Ysgol y Graig',
      otherAdoptive: 'Bridgend Harriers running club\r\nthe Red Lion, where James works',
      otherBirth: 'Flat 3, Tŷ Gwyn',
    };
    expect(protectedDetailsOfPlan(plan)).toEqual([
      { kind: 'name', text: 'Ellie', whose: 'child', side: 'adoptive' },
      { kind: 'name', text: 'Ellie-Mae Morgan', whose: 'child', side: 'adoptive' },
      { kind: 'surname', text: 'Morgan', whose: 'child', side: 'adoptive' },
      { kind: 'name', text: 'Ellie-Mae', whose: 'child', side: 'adoptive' },
      { kind: 'surname', text: 'Price', whose: 'family', side: 'adoptive' },
      { kind: 'surname', text: 'Morgan-Lloyd', whose: 'family', side: 'adoptive' },
      { kind: 'address', text: '12 Oak Road, Bridgend', whose: 'family', side: 'adoptive' },
      { kind: 'town', text: 'Bridgend', whose: 'family', side: 'adoptive' },
      { kind: 'school', text: 'Ysgol y Graig', whose: 'child', side: 'adoptive' },
      { kind: 'other', text: 'Bridgend Harriers running club', whose: 'family', side: 'adoptive' },
      { kind: 'other', text: 'the Red Lion, where James works', whose: 'family', side: 'adoptive' },
    ]);
  });

  it("for the adoptive family's copy, lists the birth relatives and their details, not the adopters", () => {
    const plan = withPeople('Ellie Price', ['Sarah Price']);
    const relatives = plan.people.filter((p) => BIRTH_FAMILY_RELATIONSHIPS.includes(p.relationship));
    expect(relatives.length).toBeGreaterThan(0);
    plan.protectedDetails = {
      ...NO_PROTECTED_DETAILS,
      otherBirth: '07700 900123',
      sharedFirstNameIds: [relatives[0].id],
    };
    const details = protectedDetailsOfPlan(plan, 'adoptive');
    expect(details.every((d) => d.side === 'birth')).toBe(true);
    expect(details.map((d) => d.text)).not.toContain('Sarah Price');
    expect(details.map((d) => d.text)).toContain('07700 900123');
    const first = relatives[0].name.trim().split(/\s+/)[0];
    expect(details.filter((d) => d.whose === relatives[0].id).map((d) => d.text)).not.toContain(first);
    for (const other of relatives.slice(1))
      expect(details.filter((d) => d.whose === other.id).length).toBeGreaterThan(0);
  });
});

describe('names as social workers write them in the register', () => {
  const adopters = (name: string) => protectedDetailsOfPlan(withPeople('', [name])).map((d) => d.text);

  it('takes what the child calls someone, in brackets, out of their name', () => {
    expect(adopters('Eirlys Pugh (Mam)')).toEqual(['Eirlys Pugh (Mam)', 'Eirlys Pugh', 'Pugh', 'Eirlys']);
    expect(adopters('Eirlys (Nain)')).toEqual(['Eirlys (Nain)', 'Eirlys']);
  });

  it('reads two people in one entry as two names', () => {
    expect(adopters('Julie and Steve Hughes')).toEqual([
      'Julie and Steve Hughes',
      'Julie',
      'Steve Hughes',
      'Hughes',
      'Steve',
    ]);
    expect(adopters('Siân a Gareth')).toEqual(['Siân a Gareth', 'Siân', 'Gareth']);
  });
});
