import type { ReactNode } from 'react';
import type { SectionId } from '../schema/planVocabulary';
import type { Plan } from '../schema/planSchema';
import { SECTION_META } from '../schema/sections';
import { planDisplayName } from '../state/planOperations';
import { copyHash, isCopyable, planHash, returnHash, type ReturnTo, type Route } from '../state/hashRoute';
import { GuideLinks } from './GuideLinks';
import { PageHeading } from './PageHeading';
import { PracticeBanner } from './PracticeBanner';
import { useDocumentTitle } from './useDocumentTitle';
import { useTranslator } from './useTranslator';

/** The back link of a page opened from another view. */
const BACK = {
  check: 'planner.sectionPage.backToCheck',
  copies: 'planner.sectionPage.backToCopies',
} as const satisfies Record<ReturnTo, string>;

interface Props {
  plan: Plan;
  section: SectionId;
  /** Heading, when the page is about one item rather than the whole section. */
  title?: string;
  errors?: ReactNode;
  hasErrors?: boolean;
  /** The page's address: opened from "Check your answers" or the copies, its back link returns there. */
  route?: Extract<Route, { view: 'section' }>;
  /** Hide the intro and guidance on item pages. */
  itemPage?: boolean;
  children: ReactNode;
}

/** The frame of every section page: back link, errors, heading, intro, guidance. */
export function SectionPage({ plan, section, title, errors, hasErrors, route, itemPage, children }: Props) {
  const { t } = useTranslator();
  const { step } = SECTION_META[section];
  const heading = title ?? t(`plan.section.${section}.title`);
  const name = planDisplayName(plan, t);
  useDocumentTitle(heading, hasErrors);
  const caption = step ? t('planner.sectionPage.stepCaption', { step, plan: name }) : name;
  return (
    <div className="planner-section">
      <a className="back-link" href={route?.from ? returnHash(route, route.from) : planHash(plan.id)}>
        {t(route?.from ? BACK[route.from] : 'planner.sectionPage.backToPlan')}
      </a>
      {errors}
      <PracticeBanner practice={plan.practice} />
      <div className="planner-section__layout">
        <div className="planner-section__main">
          <PageHeading caption={caption}>{heading}</PageHeading>
          {!itemPage && <p className="lead">{t(`plan.section.${section}.intro`)}</p>}
          {/* Faster drafting: a brother's or sister's plan, or an earlier one, may already say much of this. */}
          {!itemPage && plan.status !== 'signed' && isCopyable(section) && (
            <p>
              <a href={copyHash(plan.id, section)} id="copy-from-plan">
                {t(section === 'people' ? 'planner.sectionPage.copyPeopleLink' : 'planner.sectionPage.copyLink')}
              </a>
            </p>
          )}
          {children}
        </div>
        {!itemPage && <GuideLinks section={section} wales={plan.jurisdiction === 'wales'} />}
      </div>
    </div>
  );
}
