import type { PlanContent } from '../schema/planSchema';
import { dueForReview, isoDate } from '../signoff/signOffRules';
import { useTranslator } from './useTranslator';

/**
 * "This plan is due for review", shown on the task list, the review section and check your answers
 * when a settled plan's date of the next review has come. The plan stays valid and opens as it was.
 */
export function ReviewDueNotice({ plan }: { plan: Pick<PlanContent, 'status' | 'completedSections' | 'review'> }) {
  const i18n = useTranslator();
  if (!dueForReview(plan, isoDate(new Date()))) return null;
  return (
    <div className="warning-text review-due">
      <p>
        <strong>{i18n.t('planner.reviewDue.notice', { date: i18n.date(plan.review.nextDate) })}</strong>
      </p>
    </div>
  );
}
