/**
 * The sign-off section: what is still missing, who has signed, and the plan's status, Draft →
 * Ready for sign-off → Signed off. Its item pages (see hashRoute.ts) add, change or remove a
 * signatory, list the plan's versions and compare them, show an earlier version, and start a new
 * version of a signed-off plan. The builder picks this file up as the sign-off section.
 */
import { useEffect, useRef, useState } from 'react';
import { PLAN_STATUS_LABELS } from '../../schema/labels';
import type { Plan, SignOff } from '../../schema/planSchema';
import { planHash, sectionHash } from '../../state/hashRoute';
import { SectionPage } from '../SectionPage';
import type { SectionProps } from '../sectionProps';
import PdfActions from '../pdf/PdfActions';
import { NewVersionForm } from './NewVersionForm';
import {
  isReadOnly,
  markReadyForSignOff,
  removeSignatory,
  returnToDraft,
  signOffPlan,
  type TransitionResult,
} from '../../signoff/planLifecycle';
import { PlanVersionsPage, VERSIONS_ITEM } from './PlanVersionsPage';
import { NEW_VERSION_ITEM, SignedBanner } from './SignedBanner';
import { SignatoryForm } from './SignatoryForm';
import { Signatories } from './Signatories';
import { isoDate, signOffReadiness, type SignOffIssue } from '../../signoff/signOffRules';
import { VersionView } from './VersionView';

/** Where a missing item is put right: its section, or the very item (an arrangement, a signatory). */
function issueHref(plan: Plan, issue: SignOffIssue): string {
  const list =
    issue.sectionId === 'arrangements' ? plan.arrangements : issue.sectionId === 'signoff' ? plan.signOff : undefined;
  if (list && issue.index !== undefined && list[issue.index])
    return sectionHash(plan.id, issue.sectionId, list[issue.index].id);
  if (issue.sectionId === 'signoff') return sectionHash(plan.id, 'signoff', 'add');
  return sectionHash(plan.id, issue.sectionId);
}

function IssueList({ plan, issues }: { plan: Plan; issues: SignOffIssue[] }) {
  return (
    <ul className="missing-list">
      {issues.map((i) => (
        <li key={`${i.rule}:${i.index ?? ''}`}>
          <a href={issueHref(plan, i)}>{i.message}</a>
        </li>
      ))}
    </ul>
  );
}

function Missing({ plan, issues }: { plan: Plan; issues: SignOffIssue[] }) {
  const content = issues.filter((i) => i.stage === 'content');
  const signatures = issues.filter((i) => i.stage === 'signatures');
  return (
    <section aria-labelledby="missing-heading">
      <h2 id="missing-heading">Before the plan can be signed off</h2>
      {issues.length === 0 ? (
        <p>Nothing is missing: the plan and its sign-offs have everything they need.</p>
      ) : (
        <>
          {content.length > 0 && (
            <>
              <h3>Still missing from the plan</h3>
              <IssueList plan={plan} issues={content} />
            </>
          )}
          {signatures.length > 0 && (
            <>
              <h3>Still needed for sign-off</h3>
              <IssueList plan={plan} issues={signatures} />
            </>
          )}
        </>
      )}
    </section>
  );
}

const things = (n: number) => (n === 1 ? '1 thing is' : `${n} things are`);

/** The buttons that move the plan on, each explaining why it is not available yet. */
function StatusActions({
  plan,
  onTransition,
}: {
  plan: Plan;
  onTransition(apply: (p: Plan) => TransitionResult, done: string): void;
}) {
  const { issues, readyForSignOff, complete } = signOffReadiness(plan, new Date());
  if (plan.status === 'draft') {
    const missing = issues.filter((i) => i.stage === 'content').length;
    return (
      <>
        <p id="status-action-hint">
          {readyForSignOff
            ? 'When the plan is ready, mark it as ready for sign-off, then record each person’s sign-off. It can still be changed until it is signed off.'
            : `You cannot mark the plan as ready for sign-off yet: ${things(missing)} still missing from the plan (listed above).`}
        </p>
        <div className="button-group">
          <button
            type="button"
            className="button"
            disabled={!readyForSignOff}
            aria-describedby="status-action-hint"
            onClick={() =>
              onTransition(
                (p) => markReadyForSignOff(p, new Date()),
                'The plan is ready for sign-off. Record each person’s sign-off below.',
              )
            }
          >
            Mark as ready for sign-off
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p id="status-action-hint">
        {complete
          ? 'Everything is in place. Once the plan is signed off it cannot be changed: any change will need a new version.'
          : `You cannot sign off the plan yet: ${things(issues.length)} still needed (listed above).`}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={!complete}
          aria-describedby="status-action-hint"
          onClick={() =>
            onTransition(
              (p) => signOffPlan(p, new Date()),
              'The plan has been signed off. It can no longer be changed.',
            )
          }
        >
          Sign off the plan
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => onTransition(returnToDraft, 'The plan is a draft again.')}
        >
          Return the plan to draft
        </button>
      </div>
    </>
  );
}

/** A success message that takes focus, so the change is announced and the reader is not lost. */
function Done({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div className="notification-banner notification-banner--success" role="alert" tabIndex={-1} ref={ref}>
      <p>{message}</p>
    </div>
  );
}

function Overview({ plan, onCommit }: SectionProps) {
  const [done, setDone] = useState<string>();
  const signed = isReadOnly(plan);
  const readiness = signOffReadiness(plan, isoDate(new Date()));
  const onTransition = (apply: (p: Plan) => TransitionResult, message: string) => {
    // The check runs on the plan as it is now; the buttons are only offered when it will pass.
    if (!apply(plan).ok) return;
    onCommit((p) => {
      const result = apply(p);
      return result.ok ? result.plan : p;
    });
    setDone(message);
  };
  const earlier = plan.previousVersions.length;
  return (
    <SectionPage plan={plan} section="signoff">
      {done && <Done message={done} />}
      <SignedBanner plan={plan} />
      <p>
        Status: <strong className={`tag tag--status-${plan.status}`}>{PLAN_STATUS_LABELS[plan.status]}</strong> Version{' '}
        {plan.version}
      </p>
      {!signed && <Missing plan={plan} issues={readiness.issues} />}

      <section aria-labelledby="signatories-heading">
        <h2 id="signatories-heading">Who has signed off</h2>
        {!signed && (
          <div className="hint">
            <p>The social worker must sign off, and the adoptive parents. Also ask:</p>
            <ul>
              <li>the approving manager</li>
              <li>each birth relative who is party to the arrangements</li>
              <li>the foster carers, if the child is still with them</li>
              <li>the young person, where they are old enough</li>
              <li>anyone else the plan relies on</li>
            </ul>
            <p>Where someone does not agree, or agrees with reservations, record it: their view is part of the plan.</p>
          </div>
        )}
        <Signatories plan={plan} editable={!signed} />
        {!signed && (
          <p>
            <a className="button button--secondary" href={sectionHash(plan.id, 'signoff', 'add')}>
              {plan.signOff.length ? 'Add another signatory' : 'Add a signatory'}
            </a>
          </p>
        )}
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{signed ? 'The signed plan' : 'Sign off the plan'}</h2>
        {signed ? (
          <>
            <PdfActions plan={plan} />
            <p>
              <a className="button button--secondary" href={sectionHash(plan.id, 'signoff', NEW_VERSION_ITEM)}>
                Start a new version
              </a>
            </p>
          </>
        ) : (
          <StatusActions plan={plan} onTransition={onTransition} />
        )}
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <p>
          This is version {plan.version}.{' '}
          {earlier === 0
            ? 'There are no earlier versions.'
            : `${earlier === 1 ? 'One earlier version is' : `${earlier} earlier versions are`} kept with it.`}{' '}
          <a href={sectionHash(plan.id, 'signoff', VERSIONS_ITEM)}>See every version and what changed</a>
        </p>
      </section>
      <p>
        <a href={planHash(plan.id)}>Back to the plan</a>
      </p>
    </SectionPage>
  );
}

function RemoveSignatory({ props, signatory }: { props: SectionProps; signatory: SignOff }) {
  const { plan, onCommit, navigate } = props;
  const back = sectionHash(plan.id, 'signoff');
  return (
    <SectionPage plan={plan} section="signoff" title={`Are you sure you want to remove ${signatory.name}?`} itemPage>
      <p>Their sign-off will be taken out of the plan.</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            onCommit((p) => removeSignatory(p, signatory.id));
            navigate(back);
          }}
        >
          Yes, remove
        </button>
        <a className="link-button" href={back}>
          No, keep {signatory.name}
        </a>
      </div>
    </SectionPage>
  );
}

export default function SignOffSection(props: SectionProps) {
  const { plan, route } = props;
  const item = route.item;
  if (item === VERSIONS_ITEM) return <PlanVersionsPage {...props} />;
  if (item === NEW_VERSION_ITEM) return <NewVersionForm props={props} />;
  const version = item ? /^version-(\d{1,4})$/.exec(item) : null;
  if (version) return <VersionView props={props} version={Number(version[1])} />;
  if (item && !isReadOnly(plan)) {
    const signatory = plan.signOff.find((s) => s.id === item);
    if (route.remove && signatory) return <RemoveSignatory props={props} signatory={signatory} />;
    if (item === 'add' || signatory) return <SignatoryForm key={item} props={props} existing={signatory} />;
  }
  return <Overview {...props} />;
}
