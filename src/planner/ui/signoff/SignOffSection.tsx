/**
 * The sign-off section: what is still missing, who has signed, and the plan's status, Draft →
 * Ready for sign-off → Signed off. Its item pages (see hashRoute.ts) add, change or remove a
 * signatory, list the plan's versions and compare them, show an earlier version, and start a new
 * version of a signed-off plan. The builder picks this file up as the sign-off section.
 */
import { messageText } from '../../../i18n/keyedMessage';
import { useEffect, useRef, useState } from 'react';
import type { Plan, SignOff } from '../../schema/planSchema';
import { planHash, sectionHash } from '../../state/hashRoute';
import { SectionPage } from '../SectionPage';
import type { SectionProps } from '../sectionProps';
import PdfActions from '../pdf/PdfActions';
import { useTranslator } from '../useTranslator';
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
import { neighbourAfterRemoval } from '../../state/itemActions';
import { cardHeadingId } from '../viewLanding';

/** The "Add a signatory" link, where focus lands when the last signatory is removed. */
const ADD_SIGNATORY_ID = 'add-signatory';

/** Who else to ask to sign off, besides the social worker and the adoptive parents. */
const ALSO_ASK = ['manager', 'birthRelatives', 'fosterCarers', 'youngPerson', 'anyoneElse'] as const;

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
  const i18n = useTranslator();
  return (
    <ul className="missing-list">
      {issues.map((i) => (
        <li key={`${i.rule}:${i.index ?? ''}`}>
          <a href={issueHref(plan, i)}>{messageText(i18n.t, i)}</a>
        </li>
      ))}
    </ul>
  );
}

function Missing({ plan, issues }: { plan: Plan; issues: SignOffIssue[] }) {
  const { t } = useTranslator();
  const content = issues.filter((i) => i.stage === 'content');
  const signatures = issues.filter((i) => i.stage === 'signatures');
  return (
    <section aria-labelledby="missing-heading">
      <h2 id="missing-heading">{t('signoff.missing.heading')}</h2>
      {issues.length === 0 ? (
        <p>{t('signoff.missing.nothing')}</p>
      ) : (
        <>
          {content.length > 0 && (
            <>
              <h3>{t('signoff.missing.contentHeading')}</h3>
              <IssueList plan={plan} issues={content} />
            </>
          )}
          {signatures.length > 0 && (
            <>
              <h3>{t('signoff.missing.signaturesHeading')}</h3>
              <IssueList plan={plan} issues={signatures} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The buttons that move the plan on, each explaining why it is not available yet. */
function StatusActions({
  plan,
  onTransition,
}: {
  plan: Plan;
  onTransition(apply: (p: Plan) => TransitionResult, done: string): void;
}) {
  const { t } = useTranslator();
  const { issues, readyForSignOff, complete } = signOffReadiness(plan, new Date());
  if (plan.status === 'draft') {
    const missing = issues.filter((i) => i.stage === 'content').length;
    return (
      <>
        <p id="status-action-hint">
          {readyForSignOff
            ? t('signoff.status.draftReadyHint')
            : t('signoff.status.draftNotReadyHint', { count: missing })}
        </p>
        <div className="button-group">
          <button
            type="button"
            className="button"
            disabled={!readyForSignOff}
            aria-describedby="status-action-hint"
            onClick={() => onTransition((p) => markReadyForSignOff(p, new Date()), t('signoff.status.markedReady'))}
          >
            {t('signoff.status.markReady')}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p id="status-action-hint">
        {complete ? t('signoff.status.completeHint') : t('signoff.status.incompleteHint', { count: issues.length })}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={!complete}
          aria-describedby="status-action-hint"
          onClick={() => onTransition((p) => signOffPlan(p, new Date()), t('signoff.status.signedOff'))}
        >
          {t('signoff.status.signOff')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => onTransition(returnToDraft, t('signoff.status.returnedToDraft'))}
        >
          {t('signoff.status.returnToDraft')}
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
  const { t } = useTranslator();
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
        {t('signoff.status.label')}{' '}
        <strong className={`tag tag--status-${plan.status}`}>{t(`plan.option.planStatus.${plan.status}`)}</strong>{' '}
        {t('signoff.status.version', { version: plan.version })}
      </p>
      {!signed && <Missing plan={plan} issues={readiness.issues} />}

      <section aria-labelledby="signatories-heading">
        <h2 id="signatories-heading">{t('signoff.signatories.heading')}</h2>
        {!signed && (
          <div className="hint">
            <p>{t('signoff.signatories.whoMustSign')}</p>
            <ul>
              {ALSO_ASK.map((who) => (
                <li key={who}>{t(`signoff.signatories.alsoAsk.${who}`)}</li>
              ))}
            </ul>
            <p>{t('signoff.signatories.recordViews')}</p>
          </div>
        )}
        <Signatories plan={plan} editable={!signed} />
        {!signed && (
          <p>
            <a className="button button--secondary" id={ADD_SIGNATORY_ID} href={sectionHash(plan.id, 'signoff', 'add')}>
              {plan.signOff.length ? t('signoff.signatories.addAnother') : t('signoff.signatories.addFirst')}
            </a>
          </p>
        )}
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">
          {signed ? t('signoff.statusSection.signedHeading') : t('signoff.statusSection.unsignedHeading')}
        </h2>
        {signed ? (
          <>
            <PdfActions plan={plan} />
            <p>
              <a className="button button--secondary" href={sectionHash(plan.id, 'signoff', NEW_VERSION_ITEM)}>
                {t('signoff.statusSection.startNewVersion')}
              </a>
            </p>
          </>
        ) : (
          <StatusActions plan={plan} onTransition={onTransition} />
        )}
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('signoff.versionsSection.heading')}</h2>
        <p>
          {t('signoff.versionsSection.thisVersion', { version: plan.version })}{' '}
          {t('signoff.versionsSection.earlier', { count: earlier })}{' '}
          <a href={sectionHash(plan.id, 'signoff', VERSIONS_ITEM)}>{t('signoff.versionsSection.seeAll')}</a>
        </p>
      </section>
      <p>
        <a href={planHash(plan.id)}>{t('signoff.overview.backToPlan')}</a>
      </p>
    </SectionPage>
  );
}

function RemoveSignatory({ props, signatory }: { props: SectionProps; signatory: SignOff }) {
  const { plan, onCommit, navigate } = props;
  const { t } = useTranslator();
  const back = sectionHash(plan.id, 'signoff');
  return (
    <SectionPage plan={plan} section="signoff" title={t('signoff.remove.title', { name: signatory.name })} itemPage>
      <p>{t('signoff.remove.consequence')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            const next = neighbourAfterRemoval(
              plan.signOff.map((s) => s.id),
              signatory.id,
            );
            onCommit((p) => removeSignatory(p, signatory.id));
            navigate(back, {
              focus: next ? [cardHeadingId(next), ADD_SIGNATORY_ID] : [ADD_SIGNATORY_ID],
              notice: t('planner.remove.done', { name: signatory.name }),
            });
          }}
        >
          {t('signoff.remove.confirm')}
        </button>
        <a className="link-button" href={back}>
          {t('signoff.remove.keep', { name: signatory.name })}
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
