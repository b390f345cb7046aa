/**
 * "Your plans": every plan kept on this device, with open, duplicate, rename and delete, plus
 * starting a new plan, opening a plan file, trying a worked example and deleting everything.
 */
import { localPath } from '../../i18n/localPath';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PlanSummary } from '../storage/planLibrary';
import { LIMITS } from '../schema/planVocabulary';
import { planHash } from '../state/hashRoute';
import { planDisplayName } from '../state/planOperations';
import { PageHeading } from './PageHeading';
import { useDocumentTitle } from './useDocumentTitle';
import { useTranslator } from './useTranslator';
import { neighbourAfterRemoval, repeatedNamePositions } from '../state/itemActions';
import { cardHeadingId, useFocusAfterChange } from './viewLanding';

/** "Start a new plan", where focus lands when the last plan is deleted. */
const NEW_PLAN_ID = 'new-plan';

export interface ExampleLink {
  id: string;
  title: string;
  /** The title's language, where it is not the page's (an English title on the Welsh page). */
  lang?: string;
}

interface Props {
  /** A plan file problem is showing. */
  hasErrors: boolean;
  plans: PlanSummary[];
  examples: ExampleLink[];
  sessionOnly: boolean;
  /** Replaces the line saying where plans are kept. */
  storageNote?: ReactNode;
  /** This device's privacy settings, shown last. */
  deviceControls?: ReactNode;
  /** A note to show first, e.g. why a section link landed here. */
  note?: ReactNode;
  fileControls: ReactNode;
  onNew(): void;
  onDuplicate(id: string): void;
  onRename(id: string, title: string): void;
  onDelete(id: string): void;
  onDeleteAll(): void;
}

function Confirm({
  text,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  text: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslator();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm" tabIndex={-1} ref={ref} role="group" aria-label={t('planner.plans.confirm')}>
      <p className="warning-text">
        <strong>{text}</strong>
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('planner.action.cancel')}
        </button>
      </div>
    </div>
  );
}

function RenameForm({
  plan,
  onRename,
  onCancel,
}: {
  plan: PlanSummary;
  onRename(title: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslator();
  // The name it goes by now, unless that is "Untitled plan".
  const [value, setValue] = useState(plan.title.trim() || plan.childName.trim());
  const [error, setError] = useState('');
  const id = `rename-${plan.id}`;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <form
      autoComplete="off"
      className="rename"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim().length > LIMITS.name) return setError(t('planner.rename.tooLong', { max: LIMITS.name }));
        onRename(value);
      }}
    >
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={id}>
          {t('planner.rename.label')}
        </label>
        <div className="hint" id={`${id}-hint`}>
          {t('planner.rename.hint')}
        </div>
        {error && (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
            {error}
          </p>
        )}
        <input
          autoComplete="off"
          ref={inputRef}
          id={id}
          className="input input--medium"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      <div className="button-group">
        <button className="button" type="submit">
          {t('planner.rename.save')}
        </button>
        <button className="button button--secondary" type="button" onClick={onCancel}>
          {t('planner.action.cancel')}
        </button>
      </div>
    </form>
  );
}

export function PlansList(props: Props) {
  const i18n = useTranslator();
  const { t } = i18n;
  const { plans, examples, sessionOnly, note, fileControls } = props;
  useDocumentTitle(t('planner.plans.title'), props.hasErrors);
  const [renaming, setRenaming] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [deletingAll, setDeletingAll] = useState(false);
  const focusAfter = useFocusAfterChange();
  const names = plans.map((plan) => planDisplayName({ title: plan.title, child: { name: plan.childName } }, t));
  // Two plans can go by the same name (two untitled plans): their links and buttons say which is which.
  const positions = repeatedNamePositions(names, i18n.locale);
  return (
    <div className="plans-list">
      {note}
      <PageHeading>{t('planner.plans.title')}</PageHeading>
      <p className="lead">{t('planner.plans.lead')}</p>
      {props.storageNote ??
        (sessionOnly ? (
          <p className="warning-text">
            <strong>{t('planner.plans.sessionOnly')}</strong>
          </p>
        ) : (
          <p>{t('planner.plans.savedOnDevice')}</p>
        ))}
      <p>
        <button type="button" className="button" id={NEW_PLAN_ID} onClick={props.onNew}>
          {t('planner.plans.new')}
        </button>
      </p>

      {plans.length === 0 ? (
        <p className="inset-text">{t('planner.plans.none')}</p>
      ) : (
        <ul className="plan-cards">
          {plans.map((plan, index) => {
            const name = names[index];
            const position = positions[index];
            const which = (
              <span className="visually-hidden">
                {' '}
                {name}
                {position && ` ${t('planner.item.position', { ...position })}`}
              </span>
            );
            return (
              <li className="summary-card" key={plan.id}>
                <div className="summary-card__title-wrapper">
                  {/* Focusable, for focus to land on when the plan before it is deleted. */}
                  <h2 className="summary-card__title" id={cardHeadingId(plan.id)} tabIndex={-1}>
                    <a href={planHash(plan.id)}>
                      {name}
                      {position && (
                        <span className="visually-hidden"> {t('planner.item.position', { ...position })}</span>
                      )}
                    </a>
                    {plan.practice && (
                      <>
                        {' '}
                        <strong className="tag tag--fictional">{t('planner.practice.tag')}</strong>
                      </>
                    )}
                  </h2>
                  <ul className="summary-card__actions">
                    <li>
                      <button type="button" className="link-button" onClick={() => props.onDuplicate(plan.id)}>
                        {t('planner.plans.duplicate')}
                        {which}
                      </button>
                    </li>
                    {!plan.signed && (
                      <li>
                        <button type="button" className="link-button" onClick={() => setRenaming(plan.id)}>
                          {t('planner.plans.rename')}
                          {which}
                        </button>
                      </li>
                    )}
                    <li>
                      <button type="button" className="link-button" onClick={() => setDeleting(plan.id)}>
                        {t('planner.plans.delete')}
                        {which}
                      </button>
                    </li>
                  </ul>
                </div>
                <dl className="summary-list">
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('planner.plans.child')}</dt>
                    <dd className="summary-list__value">
                      {plan.childName || <span className="not-provided">{t('common.notProvided')}</span>}
                    </dd>
                  </div>
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('planner.plans.status')}</dt>
                    <dd className="summary-list__value">
                      {t('planner.plans.statusValue', {
                        status: t(`plan.option.planStatus.${plan.status}`),
                        version: plan.version,
                      })}
                    </dd>
                  </div>
                  <div className="summary-list__row">
                    <dt className="summary-list__key">{t('planner.plans.lastSaved')}</dt>
                    <dd className="summary-list__value">{i18n.dateTime(plan.updatedAt)}</dd>
                  </div>
                </dl>
                {renaming === plan.id && (
                  <RenameForm
                    plan={plan}
                    onRename={(t) => {
                      setRenaming(undefined);
                      props.onRename(plan.id, t);
                    }}
                    onCancel={() => setRenaming(undefined)}
                  />
                )}
                {deleting === plan.id && (
                  <Confirm
                    text={t('planner.plans.confirmDelete', { name })}
                    confirmLabel={t('planner.plans.confirmDeleteButton')}
                    onConfirm={() => {
                      const next = neighbourAfterRemoval(
                        plans.map((p) => p.id),
                        plan.id,
                      );
                      setDeleting(undefined);
                      props.onDelete(plan.id);
                      focusAfter([next && cardHeadingId(next), NEW_PLAN_ID]);
                    }}
                    onCancel={() => setDeleting(undefined)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}

      {fileControls}

      {examples.length > 0 && (
        <section aria-labelledby="examples-heading">
          <h2 id="examples-heading">{t('planner.plans.examplesHeading')}</h2>
          <p>{t('planner.plans.examplesIntro')}</p>
          <ul>
            {examples.map((e) => (
              <li key={e.id}>
                <a href={localPath(`/planner/?example=${encodeURIComponent(e.id)}`, i18n.lang)} lang={e.lang}>
                  {e.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="print-heading">
        <h2 id="print-heading">{t('planner.plans.paperHeading')}</h2>
        <p>
          <a href={localPath('/planner/template/', i18n.lang)}>{t('planner.plans.paperLink')}</a>
        </p>
      </section>

      {plans.length > 0 && (
        <section aria-labelledby="delete-all-heading">
          <h2 id="delete-all-heading">{t('planner.plans.deleteAllHeading')}</h2>
          <p>{t('planner.plans.deleteAllIntro')}</p>
          {deletingAll ? (
            <Confirm
              text={t('planner.plans.confirmDeleteAll', { count: plans.length })}
              confirmLabel={t('planner.plans.confirmDeleteAllButton')}
              onConfirm={() => {
                setDeletingAll(false);
                props.onDeleteAll();
                focusAfter([NEW_PLAN_ID]);
              }}
              onCancel={() => setDeletingAll(false)}
            />
          ) : (
            <button type="button" className="button button--warning" onClick={() => setDeletingAll(true)}>
              {t('planner.plans.deleteAllButton')}
            </button>
          )}
        </section>
      )}
      {props.deviceControls}
    </div>
  );
}
