/**
 * A plan's front page: the GOV.UK "complete multiple tasks" list of sections with their status, the
 * eco-map once there are people, and the plan's file actions.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { SECTION_IDS } from '../schema/planVocabulary';
import type { Plan } from '../schema/planSchema';
import { SECTION_META } from '../schema/sections';
import { checkHash, sectionHash } from '../state/hashRoute';
import { planDisplayName } from '../state/planOperations';
import {
  TASK_STATUS_KEYS,
  allSectionStatuses,
  cannotStartReason,
  completedCount,
  type TaskStatus,
} from '../state/taskStatus';
import { PageHeading } from './PageHeading';
import { PracticeBanner } from './PracticeBanner';
import { ReviewDueNotice } from './ReviewDueNotice';
import { SignedBanner } from './signoff/SignedBanner';
import { useDocumentTitle } from './useDocumentTitle';
import { useTranslator } from './useTranslator';

const EcoMap = lazy(() => import('./EcoMap'));

function StatusTag({ status, id }: { status: TaskStatus; id: string }) {
  const { t } = useTranslator();
  const cls = status === 'completed' ? 'task-list__status' : `task-list__status tag tag--${status.replace('_', '-')}`;
  return (
    <div className={cls} id={id}>
      {t(TASK_STATUS_KEYS[status])}
    </div>
  );
}

export function TaskList({ plan, fileActions, hasErrors }: { plan: Plan; fileActions: ReactNode; hasErrors: boolean }) {
  const { t } = useTranslator();
  const name = planDisplayName(plan, t);
  useDocumentTitle(
    t(plan.practice ? 'planner.taskList.documentTitlePractice' : 'planner.taskList.documentTitle'),
    hasErrors,
  );
  const statuses = allSectionStatuses(plan);
  const { done, total } = completedCount(plan);
  return (
    <div className="plan-overview">
      <a className="back-link" href="#/">
        {t('planner.taskList.back')}
      </a>
      <PracticeBanner practice={plan.practice} />
      <PageHeading
        caption={t('planner.taskList.caption', {
          version: plan.version,
          status: t(`plan.option.planStatus.${plan.status}`),
        })}
      >
        {name}
      </PageHeading>
      <SignedBanner plan={plan} />
      <ReviewDueNotice plan={plan} />
      <p>{t('planner.taskList.progress', { done, total })}</p>
      <ul className="task-list">
        {SECTION_IDS.map((id) => {
          const { step } = SECTION_META[id];
          const status = statuses[id];
          const statusId = `status-${id}`;
          const reason = status === 'cannot_start' ? cannotStartReason(plan, id) : undefined;
          const sectionTitle = t(`plan.section.${id}.title`);
          const title = step ? t('planner.taskList.stepTitle', { step, title: sectionTitle }) : sectionTitle;
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
                {reason && <div className="task-list__hint">{t(reason)}</div>}
              </div>
              <StatusTag status={status} id={statusId} />
            </li>
          );
        })}
      </ul>
      <p className="button-group">
        <a className="button" href={checkHash(plan.id)}>
          {t('planner.taskList.checkAnswers')}
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
