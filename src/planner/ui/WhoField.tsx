import { PARTY_LABELS, RELATIONSHIP_LABELS } from '../schema/labels';
import type { Party, Person } from '../schema/planSchema';
import { Radios } from './fields/Radios';

/** One radio per party and per important person; the value is the party, or `person:<id>`. */
export type Who = string;

export const whoValue = (party: Party | undefined, personId?: string): Who | null =>
  party === 'person' ? `person:${personId ?? ''}` : (party ?? null);

export function partyFromWho(who: Who | null | undefined): { party?: string; personId?: string } {
  if (!who) return {};
  if (who.startsWith('person:')) return { party: 'person', personId: who.slice('person:'.length) };
  return { party: who };
}

/** Schema paths that belong to the Who question. */
export const WHO_RENAME = { party: 'who', personId: 'who' };

export const personLabel = (p: Person) =>
  `${p.name} (${p.relationship === 'other' && p.relationshipOther ? p.relationshipOther : RELATIONSHIP_LABELS[p.relationship].toLowerCase()})`;

interface Props {
  legend: string;
  people: Person[];
  includeChild?: boolean;
}

export function WhoField({ legend, people, includeChild = true }: Props) {
  const options: [string, string][] = [
    ...(includeChild ? [['child', PARTY_LABELS.child] as [string, string]] : []),
    ['adoptive_parents', PARTY_LABELS.adoptive_parents],
    ['foster_carers', PARTY_LABELS.foster_carers],
    ...people.map((p) => [`person:${p.id}`, personLabel(p)] as [string, string]),
  ];
  return <Radios name="who" legend={legend} options={options} />;
}
