/**
 * "Your plans": every plan kept on this device, with open, duplicate, rename and delete, plus
 * starting a new plan, opening a plan file, trying a worked example and deleting everything.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PlanSummary } from '../storage/planLibrary';
import { planHash } from '../state/hashRoute';
import { formatDateTime } from './formatDate';
import { PageHeading } from './PageHeading';
import { useDocumentTitle } from './useDocumentTitle';

export interface ExampleLink {
  id: string;
  title: string;
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
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm" tabIndex={-1} ref={ref} role="group" aria-label="Confirm">
      <p className="warning-text">
        <strong>{text}</strong>
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
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
  const [value, setValue] = useState(plan.name === 'Untitled plan' ? '' : plan.name);
  const [error, setError] = useState('');
  const id = `rename-${plan.id}`;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <form
      className="rename"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim().length > 120) return setError("The plan's name must be 120 characters or fewer");
        onRename(value);
      }}
    >
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={id}>
          New name for this plan
        </label>
        <div className="hint" id={`${id}-hint`}>
          Leave it blank to use the child’s name.
        </div>
        {error && (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
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
          Save name
        </button>
        <button className="button button--secondary" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function PlansList(props: Props) {
  const { plans, examples, sessionOnly, note, fileControls } = props;
  useDocumentTitle('Your plans', props.hasErrors);
  const [renaming, setRenaming] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [deletingAll, setDeletingAll] = useState(false);
  return (
    <div className="plans-list">
      {note}
      <PageHeading>Your plans</PageHeading>
      <p className="lead">
        Draft a staying-in-touch plan with the family, section by section, over as many sittings as you need.
      </p>
      {props.storageNote ??
        (sessionOnly ? (
          <p className="warning-text">
            <strong>
              This browser is not letting the plan builder save on this device. Plans are kept only while this tab is
              open: save each plan to a file before you close it.
            </strong>
          </p>
        ) : (
          <p>Plans are saved on this device only, as you type. Nothing is sent anywhere.</p>
        ))}
      <p>
        <button type="button" className="button" onClick={props.onNew}>
          Start a new plan
        </button>
      </p>

      {plans.length === 0 ? (
        <p className="inset-text">There are no plans on this device yet.</p>
      ) : (
        <ul className="plan-cards">
          {plans.map((plan) => (
            <li className="summary-card" key={plan.id}>
              <div className="summary-card__title-wrapper">
                <h2 className="summary-card__title">
                  <a href={planHash(plan.id)}>{plan.name}</a>
                  {plan.practice && (
                    <>
                      {' '}
                      <strong className="tag tag--fictional">Practice</strong>
                    </>
                  )}
                </h2>
                <ul className="summary-card__actions">
                  <li>
                    <button type="button" className="link-button" onClick={() => props.onDuplicate(plan.id)}>
                      Duplicate<span className="visually-hidden"> {plan.name}</span>
                    </button>
                  </li>
                  {!plan.signed && (
                    <li>
                      <button type="button" className="link-button" onClick={() => setRenaming(plan.id)}>
                        Rename<span className="visually-hidden"> {plan.name}</span>
                      </button>
                    </li>
                  )}
                  <li>
                    <button type="button" className="link-button" onClick={() => setDeleting(plan.id)}>
                      Delete<span className="visually-hidden"> {plan.name}</span>
                    </button>
                  </li>
                </ul>
              </div>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt className="summary-list__key">Child</dt>
                  <dd className="summary-list__value">
                    {plan.childName || <span className="not-provided">Not provided</span>}
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt className="summary-list__key">Status</dt>
                  <dd className="summary-list__value">
                    {plan.status}, version {plan.version}
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt className="summary-list__key">Last saved</dt>
                  <dd className="summary-list__value">{formatDateTime(plan.updatedAt)}</dd>
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
                  text={`Are you sure you want to delete ${plan.name}? This cannot be undone.`}
                  confirmLabel="Yes, delete this plan"
                  onConfirm={() => {
                    setDeleting(undefined);
                    props.onDelete(plan.id);
                  }}
                  onCancel={() => setDeleting(undefined)}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      {fileControls}

      {examples.length > 0 && (
        <section aria-labelledby="examples-heading">
          <h2 id="examples-heading">Practise with a worked example</h2>
          <p>Each opens as a new practice plan with fictional people, marked as practice wherever it shows.</p>
          <ul>
            {examples.map((e) => (
              <li key={e.id}>
                <a href={`/planner/?example=${encodeURIComponent(e.id)}`}>{e.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="print-heading">
        <h2 id="print-heading">Working on paper</h2>
        <p>
          <a href="/planner/template/">Print the blank planning template</a>
        </p>
      </section>

      {plans.length > 0 && (
        <section aria-labelledby="delete-all-heading">
          <h2 id="delete-all-heading">Delete all plans from this device</h2>
          <p>For example before you hand the device back or leave a shared computer.</p>
          {deletingAll ? (
            <Confirm
              text={`Are you sure you want to delete all ${plans.length} ${plans.length === 1 ? 'plan' : 'plans'} from this device? This cannot be undone.`}
              confirmLabel="Yes, delete all plans"
              onConfirm={() => {
                setDeletingAll(false);
                props.onDeleteAll();
              }}
              onCancel={() => setDeletingAll(false)}
            />
          ) : (
            <button type="button" className="button button--warning" onClick={() => setDeletingAll(true)}>
              Delete all plans from this device
            </button>
          )}
        </section>
      )}
      {props.deviceControls}
    </div>
  );
}
