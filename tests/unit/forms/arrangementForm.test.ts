/** The arrangement form's values, to and from the plan. */
import { describe, expect, it } from 'vitest';
import {
  arrangementFromValues,
  arrangementValues,
  type ArrangementValues,
} from '../../../src/planner/forms/arrangementForm';
import { arrangementSchema, type Arrangement } from '../../../src/planner/schema/planSchema';

const MEET_UP: Arrangement = {
  id: 'a1',
  personIds: ['p1'],
  purposes: ['maintain_relationship'],
  form: 'meet_up',
  frequency: { count: 2, per: 'year' },
  timing: 'school_holidays',
  durationMinutes: 120,
  grouping: 'individual',
  venue: 'community_activity',
  organiser: 'social_worker',
  adultsShareDetails: 'no',
  professionalRole: 'supervises',
  notes: 'Meet at the farm park.',
};

const values = (change: Partial<ArrangementValues>): ArrangementValues => ({
  ...arrangementValues(MEET_UP),
  ...change,
});

describe('arrangement form values', () => {
  it('round-trips an arrangement: its values make the same arrangement', () => {
    expect(arrangementFromValues(arrangementValues(MEET_UP), 'a1')).toEqual(MEET_UP);
    expect(arrangementSchema.safeParse(arrangementFromValues(arrangementValues(MEET_UP), 'a1')).success).toBe(true);
  });

  it('starts a new arrangement empty', () => {
    const empty = arrangementValues(undefined);
    expect(empty).toMatchObject({ personIds: [], form: null, frequencyCount: '', dueMonths: [], notes: '' });
    expect(arrangementFromValues(empty, 'a9')).toEqual({ id: 'a9', personIds: [], purposes: [], notes: '' });
  });

  it('leaves out answers that do not apply once the form changes to letters', () => {
    const letters = arrangementFromValues(
      values({ form: 'postal_exchange', route: 'Through the agency', dueMonths: [3, 11], photos: 'view_only' }),
      'a1',
    );
    expect(letters).not.toHaveProperty('venue');
    expect(letters).not.toHaveProperty('grouping');
    expect(letters).not.toHaveProperty('durationMinutes');
    expect(letters).toMatchObject({
      frequency: { count: 2, per: 'year' },
      writtenExchange: {
        route: 'Through the agency',
        dueMonths: [3, 11],
        photos: 'view_only',
        signOffAs: '',
        avoid: '',
      },
    });
  });

  it('keeps nothing but the people, purposes and notes for "none for now"', () => {
    const none = arrangementFromValues(values({ form: 'none_now' }), 'a1');
    expect(Object.keys(none).sort()).toEqual(['form', 'id', 'notes', 'personIds', 'purposes']);
  });

  it('turns typed numbers into numbers, and blanks into nothing', () => {
    expect(arrangementFromValues(values({ durationMinutes: ' 90 ' }), 'a1')).toMatchObject({ durationMinutes: 90 });
    expect(arrangementFromValues(values({ durationMinutes: '' }), 'a1')).not.toHaveProperty('durationMinutes');
    // Typed but not a number: kept as NaN so the schema reports it, rather than silently dropped.
    expect(arrangementFromValues(values({ durationMinutes: 'two hours' }), 'a1').durationMinutes).toBeNaN();
    expect(arrangementFromValues(values({ frequencyCount: '', frequencyPer: '' }), 'a1')).not.toHaveProperty(
      'frequency',
    );
    expect(arrangementFromValues(values({ frequencyCount: '', frequencyPer: 'month' }), 'a1').frequency).toEqual({
      per: 'month',
    });
  });

  it("holds a visit with birthday cards in one arrangement, asking both forms' questions", () => {
    const both = arrangementFromValues(
      values({ alsoForms: ['postal_exchange', 'meet_up'], route: 'Letterbox', dueMonths: [6] }),
      'a1',
    );
    // The main form is not repeated among the others, and the written rules are kept for the cards.
    expect(both).toMatchObject({ form: 'meet_up', alsoForms: ['postal_exchange'], venue: 'community_activity' });
    expect(both.writtenExchange).toMatchObject({ route: 'Letterbox', dueMonths: [6] });
    expect(arrangementSchema.safeParse(both).success).toBe(true);
    expect(arrangementSchema.safeParse({ ...both, alsoForms: ['meet_up'] }).success).toBe(false);
    // "None for now" has no other ways.
    const none = arrangementFromValues(values({ form: 'none_now', alsoForms: ['postal_exchange'] }), 'a1');
    expect(none).not.toHaveProperty('alsoForms');
    expect(none).not.toHaveProperty('writtenExchange');
  });

  it('gives "none for now" a reason instead of a purpose', () => {
    const bare = arrangementFromValues(values({ form: 'none_now', purposes: [] }), 'a1');
    const problems = arrangementSchema.safeParse(bare).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(problems).toEqual([['noneReason', 'plan.error.arrangement.noneReason.required']]);
    const reasoned = arrangementFromValues(
      values({ form: 'none_now', purposes: [], noneReason: 'His whereabouts are unknown.' }),
      'a1',
    );
    expect(reasoned).toMatchObject({ purposes: [], noneReason: 'His whereabouts are unknown.' });
    expect(arrangementSchema.safeParse(reasoned).success).toBe(true);
    // Any other form still needs a purpose, and keeps no reason.
    const meetUp = arrangementFromValues(values({ purposes: [], noneReason: 'Left over' }), 'a1');
    expect(meetUp).not.toHaveProperty('noneReason');
    expect(arrangementSchema.safeParse(meetUp).error?.issues.map((i) => i.message)).toEqual([
      'plan.error.arrangement.purposes.required',
    ]);
  });

  it('records an arrangement asked for and not agreed, with who asked', () => {
    const asked = values({ agreement: 'asked_for', askedByWho: { who: '+written', name: 'Sarah', role: '' } });
    expect(arrangementFromValues(asked, 'a1')).toMatchObject({ agreement: 'asked_for', askedByName: 'Sarah' });
    const nobody = arrangementFromValues(values({ agreement: 'asked_for' }), 'a1');
    expect(arrangementSchema.safeParse(nobody).error?.issues.map((i) => i.message)).toEqual([
      'plan.error.arrangement.askedBy.required',
    ]);
    // Agreed is what an arrangement says by saying nothing, as in format 1; who asked is then dropped.
    const agreed = arrangementFromValues({ ...asked, agreement: 'agreed' }, 'a1');
    expect(agreed).not.toHaveProperty('agreement');
    expect(agreed).not.toHaveProperty('askedByName');
    expect(arrangementValues(MEET_UP).agreement).toBe('agreed');
  });

  it('says when months or length are not known yet, instead of leaving them blank', () => {
    const unknown = arrangementFromValues(
      values({ months: [8], monthsNotKnown: true, durationMinutes: '90', lengthNotKnown: true }),
      'a1',
    );
    expect(unknown).toMatchObject({ monthsNotKnown: true, lengthNotKnown: true });
    expect(unknown).not.toHaveProperty('months');
    expect(unknown).not.toHaveProperty('durationMinutes');
    expect(arrangementFromValues(values({ months: [12, 4] }), 'a1').months).toEqual([4, 12]);
    // Letters have their own months; months and length are for meet-ups and calls.
    const letters = arrangementFromValues(values({ form: 'postal_exchange', months: [8], lengthNotKnown: true }), 'a1');
    expect(letters).not.toHaveProperty('months');
    expect(letters).not.toHaveProperty('lengthNotKnown');
    const saved = arrangementSchema.parse(arrangementFromValues(values({ lengthNotKnown: true }), 'a1'));
    expect(arrangementValues(saved).lengthNotKnown).toBe(true);
  });
});
