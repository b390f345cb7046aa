/** "Who exactly?": a person in the register, someone added to it in place, or words written in. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import {
  ADD_TO_REGISTER,
  WRITTEN_IN,
  namedPersonFromValues,
  namedPersonIssues,
  namedPersonValues,
} from '../../../src/planner/forms/namedPerson';
import {
  arrangementFromValues,
  arrangementIssues,
  arrangementNewPeople,
  arrangementValues,
} from '../../../src/planner/forms/arrangementForm';
import { LIMITS } from '../../../src/planner/schema/planVocabulary';
import { arrangementSchema, personSchema, type Person } from '../../../src/planner/schema/planSchema';

const { t } = translator('en');
const people: Person[] = [{ id: 'p-alys', name: 'Alys', relationship: 'professional', role: 'Support worker' }];

describe('naming who takes a part', () => {
  it('starts from what the plan holds', () => {
    expect(namedPersonValues('p-alys', undefined)).toEqual({ who: 'p-alys', name: '', role: '' });
    expect(namedPersonValues(undefined, 'Letterbox team')).toEqual({
      who: WRITTEN_IN,
      name: 'Letterbox team',
      role: '',
    });
    expect(namedPersonValues(undefined, '  ')).toEqual({ who: '', name: '  ', role: '' });
  });

  it('names a person in the register, words, or nobody', () => {
    expect(namedPersonFromValues({ who: 'p-alys', name: 'left over', role: '' }, 'p-new', people)).toEqual({
      personId: 'p-alys',
    });
    expect(namedPersonFromValues({ who: WRITTEN_IN, name: 'Letterbox team', role: '' }, 'p-new', people)).toEqual({
      written: 'Letterbox team',
    });
    expect(namedPersonFromValues({ who: '', name: 'left over', role: '' }, 'p-new', people)).toEqual({});
    // Someone since removed from the register is not named.
    expect(namedPersonFromValues({ who: 'p-gone', name: '', role: '' }, 'p-new', people)).toEqual({});
  });

  it('adds someone new to the register as a professional, with their role', () => {
    const named = namedPersonFromValues(
      { who: ADD_TO_REGISTER, name: ' Sam Hughes ', role: 'Family time worker' },
      'p-new',
      people,
    );
    expect(named).toEqual({
      personId: 'p-new',
      newPerson: { id: 'p-new', name: 'Sam Hughes', relationship: 'professional', role: 'Family time worker' },
    });
    expect(personSchema.safeParse(named.newPerson).success).toBe(true);
  });

  it('asks for a name, within the limits, and room in the register', () => {
    expect(namedPersonIssues(t, { who: ADD_TO_REGISTER, name: ' ', role: '' }, 'organiserWho', 3)).toEqual([
      { name: 'organiserWho.name', message: 'Enter their name' },
    ]);
    expect(namedPersonIssues(t, { who: WRITTEN_IN, name: 'x'.repeat(LIMITS.name + 1), role: '' }, 'f', 3)).toHaveLength(
      1,
    );
    expect(
      namedPersonIssues(t, { who: WRITTEN_IN, name: 'x'.repeat(LIMITS.name + 1), role: '' }, 'f', 3, LIMITS.short),
    ).toEqual([]);
    expect(
      namedPersonIssues(t, { who: ADD_TO_REGISTER, name: 'Sam', role: '' }, 'f', LIMITS.people).map((i) => i.name),
    ).toEqual(['f.who']);
    expect(namedPersonIssues(t, { who: 'p-alys', name: '', role: '' }, 'f', LIMITS.people)).toEqual([]);
  });
});

describe('an arrangement naming its organiser and professional', () => {
  const ids = { organiser: 'p-org', professional: 'p-pro', askedBy: 'p-ask' };
  const values = {
    ...arrangementValues(undefined),
    personIds: ['p-alys'],
    purposes: ['maintain_relationship'],
    form: 'meet_up',
    organiser: 'other',
    organiserWho: { who: WRITTEN_IN, name: 'Grandma’s neighbour', role: '' },
    professionalRole: 'facilitates',
    professionalWho: { who: ADD_TO_REGISTER, name: 'Sam', role: '' },
  };

  it('keeps the named people and adds the new one', () => {
    const made = arrangementFromValues(values, 'a1', people, ids);
    expect(made).toMatchObject({ organiserName: 'Grandma’s neighbour', professionalId: 'p-pro' });
    expect(arrangementSchema.safeParse(made).success).toBe(true);
    expect(arrangementNewPeople(values, people, ids).map((p) => p.id)).toEqual(['p-pro']);
    expect(arrangementIssues(t, values, people)).toEqual([]);
  });

  it('names no professional when none takes part, and nobody for a form with no organiser', () => {
    const none = { ...values, professionalRole: 'none' };
    expect(arrangementFromValues(none, 'a1', people, ids)).not.toHaveProperty('professionalId');
    expect(arrangementNewPeople(none, people, ids)).toEqual([]);
    const letters = { ...values, form: 'none_now' };
    expect(arrangementFromValues(letters, 'a1', people, ids)).not.toHaveProperty('organiserName');
    expect(arrangementIssues(t, { ...letters, organiserWho: { who: WRITTEN_IN, name: '', role: '' } }, people)).toEqual(
      [],
    );
  });
});
