/**
 * A plan's front page: the GOV.UK "complete multiple tasks" list of sections with their status, the
 * eco-map once there are people, and the plan's file actions.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { SECTION_LABELS } from '../schema/labels';
import { SECTION_IDS, type Plan } from '../schema/planSchema';
import { checkHash, sectionHash } from '../state/hashRoute';
import { planDisplayName } from '../state/planOperations';
import {
  TASK_STATUS_LABELS,
  allSectionStatuses,
  cannotStartReason,
  completedCount,
  type TaskStatus,
} from '../state/taskStatus';
import { PLAN_STATUS_LABELS } from '../schema/labels';
import { PageHeading } from './PageHeading';
import { PracticeBanner } from './PracticeBanner';
import { SignedBanner } from './signoff/SignedBanner';
import { useDocumentTitle } from './useDocumentTitle';

const EcoMap = lazy(() => import('./EcoMap'));

function StatusTag({ status, id }: { status: TaskStatus; id: string }) {
  const cls = status === 'completed' ? 'task-list__status' : `task-list__status tag tag--${status.replace('_', '-')}`;
  return (
    <div className={cls} id={id}>
      {TASK_STATUS_LABELS[status]}
    </div>
  );
}

export function TaskList({ plan, fileActions, hasErrors }: { plan: Plan; fileActions: ReactNode; hasErrors: boolean }) {
  const name = planDisplayName(plan);
  useDocumentTitle(name, hasErrors);
  const statuses = allSectionStatuses(plan);
  const { done, total } = completedCount(plan);
  return (
    <div className="plan-overview">
      <a className="back-link" href="#/">
        Back to your plans
      </a>
      <PracticeBanner practice={plan.practice} />
      <PageHeading caption={`Staying-in-touch plan · version ${plan.version} · ${PLAN_STATUS_LABELS[plan.status]}`}>
        {name}
      </PageHeading>
      <SignedBanner plan={plan} />
      <p>
        You have completed {done} of {total} sections.
      </p>
      <ul className="task-list">
        {SECTION_IDS.map((id) => {
          const labels = SECTION_LABELS[id];
          const status = statuses[id];
          const statusId = `status-${id}`;
          const reason = status === 'cannot_start' ? cannotStartReason(plan, id) : undefined;
          const title = labels.step ? `Step ${labels.step}: ${labels.title}` : labels.title;
          return (
            <li className="task-list__item" key={id}>
              <div className="task-list__name">
                {status === 'cannot_start' ? (
                  <span>{title}</span>
                ) : (
                  <a className="task-list__link" href={sectionHash(plan.id, id)} aria-describedby={statusId}>
                    {title}
                  </a>
                )}
                {reason && <div className="task-list__hint">{reason}</div>}
              </div>
              <StatusTag status={status} id={statusId} />
            </li>
          );
        })}
      </ul>
      <p className="button-group">
        <a className="button" href={checkHash(plan.id)}>
          Check your answers
        </a>
      </p>
      {fileActions}
      {plan.people.length > 0 && (
        <Suspense fallback={null}>
          <EcoMap plan={plan} />
        </Suspense>
      )}
    </div>
  );
}
