/**
 * "Check your answers": the whole plan on one page, in the template's order, with a Change link for
 * every section that returns here after saving, and "Not provided" for anything skipped.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { planAnswers, type SectionAnswers } from '../answers/planAnswers';
import type { Plan, SectionId } from '../schema/planSchema';
import { planHash, sectionHash } from '../state/hashRoute';
import { planDisplayName } from '../state/planOperations';
import { TASK_STATUS_KEYS, sectionStatus } from '../state/taskStatus';
import { AnswerRows } from './AnswerRows';
import { answerSummary, SummaryCard } from './ListSection';
import { PageHeading } from './PageHeading';
import { PracticeBanner } from './PracticeBanner';
import { ReviewDueNotice } from './ReviewDueNotice';
import { useDocumentTitle } from './useDocumentTitle';
import { useTranslator } from './useTranslator';
import { SignedBanner } from './signoff/SignedBanner';

interface AnswersOptions {
  /** Show one section only, without its heading (the page's heading names it). */
  only?: SectionId;
  /** No Change links: a signed-off plan, or an earlier version. */
  readOnly?: boolean;
  /** Say in the review section when the plan is due for review (not for an earlier version). */
  flagReviewDue?: boolean;
}
const AnswersContext = createContext<AnswersOptions>({});

function Section({ plan, answers, children }: { plan: Plan; answers: SectionAnswers; children: ReactNode }) {
  const { only, readOnly, flagReviewDue } = useContext(AnswersContext);
  const { t, locale } = useTranslator();
  const id = answers.section;
  const notice = flagReviewDue && id === 'review' && <ReviewDueNotice plan={plan} />;
  if (only)
    return only === id ? (
      <div className="check-section">
        {notice}
        {children}
      </div>
    ) : null;
  return (
    <section className="check-section" aria-labelledby={`check-${id}`}>
      <div className="check-section__header">
        <h2 id={`check-${id}`}>{answers.title}</h2>
        <span className="check-section__status">{t(TASK_STATUS_KEYS[sectionStatus(plan, id)])}</span>
        {!readOnly && (
          <a href={sectionHash(plan.id, id, undefined, true)}>
            {t('plan.check.change')}
            <span className="visually-hidden"> {answers.title.toLocaleLowerCase(locale)}</span>
          </a>
        )}
      </div>
      {notice}
      {children}
    </section>
  );
}

export default function CheckAnswers({ plan }: { plan: Plan }) {
  const { t } = useTranslator();
  useDocumentTitle(t('plan.check.documentTitle'));
  return (
    <div className="check-answers">
      <a className="back-link" href={planHash(plan.id)}>
        {t('plan.check.back')}
      </a>
      <PracticeBanner practice={plan.practice} />
      <PageHeading caption={planDisplayName(plan, t)}>{t('plan.check.heading')}</PageHeading>
      <SignedBanner plan={plan} />
      <PlanAnswers plan={plan} readOnly={plan.status === 'signed'} flagReviewDue />
      <p>
        <a className="button" href={planHash(plan.id)}>
          {t('plan.check.back')}
        </a>
      </p>
    </div>
  );
}

/** Every answer in the plan, section by section; also the read-only view of a signed-off plan. */
export function PlanAnswers({ plan, ...options }: { plan: Plan } & AnswersOptions) {
  const i18n = useTranslator();
  // Sign-off has its own page (signatories, versions); it is not part of checking the answers.
  const sections = planAnswers(plan, i18n).filter((answers) => answers.section !== 'signoff');
  return (
    <AnswersContext.Provider value={options}>
      {sections.map((answers) => (
        <Section key={answers.section} plan={plan} answers={answers}>
          {answers.parts.map((part, i) => (
            <div key={i}>
              {part.heading && <h3>{part.heading}</h3>}
              {part.kind === 'rows' ? (
                <AnswerRows rows={part.rows} />
              ) : part.items.length === 0 ? (
                <p className="inset-text">{part.empty}</p>
              ) : (
                part.items.map((item) => <SummaryCard key={item.key} item={answerSummary(item)} />)
              )}
            </div>
          ))}
        </Section>
      ))}
    </AnswersContext.Provider>
  );
}
