/** Saving the review section as completed: the date of the next review must be after today. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { reviewCompletedIssues } from '../../../src/planner/forms/reviewForm';

const en = translator('en');
const TODAY = '2026-12-02';

describe('review form, saved as completed', () => {
  it('refuses a date of the next review that is today or has passed, in the catalogue’s words', () => {
    const problem = [{ name: 'nextDate', message: 'The date of the next review must be in the future' }];
    expect(reviewCompletedIssues(en.t, { nextDate: '2026-12-01' }, TODAY)).toEqual(problem);
    expect(reviewCompletedIssues(en.t, { nextDate: TODAY }, TODAY)).toEqual(problem);
  });

  it('accepts a date after today', () => {
    expect(reviewCompletedIssues(en.t, { nextDate: '2026-12-03' }, TODAY)).toEqual([]);
  });

  it('leaves a missing date to the completeness schema, which says to enter one', () => {
    expect(reviewCompletedIssues(en.t, { nextDate: '' }, TODAY)).toEqual([]);
  });
});
