/**
 * "Copy from another plan": the people register or one section, from another plan on this device
 * (a brother's or sister's, or an earlier plan for the same family). First the plans that can be
 * copied from; then, for the one chosen, what will be added, who is already here, and for an answer
 * of one value the choice to replace it, with both shown. The rules are in state/copyFromPlan.ts.
 */
import { useEffect, useState, type ReactNode, type SubmitEventHandler } from 'react';
import {
  listItems,
  personWithPartLabel,
  sectionAnswers,
  type AnswerPart,
  type AnswerRow,
} from '../answers/planAnswers';
import type { Plan } from '../schema/planSchema';
import { copyFromPlan, type CopiedList, type CopySummary, type ReplaceablePart } from '../state/copyFromPlan';
import { copyHash, sectionHash, type CopyableSection, type Route } from '../state/hashRoute';
import { repeatedNamePositions } from '../state/itemActions';
import { planDisplayName } from '../state/planOperations';
import type { PlanSummary } from '../storage/planLibrary';
import { ErrorSummary, type SummaryError } from './ErrorSummary';
import { fieldId } from './fields/fieldId';
import type { Translator } from '../../i18n/translator';
import type { PlanUpdate } from './sectionProps';
import { PageHeading } from './PageHeading';
import { PracticeBanner } from './PracticeBanner';
import { useDocumentTitle } from './useDocumentTitle';
import { useToolTranslator } from './useToolTranslator';
import type { Landing } from './viewLanding';

interface Props {
  plan: Plan;
  route: Extract<Route, { view: 'copy' }>;
  /** The plans on this device, as this session can read them (those unlocked, none locked). */
  listPlans(): Promise<PlanSummary[]>;
  /** One of them, brought up to the current format; undefined when it is not there. */
  loadPlan(id: string): Promise<Plan | undefined>;
  onCommit(update: PlanUpdate): void;
  navigate(hash: string, landing?: Landing): void;
}

/** Where each list's items are in the plan's answers. */
const ANSWER_LIST: Record<CopiedList, string> = {
  factors: 'factors',
  arrangements: 'arrangements',
  support: 'support',
  views: 'voices',
  stages: 'stages',
  contingencies: 'contingencies',
  tasks: 'tasks',
};

const REPLACE_FIELD = 'replace';

function Loading() {
  const { t } = useToolTranslator();
  return (
    <p className="loading" role="status">
      {t('planner.loading')}
    </p>
  );
}

export default function CopyFromPlan({ plan, route, listPlans, loadPlan, onCommit, navigate }: Props) {
  const { t } = useToolTranslator();
  const { section, from } = route;
  const sectionTitle = t(`plan.section.${section}.title`);
  const [others, setOthers] = useState<PlanSummary[]>();
  const [source, setSource] = useState<Plan | null>();

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const all = await listPlans();
      if (!cancelled) setOthers(all.filter((p) => p.id !== plan.id));
    })();
    return () => {
      cancelled = true;
    };
  }, [listPlans, plan.id]);

  useEffect(() => {
    if (!from) return setSource(undefined);
    let cancelled = false;
    void (async () => {
      const loaded = await loadPlan(from);
      if (!cancelled) setSource(loaded ?? null);
    })();
    return () => {
      cancelled = true;
    };
  }, [loadPlan, from]);

  if (from && source) {
    return <ConfirmCopy plan={plan} source={source} section={section} onCommit={onCommit} navigate={navigate} />;
  }
  if (from) {
    return (
      <CopyPage plan={plan} section={section} title={t('planner.copy.heading', { section: sectionTitle })}>
        {source === undefined ? (
          <Loading />
        ) : (
          <>
            <p>{t('planner.copy.notFound')}</p>
            <p>
              <a href={copyHash(plan.id, section)}>{t('planner.copy.chooseAnother')}</a>
            </p>
          </>
        )}
      </CopyPage>
    );
  }

  return (
    <CopyPage plan={plan} section={section} title={t('planner.copy.heading', { section: sectionTitle })}>
      {plan.status === 'signed' ? (
        <p>{t('planner.copy.refused.targetSigned')}</p>
      ) : (
        <>
          <p className="lead">{t('planner.copy.lead')}</p>
          {others === undefined ? <Loading /> : <PlanChoices plan={plan} others={others} section={route.section} />}
        </>
      )}
    </CopyPage>
  );
}

/**
 * The frame of the copy pages, as a section's item page has it: back to the section, the practice
 * banner, errors, the plan's name and the heading. Its own, not SectionPage, so that the section
 * pages' shared code is not split across more files for this view (the builder has a budget).
 */
function CopyPage({
  plan,
  section,
  title,
  errors = [],
  attempt = 0,
  children,
}: {
  plan: Plan;
  section: CopyableSection;
  title: string;
  errors?: SummaryError[];
  /** Counts the failed attempts, so the error summary takes focus again each time. */
  attempt?: number;
  children: ReactNode;
}) {
  const { t } = useToolTranslator();
  useDocumentTitle(title, errors.length > 0);
  return (
    <div className="planner-section">
      <a className="back-link" href={sectionHash(plan.id, section)}>
        {t('planner.copy.back', { section: t(`plan.section.${section}.title`) })}
      </a>
      <ErrorSummary key={attempt} errors={errors} />
      <PracticeBanner practice={plan.practice} />
      <PageHeading caption={planDisplayName(plan, t)}>{title}</PageHeading>
      {children}
    </div>
  );
}

/** The plans that can be copied from: practice into practice, real into real. */
function PlanChoices({ plan, others, section }: { plan: Plan; others: PlanSummary[]; section: CopyableSection }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const choices = others.filter((p) => p.practice === plan.practice);
  const names = choices.map((p) => planDisplayName({ title: p.title, child: { name: p.childName } }, t));
  const positions = repeatedNamePositions(names, i18n.locale);
  return (
    <>
      <h2>{t('planner.copy.choose')}</h2>
      <p className="inset-text">{t(plan.practice ? 'planner.copy.onlyPractice' : 'planner.copy.onlyReal')}</p>
      {choices.length === 0 ? (
        <p>{t('planner.copy.none')}</p>
      ) : (
        <ul>
          {choices.map((p, i) => (
            <li key={p.id}>
              <a href={copyHash(plan.id, section, p.id)}>
                {names[i]}
                {positions[i] && (
                  <span className="visually-hidden"> {t('planner.item.position', { ...positions[i] })}</span>
                )}
              </a>
              <br />
              <span className="hint">
                {t('planner.copy.planDetails', {
                  child: p.childName.trim() || t('common.notProvided'),
                  saved: i18n.dateTime(p.updatedAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the copy adds and may replace, and the button that does it. */
function ConfirmCopy({
  plan,
  source,
  section,
  onCommit,
  navigate,
}: {
  plan: Plan;
  source: Plan;
  section: CopyableSection;
  onCommit(update: PlanUpdate): void;
  navigate(hash: string, landing?: Landing): void;
}) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const [replace, setReplace] = useState<'yes' | 'no'>();
  const [tried, setTried] = useState(0);
  const sourceName = planDisplayName(source, t);
  const sectionTitle = t(`plan.section.${section}.title`);
  const result = copyFromPlan(plan, source, section, { replace: replace === 'yes' });
  const again = (
    <p>
      <a href={copyHash(plan.id, section)}>{t('planner.copy.chooseAnother')}</a>
    </p>
  );

  const title = t('planner.copy.headingFrom', { section: sectionTitle, plan: sourceName });
  if (!result.ok) {
    const overflow = result.summary?.overflow;
    return (
      <CopyPage plan={plan} section={section} title={title}>
        <p>
          {t(`planner.copy.refused.${result.reason}`, {
            section: sectionTitle,
            plan: sourceName,
            what: overflow ? t(`planner.copy.list.${overflow.list}`, { count: overflow.limit }) : '',
          })}
        </p>
        {result.reason === 'nothingToCopy' && result.summary && result.summary.reusedPeople.length > 0 && (
          <p>{t('planner.copy.allHere', { plan: sourceName })}</p>
        )}
        {again}
      </CopyPage>
    );
  }

  const { summary } = result;
  const part: ReplaceablePart | undefined = summary.replaceable[0];
  const partName = part && t(`planner.copy.part.${part}`);
  const missingChoice = part !== undefined && replace === undefined;
  const errors =
    tried > 0 && missingChoice
      ? [{ target: fieldId(REPLACE_FIELD), message: t('planner.copy.replaceRequired', { part: partName }) }]
      : [];

  const submit: SubmitEventHandler<HTMLFormElement> = (event) => {
    event.preventDefault();
    if (missingChoice) return setTried((n) => n + 1);
    const options = { replace: replace === 'yes' };
    onCommit((current) => {
      const copied = copyFromPlan(current, source, section, options);
      return copied.ok ? copied.plan : current;
    });
    navigate(sectionHash(plan.id, section), { notice: doneNotice(summary, sourceName, partName, i18n) });
  };

  return (
    <CopyPage plan={plan} section={section} title={title} errors={errors} attempt={tried}>
      <WhatIsAdded summary={summary} source={source} section={section} />
      {summary.reusedPeople.length > 0 && (
        <>
          <h2>{t('planner.copy.reusedHeading', { count: summary.reusedPeople.length })}</h2>
          <p>{t('planner.copy.reusedIntro')}</p>
          <ul>
            {summary.reusedPeople.map(({ here }) => (
              <li key={here.id}>{personWithPartLabel(plan, here.id, i18n)}</li>
            ))}
          </ul>
        </>
      )}
      <form autoComplete="off" noValidate onSubmit={submit} className="planner-form">
        {part && (
          <ReplaceChoice
            partName={partName!}
            plan={plan}
            source={source}
            sourceName={sourceName}
            section={section}
            value={replace}
            error={errors[0]?.message}
            onChange={setReplace}
          />
        )}
        <p className="hint">{t('planner.copy.notCopied')}</p>
        <div className="button-group">
          <button className="button" type="submit">
            {t('planner.copy.confirm')}
          </button>
          <a className="link-button" href={sectionHash(plan.id, section)}>
            {t('planner.action.cancel')}
          </a>
        </div>
      </form>
    </CopyPage>
  );
}

/** The people and items the copy adds, by name. */
function WhatIsAdded({ summary, source, section }: { summary: CopySummary; source: Plan; section: CopyableSection }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const answers = sectionAnswers(source, section, i18n);
  const lists = Object.entries(summary.added) as [CopiedList, number][];
  return (
    <>
      {lists.length > 0 && <h2>{t('planner.copy.itemsHeading')}</h2>}
      {lists.map(([list, count]) => (
        <div key={list}>
          <h3>{t(`planner.copy.list.${list}`, { count })}</h3>
          <ul>
            {listItems(answers, ANSWER_LIST[list]).map((item) => (
              <li key={item.id}>{item.heading}</li>
            ))}
          </ul>
        </div>
      ))}
      {summary.addedPeople.length > 0 && (
        <>
          <h2>{t('planner.copy.addedPeopleHeading', { count: summary.addedPeople.length })}</h2>
          {section !== 'people' && <p>{t('planner.copy.addedPeopleWhy')}</p>}
          <ul>
            {summary.addedPeople.map(({ from, added }) => (
              // Named as the other plan names them: whom a carer cares for is there.
              <li key={added.id}>{personWithPartLabel(source, from.id, i18n)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** "Replace the purposes in this plan with those in …?", with both shown. */
function ReplaceChoice(props: {
  partName: string;
  plan: Plan;
  source: Plan;
  sourceName: string;
  section: CopyableSection;
  value: 'yes' | 'no' | undefined;
  error?: string;
  onChange(value: 'yes' | 'no'): void;
}) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const { partName, plan, source, sourceName, section, value, error, onChange } = props;
  const rowsOf = (p: Plan) =>
    sectionAnswers(p, section, i18n).parts.filter(
      (part): part is Extract<AnswerPart, { kind: 'rows' }> => part.kind === 'rows',
    )[0]?.rows ?? [];
  const id = fieldId(REPLACE_FIELD);
  return (
    <>
      <h2>{t('planner.copy.here')}</h2>
      <Rows rows={rowsOf(plan)} />
      <h2>{t('planner.copy.there', { plan: sourceName })}</h2>
      <Rows rows={rowsOf(source)} />
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <fieldset className="fieldset" aria-describedby={error ? `${id}-error` : undefined}>
          <legend className="fieldset__legend">
            {t('planner.copy.replaceLegend', { part: partName, plan: sourceName })}
          </legend>
          {error && (
            <p id={`${id}-error`} className="error-message">
              <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
              {error}
            </p>
          )}
          <div className="radios">
            {(['yes', 'no'] as const).map((option, i) => (
              <div className="radios__item" key={option}>
                <input
                  autoComplete="off"
                  className="radios__input"
                  id={i === 0 ? id : `${id}-${option}`}
                  type="radio"
                  name={REPLACE_FIELD}
                  value={option}
                  checked={value === option}
                  onChange={() => onChange(option)}
                />
                <label className="radios__label" htmlFor={i === 0 ? id : `${id}-${option}`}>
                  {t(option === 'yes' ? 'planner.copy.replaceYes' : 'planner.copy.replaceNo')}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </>
  );
}

/**
 * An answer's rows as a summary list, as check your answers shows them (kept here rather than
 * shared with it, for the same reason as CopyPage).
 */
function Rows({ rows }: { rows: AnswerRow[] }) {
  const { t } = useToolTranslator();
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.label}</dt>
          <dd className="summary-list__value">
            {row.value ? (
              <span className={row.multiline ? 'pre-line' : undefined}>{row.value}</span>
            ) : (
              <span className="not-provided">{t('common.notProvided')}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "Copied from Leon's plan: 2 people and 3 arrangements." for the notification region. */
function doneNotice(summary: CopySummary, plan: string, partName: string | undefined, i18n: Translator): string {
  const { t } = i18n;
  const what = [
    ...(summary.addedPeople.length > 0 ? [t('planner.copy.list.people', { count: summary.addedPeople.length })] : []),
    ...(Object.entries(summary.added) as [CopiedList, number][]).map(([list, count]) =>
      t(`planner.copy.list.${list}`, { count }),
    ),
    ...(summary.replaced.length > 0 && partName ? [t('planner.copy.doneReplaced', { part: partName })] : []),
  ];
  return what.length > 0
    ? t('planner.copy.done', { plan, what: i18n.list(what) })
    : t('planner.copy.doneNothing', { plan });
}
