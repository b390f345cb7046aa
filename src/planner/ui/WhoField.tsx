import type { Party } from '../schema/planVocabulary';
import type { Person } from '../schema/planSchema';
import { personLabel } from '../answers/planAnswers';
import { Radios } from './fields/Radios';
import { useTranslator } from './useTranslator';

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

interface Props {
  legend: string;
  people: Person[];
  includeChild?: boolean;
}

export function WhoField({ legend, people, includeChild = true }: Props) {
  const i18n = useTranslator();
  const { t } = i18n;
  const options: [string, string][] = [
    ...(includeChild ? [['child', t('plan.option.party.child')] as [string, string]] : []),
    ['adoptive_parents', t('plan.option.party.adoptive_parents')],
    ['foster_carers', t('plan.option.party.foster_carers')],
    ...people.map((p) => [`person:${p.id}`, personLabel({ people }, p.id, i18n)] as [string, string]),
  ];
  return <Radios name="who" legend={legend} options={options} />;
}
