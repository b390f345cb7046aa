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
});
