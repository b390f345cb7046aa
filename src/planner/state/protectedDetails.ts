/**
 * What the identifying-details checker (../text/identifyingDetails.ts) must find before a copy of
 * the plan, or a letter, reaches one of the families: for a birth relative, the adoptive family's
 * details; for the adoptive family, the birth relatives' details.
 *
 * From the register: each person's name as written, its last word as their surname, and their
 * first name unless the plan says both families know it. From the plan's protected details
 * (`protectedDetails`): the surnames, the child's new name, the address, the town, the school and
 * each line of "anything else". The child's name counts with the adoptive family's details: the
 * birth family may know the child's first name (the plan says so), never the surname the child has
 * now.
 */
import { BIRTH_FAMILY_RELATIONSHIPS, NO_PROTECTED_DETAILS } from '../schema/planVocabulary';
import type { Person, Plan, PlanContent } from '../schema/planSchema';
import type { ProtectedDetail } from '../text/identifyingDetails';

/** Whose copy is being checked: a birth relative's, or the adoptive family's. */
export type Reader = 'birth' | 'adoptive';

/** Whether a person's name is kept out of a copy for `reader`: the other family's people. */
export function nameProtectedFrom(person: Pick<Person, 'relationship'>, reader: Reader): boolean {
  return reader === 'birth'
    ? person.relationship === 'adoptive_parent'
    : BIRTH_FAMILY_RELATIONSHIPS.includes(person.relationship);
}

/** The names in one entry of the register: brackets taken out, "and" (or "a", "ac", "&") between two people. */
function personNames(entry: string): string[] {
  return entry
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+(?:and|&|a|ac)\s+/i)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** Lines of a free-text list ("one per line"), trimmed, blanks dropped. */
export const detailLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/**
 * Words for a part someone plays in a family. A register entry that ends with one ("Birth mother",
 * "Amber's birth father", "Nain") describes the person instead of naming them: the plan has no name
 * for them, and its words are not a name and surname to look for.
 */
const PART_WORDS = new Set(
  (
    'mother father mum mummy mam mom dad daddy tad parent parents grandmother grandfather grandma grandad ' +
    'grandpa grandparent grandparents nan nana nain taid mamgu tadcu sister brother sibling siblings chwaer brawd ' +
    'aunt auntie uncle modryb ewythr cousin carer carers'
  ).split(' '),
);
const describesAPart = (name: string) => PART_WORDS.has(name.split(' ').at(-1)!.toLowerCase());

export function protectedDetailsOfPlan(plan: Plan | PlanContent, reader: Reader = 'birth'): ProtectedDetail[] {
  const pd = plan.protectedDetails ?? NO_PROTECTED_DETAILS;
  const side = reader === 'birth' ? 'adoptive' : 'birth';
  const details: ProtectedDetail[] = [];
  const add = (kind: ProtectedDetail['kind'], text: string, whose: string) => {
    if (text && !details.some((d) => d.kind === kind && d.text === text)) details.push({ kind, text, whose, side });
  };
  const addName = (written: string, whose: string, firstNameShared: boolean) => {
    const name = written.trim().replace(/\s+/g, ' ');
    if (!name || describesAPart(name)) return;
    // "Eirlys (Nain)", "Julie and Steve": what is in brackets is what the child calls them, and
    // one entry can name two people; each person's own name gives their first name and surname.
    const people = personNames(name);
    if (people.length !== 1 || people[0] !== name) {
      if (!people.some((one) => one === name)) add('name', name, whose);
      for (const one of people) addName(one, whose, firstNameShared);
      return;
    }
    const words = name.split(' ');
    if (words.length === 1) {
      if (!firstNameShared) add('name', name, whose);
      return;
    }
    add('name', name, whose);
    add('surname', words[words.length - 1], whose);
    if (!firstNameShared) add('name', words[0], whose);
  };
  const shared = new Set(pd.sharedFirstNameIds);

  if (reader === 'birth') {
    for (const person of plan.people)
      if (nameProtectedFrom(person, reader)) addName(person.name, person.id, shared.has(person.id));
    addName(plan.child.name, 'child', pd.childFirstNameShared);
    addName(pd.childNewName, 'child', false);
    for (const surname of detailLines(pd.surnames)) add('surname', surname, 'family');
    add('address', pd.address.trim(), 'family');
    add('town', pd.town.trim(), 'family');
    add('school', pd.school.trim(), 'child');
    for (const line of detailLines(pd.otherAdoptive)) add('other', line, 'family');
  } else {
    for (const person of plan.people)
      if (nameProtectedFrom(person, reader)) addName(person.name, person.id, shared.has(person.id));
    for (const line of detailLines(pd.otherBirth)) add('other', line, 'family');
  }
  return details;
}
