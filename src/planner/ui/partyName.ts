import { PARTY_LABELS } from '../schema/labels';
import type { Party, PlanContent } from '../schema/planSchema';
import { personLabel } from './WhoField';

/** "The adoptive parents", or "Sarah (birth mother)" for one of the important people. */
export function partyName(plan: Pick<PlanContent, 'people'>, party: Party, personId?: string): string {
  if (party !== 'person') return PARTY_LABELS[party];
  const person = plan.people.find((p) => p.id === personId);
  return person ? personLabel(person) : 'Someone no longer in the plan';
}
