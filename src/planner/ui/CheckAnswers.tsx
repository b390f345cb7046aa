/**
 * "Check your answers": the whole plan on one page, in the template's order, with a Change link for
 * every section that returns here after saving, and "Not provided" for anything skipped.
 */
import { createContext, useContext, type ReactNode } from 'react';
import {
  CONTINGENCY_TRIGGER_LABELS,
  EARLY_REVIEW_TRIGGER_LABELS,
  FIELD_LABELS,
  HEARING_METHOD_LABELS,
  PURPOSE_LABELS,
  SECTION_LABELS,
} from '../schema/labels';
import type { Plan, SectionId } from '../schema/planSchema';
import { planHash, sectionHash } from '../state/hashRoute';
import { planDisplayName } from '../state/planOperations';
import { TASK_STATUS_LABELS, sectionStatus } from '../state/taskStatus';
import { describeArrangement } from './ArrangementsSection';
import { formatDate } from './formatDate';
import { SummaryCard, orNotProvided } from './ListSection';
import { PageHeading } from './PageHeading';
import { describePerson } from './PeopleSection';
import { PracticeBanner } from './PracticeBanner';
import { describeSupport } from './SupportSection';
import { describeView } from './VoicesSection';
import { FACTOR_KIND_LABELS, JURISDICTION_LABELS } from '../schema/labels';
import { partyName } from './partyName';
import { useDocumentTitle } from './useDocumentTitle';
import { SignedBanner } from './signoff/SignedBanner';

type Row = [label: string, value: ReactNode];

function Rows({ rows }: { rows: Row[] }) {
  return (
    <dl className="summary-list">
      {rows.map(([label, value]) => (
        <div className="summary-list__row" key={label}>
          <dt className="summary-list__key">{label}</dt>
          <dd className="summary-list__value">{orNotProvided(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface AnswersOptions {
  /** Show one section only, without its heading (the page's heading names it). */
  only?: SectionId;
  /** No Change links: a signed-off plan, or an earlier version. */
  readOnly?: boolean;
}
const AnswersContext = createContext<AnswersOptions>({});

function Section({ plan, id, children }: { plan: Plan; id: SectionId; children: ReactNode }) {
  const { only, readOnly } = useContext(AnswersContext);
  if (only) return only === id ? <div className="check-section">{children}</div> : null;
  const title = SECTION_LABELS[id].title;
  return (
    <section className="check-section" aria-labelledby={`check-${id}`}>
      <div className="check-section__header">
        <h2 id={`check-${id}`}>{title}</h2>
        <span className="check-section__status">{TASK_STATUS_LABELS[sectionStatus(plan, id)]}</span>
        {!readOnly && (
          <a href={sectionHash(plan.id, id, undefined, true)}>
            Change<span className="visually-hidden"> {title.toLowerCase()}</span>
          </a>
        )}
      </div>
      {children}
    </section>
  );
}

const lines = (text: string) => (text ? <span className="pre-line">{text}</span> : '');

export default function CheckAnswers({ plan }: { plan: Plan }) {
  useDocumentTitle(`Check your answers – ${planDisplayName(plan)}`);
  return (
    <div className="check-answers">
      <a className="back-link" href={planHash(plan.id)}>
        Back to the plan
      </a>
      <PracticeBanner practice={plan.practice} />
      <PageHeading caption={planDisplayName(plan)}>Check your answers</PageHeading>
      <SignedBanner plan={plan} />
      <PlanAnswers plan={plan} readOnly={plan.status === 'signed'} />
      <p>
        <a className="button" href={planHash(plan.id)}>
          Back to the plan
        </a>
      </p>
    </div>
  );
}

/** Every answer in the plan, section by section; also the read-only view of a signed-off plan. */
export function PlanAnswers({ plan, ...options }: { plan: Plan } & AnswersOptions) {
  const { child, purposes, review, voices, change } = plan;
  const C = FIELD_LABELS.child;
  const P = FIELD_LABELS.purposes;
  const R = FIELD_LABELS.review;
  const V = FIELD_LABELS.childVoice;
  return (
    <AnswersContext.Provider value={options}>
      <Section plan={plan} id="child">
        <Rows
          rows={[
            [C.name.label, child.name],
            [C.dateOfBirth.label, formatDate(child.dateOfBirth)],
            [C.age.label, child.age],
            [C.placementDate.label, formatDate(child.placementDate)],
            [C.orderDate.label, formatDate(child.orderDate)],
            [C.heritage.label, child.heritage],
            [C.religion.label, child.religion],
            [C.languages.label, child.languages],
            [C.needs.label, lines(child.needs)],
            [C.communication.label, lines(child.communication)],
            [C.siblings.label, lines(child.siblings)],
            [C.jurisdiction.label, JURISDICTION_LABELS[plan.jurisdiction]],
          ]}
        />
      </Section>

      <Section plan={plan} id="purposes">
        <Rows
          rows={[
            [
              P.selected.label,
              purposes.selected.length ? (
                <ul>
                  {purposes.selected.map((p) => (
                    <li key={p}>{p === 'other' ? purposes.other || PURPOSE_LABELS.other : PURPOSE_LABELS[p]}</li>
                  ))}
                </ul>
              ) : (
                ''
              ),
            ],
            [P.summary.label, lines(purposes.summary)],
            [P.ifMeetingUnsafe.label, lines(purposes.ifMeetingUnsafe)],
          ]}
        />
      </Section>

      <Section plan={plan} id="people">
        {plan.people.length === 0 ? (
          <Rows rows={[['People', '']]} />
        ) : (
          plan.people.map((p) => <SummaryCard key={p.id} item={describePerson(p)} />)
        )}
      </Section>

      <Section plan={plan} id="factors">
        {plan.factors.length === 0 ? (
          <Rows rows={[['Strengths and challenges', '']]} />
        ) : (
          plan.factors.map((f) => (
            <SummaryCard
              key={f.id}
              item={{
                id: f.id,
                heading: `${FACTOR_KIND_LABELS[f.kind]}: ${partyName(plan, f.party, f.personId)}`,
                rows: [
                  [FIELD_LABELS.factor.description.label, f.description],
                  ...(f.kind === 'challenge' ? [[FIELD_LABELS.factor.howManaged.label, f.howManaged] as Row] : []),
                ],
              }}
            />
          ))
        )}
      </Section>

      <Section plan={plan} id="arrangements">
        {plan.arrangements.length === 0 ? (
          <Rows rows={[['Arrangements', '']]} />
        ) : (
          plan.arrangements.map((a, i) => <SummaryCard key={a.id} item={describeArrangement(plan, a, i)} />)
        )}
      </Section>

      <Section plan={plan} id="support">
        {plan.support.length === 0 ? (
          <Rows rows={[['Support', '']]} />
        ) : (
          plan.support.map((s) => <SummaryCard key={s.id} item={describeSupport(plan, s)} />)
        )}
      </Section>

      <Section plan={plan} id="voices">
        <h3>The child</h3>
        <Rows
          rows={[
            [V.wishes.label, lines(voices.child.wishes)],
            [V.ownWords.label, lines(voices.child.ownWords)],
            [V.methods.label, voices.child.methods.map((m) => HEARING_METHOD_LABELS[m]).join(', ')],
            [V.date.label, formatDate(voices.child.date)],
            [V.notGivenReason.label, lines(voices.child.notGivenReason)],
          ]}
        />
        <h3>The adults</h3>
        {voices.others.length === 0 ? (
          <Rows rows={[['Views', '']]} />
        ) : (
          voices.others.map((v) => <SummaryCard key={v.id} item={describeView(plan, v)} />)
        )}
      </Section>

      <Section plan={plan} id="change">
        <h3>As the child grows</h3>
        <Rows
          rows={
            change.stages.length
              ? change.stages.map((s, i) => [s.when || `Stage ${i + 1}`, lines(s.changes)] as Row)
              : [['Stages', '']]
          }
        />
        <h3>When things go wrong</h3>
        <Rows
          rows={
            change.contingencies.length
              ? change.contingencies.map(
                  (c) =>
                    [
                      c.trigger === 'other' ? c.triggerOther : CONTINGENCY_TRIGGER_LABELS[c.trigger],
                      lines(c.response),
                    ] as Row,
                )
              : [['Situations', '']]
          }
        />
      </Section>

      <Section plan={plan} id="review">
        <Rows
          rows={[
            [R.nextDate.label, formatDate(review.nextDate)],
            [R.intervalMonths.label, review.intervalMonths ? `${review.intervalMonths} months` : ''],
            [R.convenor.label, review.convenor],
            [
              R.earlyTriggers.label,
              [...review.earlyTriggers.map((t) => EARLY_REVIEW_TRIGGER_LABELS[t]), review.earlyTriggersOther]
                .filter(Boolean)
                .join('; '),
            ],
            [R.howObserved.label, lines(review.howObserved)],
            [
              R.tasks.label,
              review.tasks.length ? (
                <ul>
                  {review.tasks.map((t) => (
                    <li key={t.id}>
                      {t.task}: {t.owner}
                      {t.due ? `, by ${formatDate(t.due)}` : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                ''
              ),
            ],
          ]}
        />
      </Section>
    </AnswersContext.Provider>
  );
}
