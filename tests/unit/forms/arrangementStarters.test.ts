/** Common arrangements to start from: what each fills in, and that it makes a valid arrangement. */
import { describe, expect, it } from 'vitest';
import { arrangementFromValues } from '../../../src/planner/forms/arrangementForm';
import {
  ARRANGEMENT_STARTERS,
  isArrangementStarter,
  starterValues,
} from '../../../src/planner/forms/arrangementStarters';
import { arrangementSchema, type Person } from '../../../src/planner/schema/planSchema';
import { translator } from '../../../src/i18n/translator';

const { t } = translator('en');

const person = (id: string, relationship: Person['relationship']): Person => ({ id, name: id, relationship }) as Person;
const PEOPLE = [
  person('mum', 'birth_mother'),
  person('brother', 'sibling_half'),
  person('sister', 'sibling_full'),
  person('carer', 'sibling_carer'),
];

describe('arrangement starters', () => {
  it('names only the starters that exist', () => {
    expect(ARRANGEMENT_STARTERS.every(isArrangementStarter)).toBe(true);
    expect(isArrangementStarter('letterbox')).toBe(true);
    expect(isArrangementStarter('constructor')).toBe(false);
    expect(isArrangementStarter(undefined)).toBe(false);
  });

  it('fills in letters through the agency twice a year, in the user’s words', () => {
    const v = starterValues('letterbox', PEOPLE, t);
    expect(v).toMatchObject({
      form: 'postal_exchange',
      frequencyCount: '2',
      frequencyPer: 'year',
      organiser: 'agency_letterbox',
      route: t('plan.starter.letterbox.route'),
    });
    // Who it is with and what it is for are the social worker's to say.
    expect(v.personIds).toEqual([]);
    expect(v.purposes).toEqual([]);
  });

  it('puts the brothers and sisters in a sibling meet-up, and nobody else', () => {
    expect(starterValues('sibling_meet_up', PEOPLE, t)).toMatchObject({
      personIds: ['brother', 'sister'],
      form: 'meet_up',
      professionalRole: 'facilitates',
    });
  });

  it.each(ARRANGEMENT_STARTERS)('%s becomes a valid arrangement once its people and purpose are chosen', (s) => {
    const v = starterValues(s, PEOPLE, t);
    const made = arrangementFromValues(
      {
        ...v,
        personIds: ['mum'],
        ...(s === 'none_now' ? { noneReason: 'Not safe at present.' } : { purposes: ['maintain_relationship'] }),
      },
      'a1',
    );
    expect(arrangementSchema.safeParse(made).success).toBe(true);
  });
});
