/**
 * A read-only copy of a plan another tab is editing: the check-answers summary without its change
 * links, under a banner that says why, with "Take over editing here" and "Save a copy to file".
 */
import { lazy, Suspense } from 'react';
import type { Plan } from '../../schema/planSchema';
import { downloadPlanFile } from './downloadPlanFile';

const CheckAnswers = lazy(() => import('../CheckAnswers'));

interface Props {
  plan: Plan;
  reason: 'chosen' | 'taken-over';
  onTakeOver(): void;
}

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export default function ReadOnlyPlan({ plan, reason, onTakeOver }: Props) {
  return (
    <>
      <div className="read-only-banner" role="region" aria-labelledby="read-only-title">
        <h2 id="read-only-title">Read-only copy</h2>
        <p>
          {reason === 'taken-over'
            ? 'This plan is now being edited in another tab, so it cannot be changed here. Your changes in this tab were saved before it moved.'
            : 'This plan is being edited in another tab, so it cannot be changed here.'}{' '}
          This copy shows the plan as it was saved at {time(plan.updatedAt)}.
        </p>
        <div className="button-group">
          <button type="button" className="button" onClick={onTakeOver}>
            Take over editing here
          </button>
          <button type="button" className="button button--secondary" onClick={() => downloadPlanFile(plan)}>
            Save a copy to file
          </button>
          <a href="#/">Go to your plans</a>
        </div>
      </div>
      <div className="read-only-copy">
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading…
            </p>
          }
        >
          <CheckAnswers plan={plan} />
        </Suspense>
      </div>
    </>
  );
}
