/**
 * Logging one exchange, or changing it: the month it was due (the arrangement's next due month is
 * suggested), the date of each step as it happens (received, checked, passed on, reply received)
 * and notes. Checked by the plan's schema, so the form and the file agree; a date in the future is
 * refused here, where today is known.
 */
import { useForm } from 'react-hook-form';
import { exchangeLogAnswers } from '../../answers/planAnswers';
import { EXCHANGE_STEPS } from '../../schema/planVocabulary';
import { exchangeSchema, type Exchange, type Plan } from '../../schema/planSchema';
import { addMonths, exchangesOf, saveExchange, suggestedDueMonth } from '../../state/exchangeLog';
import { exchangesHash } from '../../state/hashRoute';
import { newId, planDisplayName } from '../../state/planOperations';
import { isoDate } from '../../signoff/signOffRules';
import { formIssues, type FormIssue } from '../../forms/formValues';
import { ErrorSummary } from '../ErrorSummary';
import { PageHeading } from '../PageHeading';
import { SectionForm } from '../SectionForm';
import { DateInput } from '../fields/DateInput';
import { Select } from '../fields/Select';
import { TextArea } from '../fields/TextArea';
import { flattenErrors, issuesResolver } from '../formValidation';
import { summaryErrors } from '../useSectionForm';
import { useDocumentTitle } from '../useDocumentTitle';
import { useFieldWords } from '../useFieldWords';
import { useToolTranslator } from '../useToolTranslator';
import type { PlanUpdate } from '../sectionProps';
import type { Landing } from '../viewLanding';

type Values = Omit<Exchange, 'id' | 'arrangementId'>;

interface Props {
  plan: Plan;
  arrangementId: string;
  /** The entry being changed; absent when adding one. */
  exchange?: Exchange;
  onCommit(update: PlanUpdate): void;
  navigate(hash: string, landing?: Landing): void;
}

/** Months offered for "Month due": two years back to a year ahead, and the entry's own. */
function dueMonthChoices(today: string, current: string): string[] {
  const thisMonth = today.slice(0, 7);
  const months = Array.from({ length: 37 }, (_, k) => addMonths(thisMonth, 12 - k));
  return months.includes(current) || !current ? months : [current, ...months];
}

export function ExchangeForm({ plan, arrangementId, exchange, onCommit, navigate }: Props) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const w = useFieldWords('exchange');
  const today = isoDate(new Date());
  const arrangement = plan.arrangements.find((a) => a.id === arrangementId);
  const due = exchange?.due ?? suggestedDueMonth(arrangement ?? {}, exchangesOf(plan, arrangementId), today);
  const monthName = (month: string) =>
    t('plan.exchange.month', { month: i18n.month(Number(month.slice(5, 7))), year: month.slice(0, 4) });
  const title = exchange
    ? t('planner.exchanges.form.changeTitle', { month: monthName(exchange.due) })
    : t('planner.exchanges.form.title');
  const arrangementTitle = exchangeLogAnswers(plan, i18n).find((l) => l.arrangementId === arrangementId)?.title;
  const prepare = (values: Values): Exchange => ({
    id: exchange?.id ?? '',
    arrangementId,
    ...values,
    notes: values.notes.trim(),
  });
  const futureDates = (values: Values): FormIssue[] =>
    EXCHANGE_STEPS.filter((step) => values[step] > today).map((step) => ({
      name: step,
      message: t('planner.exchanges.form.future', { step: w(step).label }),
    }));
  const methods = useForm<Values>({
    defaultValues: {
      due,
      received: exchange?.received ?? '',
      checked: exchange?.checked ?? '',
      passedOn: exchange?.passedOn ?? '',
      replyReceived: exchange?.replyReceived ?? '',
      notes: exchange?.notes ?? '',
    },
    resolver: issuesResolver((values) =>
      formIssues(t, exchangeSchema, { ...prepare(values), id: 'x' }, futureDates(values)),
    ),
    shouldFocusError: false,
  });
  const errors = summaryErrors(flattenErrors(methods.formState.errors));
  useDocumentTitle(title, errors.length > 0);
  const back = exchangesHash(plan.id);
  const onSubmit = methods.handleSubmit((values) => {
    const saved = { ...prepare(values), id: exchange?.id ?? newId('x') };
    onCommit((p) => saveExchange(p, saved));
    navigate(back, { notice: t('planner.exchanges.saved', { month: monthName(saved.due) }) });
  });
  return (
    <>
      <ErrorSummary key={methods.formState.submitCount} errors={errors} />
      <PageHeading caption={planDisplayName(plan, t)}>{title}</PageHeading>
      {arrangementTitle && <p className="lead">{t('planner.exchanges.form.for', { arrangement: arrangementTitle })}</p>}
      <SectionForm
        methods={methods}
        onSubmit={onSubmit}
        noCompletedQuestion
        submitLabel={t('planner.exchanges.form.save')}
        cancel={{ href: back }}
      >
        <Select
          name="due"
          {...w('due')}
          hint={exchange ? w('due').hint : `${w('due').hint} ${t('planner.exchanges.form.suggested')}`}
          options={dueMonthChoices(today, due).map((m) => [m, monthName(m)] as const)}
          placeholder={t('planner.exchanges.form.chooseMonth')}
        />
        <p className="hint">{t('planner.exchanges.form.stepsHint')}</p>
        {EXCHANGE_STEPS.map((step) => (
          <DateInput key={step} name={step} {...w(step)} today={today} />
        ))}
        <TextArea name="notes" {...w('notes')} />
      </SectionForm>
    </>
  );
}
