/**
 * What saving the review section as completed needs beyond its completeness schema, which knows no
 * "today": a date of the next review after today, by the sign-off rules' one rule for it.
 */
import type { Translator } from '../../i18n/translator';
import type { Review } from '../schema/planSchema';
import { nextReviewDateProblem } from '../signoff/signOffRules';
import type { FormIssue } from './formValues';

/** Problems with a review saved as completed on `today` (an ISO date), in the form's field names. */
export function reviewCompletedIssues(
  t: Translator['t'],
  review: Pick<Review, 'nextDate'>,
  today: string,
): FormIssue[] {
  const problem = nextReviewDateProblem(review.nextDate, today);
  // A missing or unreal date is the completeness schema's to report, in its own words.
  return problem?.rule === 'review.date-in-past' ? [{ name: 'nextDate', message: t(problem.key) }] : [];
}
