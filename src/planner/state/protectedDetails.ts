/**
 * The protected details a plan holds, for the identifying-details checker
 * (../text/identifyingDetails.ts): what must not reach the birth relatives in a letter or an
 * edition. The plan has no field of protected details yet (issue 14 adds one: the family's address,
 * the child's school, the town, anything the social worker adds), so this derives only what the plan
 * really records: each adoptive parent's name as written and its last word as their surname, and the
 * child's name as written, with its last word as a surname when it has more than one.
 */
import type { Plan } from '../schema/planSchema';
import type { ProtectedDetail } from '../text/identifyingDetails';

export function protectedDetailsOfPlan(plan: Plan): ProtectedDetail[] {
  const details: ProtectedDetail[] = [];
  const add = (kind: ProtectedDetail['kind'], text: string, whose: string) => {
    if (!details.some((d) => d.kind === kind && d.text === text)) details.push({ kind, text, whose, side: 'adoptive' });
  };
  const addName = (written: string, whose: string) => {
    const name = written.trim().replace(/\s+/g, ' ');
    if (!name) return;
    add('name', name, whose);
    const words = name.split(' ');
    if (words.length > 1) add('surname', words[words.length - 1], whose);
  };
  for (const person of plan.people) if (person.relationship === 'adoptive_parent') addName(person.name, person.id);
  addName(plan.child.name, 'child');
  return details;
}
