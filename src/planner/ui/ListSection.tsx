/**
 * A section that is a list of items, as a GOV.UK summary card per item with Change and Remove, an
 * "Add" button, and "Have you completed this section?". The item form and the removal confirmation
 * are separate views of the same section (see hashRoute.ts).
 */
import type { ReactNode } from 'react';
import type { AnswerItem } from '../answers/planAnswers';
import { answerValue, SummaryRow, type RowChange } from './AnswerRows';
import { useForm } from 'react-hook-form';
import { sectionCompleteSchemas, type Plan } from '../schema/planSchema';
import { nextSectionHash, returnHash, sectionHash } from '../state/hashRoute';
import { setSectionCompleted } from '../state/planOperations';
import { ErrorSummary } from './ErrorSummary';
import { formIssues } from '../forms/formValues';
import { flattenErrors, issuesResolver } from './formValidation';
import { COMPLETED_REQUIRED_KEY } from './CompletedQuestion';
import { useTranslator } from './useTranslator';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { summaryErrors } from './useSectionForm';
import type { SectionProps } from './sectionProps';
import type { ItemList } from './useItemForm';
import type { Translator } from '../../i18n/translator';
import { repeatedNamePositions } from '../state/itemActions';
import { cardHeadingId, changeLinkId, removeLinkId } from './viewLanding';

export type HeadingLevel = 2 | 3 | 4 | 5;

export interface ItemSummary {
  id: string;
  heading: string;
  rows: [label: string, value: ReactNode, change?: RowChange][];
  /** Which of the list's items this is, where another has the same heading: "(2 of 3)". */
  position?: string;
}

interface Props {
  props: SectionProps;
  list: ItemList;
  items: ItemSummary[];
  addLabel: string;
  emptyText: ReactNode;
  /** Shown above the list, e.g. the eco-map. */
  before?: ReactNode;
  /** Shown after the "Add" button: other ways to add, such as common items to start from. */
  afterAdd?: ReactNode;
}

export const ADD_ITEM_ID = 'add-item';

/**
 * Items with their place in the list said wherever two headings read the same, so that every
 * "Change" and "Remove" names the one item it acts on.
 */
export function withPositions<T extends { heading: string }>(
  items: T[],
  i18n: Translator,
): (T & { position?: string })[] {
  const positions = repeatedNamePositions(
    items.map((item) => item.heading),
    i18n.locale,
  );
  return items.map((item, i) => {
    const position = positions[i];
    return position ? { ...item, position: i18n.t('planner.item.position', { ...position }) } : item;
  });
}

/** An item of the plan's answers as a summary card's heading and rows. */
export function answerSummary(item: AnswerItem): ItemSummary {
  return { id: item.id, heading: item.heading, rows: item.rows.map((row) => [row.label, answerValue(row)]) };
}

export function SummaryCard({
  item,
  headingLevel = 2,
  changeHref,
  onChange,
  removeHref,
}: {
  item: ItemSummary;
  /** One below the heading the card sits under: 2 under the page's h1. */
  headingLevel?: HeadingLevel;
  changeHref?: string;
  /** Called as the Change link is followed. */
  onChange?(): void;
  removeHref?: string;
}) {
  const { t } = useTranslator();
  const Heading = `h${headingLevel}` as const;
  const which = (
    <span className="visually-hidden">
      {' '}
      {item.heading}
      {item.position && ` ${item.position}`}
    </span>
  );
  return (
    <div className="summary-card">
      <div className="summary-card__title-wrapper">
        {/* Focusable, for focus to land on when the item before it is removed. */}
        <Heading className="summary-card__title" id={cardHeadingId(item.id)} tabIndex={-1}>
          {item.heading}
        </Heading>
        {(changeHref || removeHref) && (
          <ul className="summary-card__actions">
            {changeHref && (
              <li>
                <a href={changeHref} id={changeLinkId(item.id)} onClick={onChange}>
                  {t('plan.check.change')}
                  {which}
                </a>
              </li>
            )}
            {removeHref && (
              <li>
                <a href={removeHref} id={removeLinkId(item.id)}>
                  {t('plan.form.remove')}
                  {which}
                </a>
              </li>
            )}
          </ul>
        )}
      </div>
      <dl className="summary-list">
        {item.rows.map(([label, value, change]) => (
          <SummaryRow key={label} label={label} value={value} change={change} />
        ))}
      </dl>
    </div>
  );
}

export function ListSection({ props, list, items, addLabel, emptyText, before, afterAdd }: Props) {
  const i18n = useTranslator();
  const { t } = i18n;
  const { plan, route, onCommit, navigate } = props;
  const methods = useForm<{ completed: string | null }>({
    defaultValues: { completed: plan.completedSections.includes(list) ? 'yes' : null },
    resolver: issuesResolver((values) =>
      values.completed
        ? values.completed === 'yes'
          ? formIssues(t, sectionCompleteSchemas[list], plan[list]).map((i) => ({ ...i, name: 'items' }))
          : []
        : [{ name: 'completed', message: t(COMPLETED_REQUIRED_KEY) }],
    ),
    shouldFocusError: false,
  });
  const errors = summaryErrors(flattenErrors(methods.formState.errors), { items: ADD_ITEM_ID });
  const onSubmit = methods.handleSubmit((values) => {
    onCommit((p: Plan) => setSectionCompleted(p, list, values.completed === 'yes'));
    navigate(route.from ? returnHash(route, route.from) : nextSectionHash(plan.id, list));
  });
  const itemsError = (methods.formState.errors as Record<string, { message?: string } | undefined>).items?.message;

  return (
    <SectionPage
      plan={plan}
      section={list}
      route={route}
      hasErrors={errors.length > 0}
      errors={<ErrorSummary key={methods.formState.submitCount} errors={errors} />}
    >
      {before}
      {items.length === 0 ? (
        <p className="inset-text">{emptyText}</p>
      ) : (
        withPositions(items, i18n).map((item) => (
          <SummaryCard
            key={item.id}
            item={item}
            changeHref={sectionHash(plan.id, list, item.id, route.from)}
            removeHref={`${sectionHash(plan.id, list, item.id)}/remove`}
          />
        ))
      )}
      <div className={itemsError ? 'form-group form-group--error' : 'form-group'}>
        {itemsError && (
          <p className="error-message" id={`${ADD_ITEM_ID}-error`}>
            <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
            {String(itemsError)}
          </p>
        )}
        <a
          className="button button--secondary"
          id={ADD_ITEM_ID}
          href={sectionHash(plan.id, list, 'add', route.from)}
          aria-describedby={itemsError ? `${ADD_ITEM_ID}-error` : undefined}
        >
          {addLabel}
        </a>
      </div>
      {afterAdd}
      <SectionForm methods={methods} onSubmit={onSubmit} />
    </SectionPage>
  );
}
