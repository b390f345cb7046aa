import type { ReactNode } from 'react';
import { SECTION_LABELS } from '../schema/labels';
import type { Plan, SectionId } from '../schema/planSchema';
import { planDisplayName } from '../state/planOperations';
import { checkHash, planHash } from '../state/hashRoute';
import { GuideLinks } from './GuideLinks';
import { PageHeading } from './PageHeading';
import { PracticeBanner } from './PracticeBanner';
import { useDocumentTitle } from './useDocumentTitle';

interface Props {
  plan: Plan;
  section: SectionId;
  /** Heading, when the page is about one item rather than the whole section. */
  title?: string;
  errors?: ReactNode;
  hasErrors?: boolean;
  fromCheck?: boolean;
  /** Hide the intro and guidance on item pages. */
  itemPage?: boolean;
  children: ReactNode;
}

/** The frame of every section page: back link, errors, heading, intro, guidance. */
export function SectionPage({ plan, section, title, errors, hasErrors, fromCheck, itemPage, children }: Props) {
  const labels = SECTION_LABELS[section];
  const heading = title ?? labels.title;
  useDocumentTitle(`${heading} – ${planDisplayName(plan)}`, hasErrors);
  const caption = labels.step ? `Step ${labels.step} of 6 · ${planDisplayName(plan)}` : planDisplayName(plan);
  return (
    <div className="planner-section">
      <a className="back-link" href={fromCheck ? checkHash(plan.id) : planHash(plan.id)}>
        {fromCheck ? 'Back to check your answers' : 'Back to the plan'}
      </a>
      {errors}
      <PracticeBanner practice={plan.practice} />
      <div className="planner-section__layout">
        <div className="planner-section__main">
          <PageHeading caption={caption}>{heading}</PageHeading>
          {!itemPage && <p className="lead">{labels.intro}</p>}
          {children}
        </div>
        {!itemPage && <GuideLinks guides={labels.guides} />}
      </div>
    </div>
  );
}
