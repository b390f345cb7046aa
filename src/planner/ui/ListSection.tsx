/**
 * A section that is a list of items, as a GOV.UK summary card per item with Change and Remove, an
 * "Add" button, and "Have you completed this section?". The item form and the removal confirmation
 * are separate views of the same section (see hashRoute.ts).
 */
import type { ReactNode } from 'react';
import type { AnswerItem } from '../answers/planAnswers';
import { answerValue } from './AnswerRows';
import { useForm } from 'react-hook-form';
import { sectionCompleteSchemas, type Plan } from '../schema/planSchema';
import { checkHash, planHash, sectionHash } from '../state/hashRoute';
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

export interface ItemSummary {
  id: string;
  heading: string;
  rows: [label: string, value: ReactNode][];
}

interface Props {
  props: SectionProps;
  list: ItemList;
  items: ItemSummary[];
  addLabel: string;
  emptyText: ReactNode;
  /** Shown above the list, e.g. the eco-map. */
  before?: ReactNode;
}

export const ADD_ITEM_ID = 'add-item';

/** An item of the plan's answers as a summary card's heading and rows. */
export function answerSummary(item: AnswerItem): ItemSummary {
  return { id: item.id, heading: item.heading, rows: item.rows.map((row) => [row.label, answerValue(row)]) };
}

/** A summary list row's value: `notProvided` ("Not provided") for an empty answer. */
export const orNotProvided = (value: ReactNode, notProvided: string) =>
  value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0) ? (
    <span className="not-provided">{notProvided}</span>
  ) : (
    value
  );

export function SummaryCard({
  item,
  changeHref,
  removeHref,
}: {
  item: ItemSummary;
  changeHref?: string;
  removeHref?: string;
}) {
  const { t } = useTranslator();
  return (
    <div className="summary-card">
      <div className="summary-card__title-wrapper">
        <h2 className="summary-card__title">{item.heading}</h2>
        {(changeHref || removeHref) && (
          <ul className="summary-card__actions">
            {changeHref && (
              <li>
                <a href={changeHref}>
                  {t('plan.check.change')}
                  <span className="visually-hidden"> {item.heading}</span>
                </a>
              </li>
            )}
            {removeHref && (
              <li>
                <a href={removeHref}>
                  {t('plan.form.remove')}
                  <span className="visually-hidden"> {item.heading}</span>
                </a>
              </li>
            )}
          </ul>
        )}
      </div>
      <dl className="summary-list">
        {item.rows.map(([label, value]) => (
          <div className="summary-list__row" key={label}>
            <dt className="summary-list__key">{label}</dt>
            <dd className="summary-list__value">{orNotProvided(value, t('plan.notProvided'))}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function ListSection({ props, list, items, addLabel, emptyText, before }: Props) {
  const { t } = useTranslator();
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
    navigate(route.fromCheck ? checkHash(plan.id) : planHash(plan.id));
  });
  const itemsError = (methods.formState.errors as Record<string, { message?: string } | undefined>).items?.message;

  return (
    <SectionPage
      plan={plan}
      section={list}
      fromCheck={route.fromCheck}
      hasErrors={errors.length > 0}
      errors={<ErrorSummary key={methods.formState.submitCount} errors={errors} />}
    >
      {before}
      {items.length === 0 ? (
        <p className="inset-text">{emptyText}</p>
      ) : (
        items.map((item) => (
          <SummaryCard
            key={item.id}
            item={item}
            changeHref={sectionHash(plan.id, list, item.id, route.fromCheck)}
            removeHref={`${sectionHash(plan.id, list, item.id)}/remove`}
          />
        ))
      )}
      <div className={itemsError ? 'form-group form-group--error' : 'form-group'}>
        {itemsError && (
          <p className="error-message" id={`${ADD_ITEM_ID}-error`}>
            <span className="visually-hidden">{t('planner.form.errorPrefix')} </span>
            {String(itemsError)}
          </p>
        )}
        <a
          className="button button--secondary"
          id={ADD_ITEM_ID}
          href={sectionHash(plan.id, list, 'add', route.fromCheck)}
          aria-describedby={itemsError ? `${ADD_ITEM_ID}-error` : undefined}
        >
          {addLabel}
        </a>
      </div>
      <SectionForm methods={methods} onSubmit={onSubmit} />
    </SectionPage>
  );
}
