/**
 * "Check your answers": the whole plan on one page, in the template's order, with a Change link for
 * every section, every item that has its own page and every answer a form asks (opening that form at
 * that question), and "Not provided" for anything skipped. After a change (saved or not) the user
 * comes back to the Change link they followed (see hashRoute.ts).
 * Headings nest: the page's h1, a section's h2, a part's h3, an item's h3 or (under a part) h4.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { planAnswers, type AnswerRow, type SectionAnswers } from '../answers/planAnswers';
import type { SectionId } from '../schema/planVocabulary';
import type { Plan } from '../schema/planSchema';
import { answerChangeHash } from '../state/answerChange';
import { checkHash, planHash, sectionHash, type CheckRow } from '../state/hashRoute';
import { planDisplayName } from '../state/planOperations';
import { TASK_STATUS_KEYS, sectionStatus } from '../state/taskStatus';
import { AnswerRows, answerValue, type RowChange } from './AnswerRows';
import { SummaryCard, withPositions, type HeadingLevel } from './ListSection';
import type { ItemList } from './useItemForm';
import { rowChangeId, sectionChangeId } from './viewLanding';
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

/** Lists whose items have their own page to change them on. */
const ITEM_PAGES: Record<string, ItemList> = {
  people: 'people',
  factors: 'factors',
  arrangements: 'arrangements',
  support: 'support',
  voices: 'voices',
};

/**
 * Makes this page's address name the answer whose Change link is being followed, so that the
 * browser's Back button also returns to it (saving or "Back" go to it through hashRoute.ts).
 */
const rememberRow = (planId: string, row: CheckRow) => () =>
  history.replaceState(history.state, '', checkHash(planId, row));

/**
 * A row's own Change link, when a form asks its answer: named "Change how often — Arrangement 1:
 * Sarah (birth mother)", the item being its card's heading with its place where two read the same.
 */
function rowChange(
  plan: Plan,
  section: SectionId,
  row: AnswerRow,
  i18n: ReturnType<typeof useTranslator>,
  item?: { id: string; index: number; heading: string; position?: string },
): RowChange | undefined {
  const href = answerChangeHash(plan.id, section, row, item);
  if (!href) return undefined;
  // "How often?" reads as "Change how often — …".
  const label = row.label.replace(/\?$/, '');
  const answer = label.charAt(0).toLocaleLowerCase(i18n.locale) + label.slice(1);
  const which = item
    ? i18n.t('plan.check.changeRowOfItem', {
        answer,
        item: item.position ? `${item.heading} ${item.position}` : item.heading,
      })
    : answer;
  const at: CheckRow = { section, ...(item ? { item: item.id } : {}), answer: row.key };
  return { href, id: rowChangeId(row.key), which, onClick: rememberRow(plan.id, at) };
}

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
          <a
            href={sectionHash(plan.id, id, undefined, 'check')}
            id={sectionChangeId(id)}
            onClick={rememberRow(plan.id, { section: id })}
          >
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

/** `readOnly`: a read-only copy of a plan another tab is editing, with no Change links. */
export default function CheckAnswers({ plan, readOnly = false }: { plan: Plan; readOnly?: boolean }) {
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
      <PlanAnswers plan={plan} readOnly={readOnly || plan.status === 'signed'} flagReviewDue />
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
  // One section alone is the page's subject, named by its h1; otherwise each section has an h2.
  const sectionLevel = options.only ? 1 : 2;
  const PartHeading = options.only ? 'h2' : 'h3';
  return (
    <AnswersContext.Provider value={options}>
      {sections.map((answers) => (
        <Section key={answers.section} plan={plan} answers={answers}>
          {answers.parts.map((part, i) => {
            const itemLevel = (sectionLevel + (part.heading ? 2 : 1)) as HeadingLevel;
            const itemPage = part.kind === 'items' && !options.readOnly ? ITEM_PAGES[part.list] : undefined;
            return (
              <div key={i}>
                {part.heading && <PartHeading>{part.heading}</PartHeading>}
                {part.kind === 'rows' ? (
                  <AnswerRows
                    rows={part.rows}
                    changes={options.readOnly ? undefined : (row) => rowChange(plan, answers.section, row, i18n)}
                  />
                ) : part.items.length === 0 ? (
                  <p className="inset-text">{part.empty}</p>
                ) : (
                  withPositions(part.items, i18n).map((item, index) => (
                    <SummaryCard
                      key={item.id}
                      item={{
                        ...item,
                        rows: item.rows.map((row) => [
                          row.label,
                          answerValue(row),
                          options.readOnly
                            ? undefined
                            : rowChange(plan, answers.section, row, i18n, { ...item, index }),
                        ]),
                      }}
                      headingLevel={itemLevel}
                      {...(itemPage && {
                        changeHref: sectionHash(plan.id, itemPage, item.id, 'check'),
                        onChange: rememberRow(plan.id, { section: answers.section, item: item.id }),
                      })}
                    />
                  ))
                )}
              </div>
            );
          })}
        </Section>
      ))}
    </AnswersContext.Provider>
  );
}
