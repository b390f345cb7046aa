/**
 * The exchange log (`#/plan/<id>/exchanges`): for each written-exchange arrangement, what the review
 * reads (how many were due and reached each step, and every exchange), with "Log an exchange" and
 * each entry's Change and Remove. Written after sign-off too: the log is not part of what is signed.
 */
import { exchangeLogAnswers, type ArrangementLog } from '../../answers/planAnswers';
import { LIMITS } from '../../schema/planVocabulary';
import type { Plan } from '../../schema/planSchema';
import { writtenFormOf } from '../../state/exchangeLog';
import { exchangesHash, planHash, sectionHash, type Route } from '../../state/hashRoute';
import { planDisplayName } from '../../state/planOperations';
import { AnswerRows } from '../AnswerRows';
import { answerSummary, SummaryCard, withPositions } from '../ListSection';
import { PageHeading } from '../PageHeading';
import { PracticeBanner } from '../PracticeBanner';
import { useDocumentTitle } from '../useDocumentTitle';
import { useToolTranslator } from '../useToolTranslator';
import type { PlanUpdate } from '../sectionProps';
import { addExchangeId, type Landing } from '../viewLanding';
import { ExchangeForm } from './ExchangeForm';
import { RemoveExchange } from './RemoveExchange';

interface Props {
  plan: Plan;
  route: Extract<Route, { view: 'exchanges' }>;
  onCommit(update: PlanUpdate): void;
  navigate(hash: string, landing?: Landing): void;
}

function ArrangementSection({ plan, log, full }: { plan: Plan; log: ArrangementLog; full: boolean }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const arrangement = plan.arrangements.find((a) => a.id === log.arrangementId);
  const canAdd = !!arrangement && !!writtenFormOf(arrangement) && !full;
  const months = arrangement?.writtenExchange?.dueMonths ?? [];
  const headingId = `log-${log.arrangementId}`;
  return (
    <section aria-labelledby={headingId} className="exchange-log">
      <h2 id={headingId}>{log.title}</h2>
      {arrangement && (
        <p>
          {months.length
            ? t('planner.exchanges.dueMonths', { months: i18n.list([...months].sort((a, b) => a - b).map(i18n.month)) })
            : t('planner.exchanges.noDueMonths')}
        </p>
      )}
      <AnswerRows rows={[log.tally]} />
      {canAdd && (
        <p>
          <a
            className="button button--secondary"
            id={addExchangeId(log.arrangementId)}
            href={exchangesHash(plan.id, log.arrangementId)}
          >
            {t('planner.exchanges.add')}
            <span className="visually-hidden"> {t('planner.exchanges.addFor', { arrangement: log.title })}</span>
          </a>
        </p>
      )}
      {withPositions(log.items, i18n).map((item) => (
        <SummaryCard
          key={item.id}
          item={{ ...answerSummary(item), ...(item.position ? { position: item.position } : {}) }}
          headingLevel={3}
          changeHref={exchangesHash(plan.id, log.arrangementId, item.id)}
          removeHref={exchangesHash(plan.id, log.arrangementId, item.id, true)}
        />
      ))}
    </section>
  );
}

function Overview({ plan }: { plan: Plan }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  useDocumentTitle(t('planner.exchanges.title'));
  const logs = exchangeLogAnswers(plan, i18n);
  const full = (plan.exchangeLog?.length ?? 0) >= LIMITS.exchanges;
  return (
    <>
      <p className="lead">{t('planner.exchanges.lead')}</p>
      {plan.status === 'signed' && <p className="inset-text">{t('planner.exchanges.signed')}</p>}
      {full && <p className="inset-text">{t('planner.exchanges.full', { maximum: LIMITS.exchanges })}</p>}
      {logs.length === 0 ? (
        <p>
          {t('planner.exchanges.none')}{' '}
          {plan.status !== 'signed' && (
            <a href={sectionHash(plan.id, 'arrangements')}>{t('planner.exchanges.toArrangements')}</a>
          )}
        </p>
      ) : (
        logs.map((log) => <ArrangementSection key={log.arrangementId} plan={plan} log={log} full={full} />)
      )}
    </>
  );
}

export default function ExchangeLogPage({ plan, route, onCommit, navigate }: Props) {
  const { t } = useToolTranslator();
  const { arrangementId, entry } = route;
  const arrangement = plan.arrangements.find((a) => a.id === arrangementId);
  const existing = plan.exchangeLog?.find((e) => e.id === entry && e.arrangementId === arrangementId);
  // Adding needs a written arrangement; changing or removing needs the entry.
  const form = entry === 'add' ? !!arrangement && !!writtenFormOf(arrangement) : !!existing;
  const back = form ? exchangesHash(plan.id) : planHash(plan.id);
  return (
    <div className="planner-section">
      <a className="back-link" href={back}>
        {form ? t('planner.exchanges.title') : t('planner.exchanges.back')}
      </a>
      <PracticeBanner practice={plan.practice} />
      {/* The form and the removal page have headings of their own. */}
      {!form && <PageHeading caption={planDisplayName(plan, t)}>{t('planner.exchanges.title')}</PageHeading>}
      {entry && !form && <p className="inset-text">{t('planner.exchanges.notFound')}</p>}
      {!form ? (
        <Overview plan={plan} />
      ) : route.remove && existing ? (
        <RemoveExchange plan={plan} exchange={existing} onCommit={onCommit} navigate={navigate} />
      ) : (
        <ExchangeForm
          plan={plan}
          arrangementId={arrangementId!}
          {...(existing ? { exchange: existing } : {})}
          onCommit={onCommit}
          navigate={navigate}
        />
      )}
    </div>
  );
}
