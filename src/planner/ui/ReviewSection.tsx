import { useFieldArray, useFormContext } from 'react-hook-form';
import { EARLY_REVIEW_TRIGGERS } from '../schema/planVocabulary';
import { reviewSchema, type Person, type Review } from '../schema/planSchema';
import { personWithPartLabel } from '../answers/planAnswers';
import { Select } from './fields/Select';
import { newId } from '../state/planOperations';
import { ErrorSummary } from './ErrorSummary';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Checkboxes } from './fields/Checkboxes';
import { TextArea } from './fields/TextArea';
import { DateInput } from './fields/DateInput';
import { TextInput } from './fields/TextInput';
import { useSectionForm, type WithCompleted } from './useSectionForm';
import { useTranslator } from './useTranslator';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';
import { useFormListRemoval } from './viewLanding';
import { RemoveRowButton } from './RemoveRowButton';

const ADD_TASK_ID = 'add-task';
import { reviewCompletedIssues } from '../forms/reviewForm';
import { rowsOrOneBlank, withoutTrailingBlankRows } from '../forms/formValues';
import { isoDate } from '../signoff/signOffRules';
import { ReviewDueNotice } from './ReviewDueNotice';
import { ExchangeLogLink } from './exchanges/ExchangeLogLink';

type ReviewValues = Omit<Review, 'history'>;

const blankTask = () => ({ id: newId('t'), task: '', owner: '', due: '' });

function Tasks({ people }: { people: Person[] }) {
  const i18n = useTranslator();
  const { t } = i18n;
  const L = useFieldWords('review');
  const { control } = useFormContext<WithCompleted<ReviewValues>>();
  const { fields, append, remove } = useFieldArray({ control, name: 'tasks', keyName: 'key' });
  const removeTask = useFormListRemoval(ADD_TASK_ID);
  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{L('tasks').label}</h2>
      <p className="hint">{t('plan.form.tasks.hint')}</p>
      {fields.map((field, i) => (
        <fieldset className="fieldset fieldset--boxed" key={field.key}>
          <legend className="fieldset__legend fieldset__legend--m">
            {t('plan.form.tasks.legend', { number: i + 1 })}
          </legend>
          <TextInput name={`tasks.${i}.task`} {...L('task')} />
          {people.length > 0 && (
            <Select
              name={`tasks.${i}.ownerId`}
              {...L('ownerId')}
              placeholder={t('plan.form.tasks.ownerNotInPlan')}
              options={people.map((p) => [p.id, personWithPartLabel({ people }, p.id, i18n)] as const)}
            />
          )}
          <TextInput name={`tasks.${i}.owner`} {...L(people.length > 0 ? 'ownerWritten' : 'owner')} width="medium" />
          <DateInput name={`tasks.${i}.due`} {...L('due')} />
          <RemoveRowButton
            rowKey={field.key}
            rowKeys={fields.map((f) => f.key)}
            which={t('plan.form.tasks.removeWhich', { number: i + 1 })}
            removeRow={removeTask}
            onRemove={() => remove(i)}
          />
        </fieldset>
      ))}
      <button
        type="button"
        id={ADD_TASK_ID}
        className="button button--secondary"
        onClick={() => append(blankTask(), { shouldFocus: true })}
      >
        {t(fields.length ? 'plan.form.tasks.addAnother' : 'plan.form.tasks.add')}
      </button>
    </section>
  );
}

export default function ReviewSection(props: SectionProps) {
  const { t } = useTranslator();
  const L = useFieldWords('review');
  const form = useSectionForm<ReviewValues>({
    props,
    section: 'review',
    toValues: ({ review: { history: _, ...rest } }) => ({ ...rest, tasks: rowsOrOneBlank(rest.tasks, blankTask) }),
    prepare: (values, plan) => {
      const { completed: _, ...review } = values as ReviewValues & { completed?: unknown };
      // A task owner not picked from the plan's people is only written in.
      const tasks = withoutTrailingBlankRows(review.tasks).map(({ ownerId, ...task }) =>
        ownerId ? { ...task, ownerId } : task,
      );
      return { ...review, tasks, history: plan.review.history };
    },
    draftSchema: reviewSchema,
    completedIssues: (review) => reviewCompletedIssues(t, review as Review, isoDate(new Date())),
  });
  return (
    <SectionPage
      plan={props.plan}
      section="review"
      route={props.route}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <ReviewDueNotice plan={props.plan} />
      <ExchangeLogLink plan={props.plan} />
      <SectionForm methods={form.methods} onSubmit={form.onSubmit}>
        <DateInput name="nextDate" {...L('nextDate')} />
        <TextInput name="intervalMonths" {...L('intervalMonths')} width="narrow" inputMode="numeric" numeric />
        <TextInput name="convenor" {...L('convenor')} width="medium" />
        <Checkboxes
          name="earlyTriggers"
          legend={L('earlyTriggers').label}
          hint={L('earlyTriggers').hint}
          options={L.options('earlyReviewTrigger', EARLY_REVIEW_TRIGGERS)}
        />
        <TextInput name="earlyTriggersOther" {...L('earlyTriggersOther')} />
        <TextArea name="howObserved" {...L('howObserved')} />
        <Tasks people={props.plan.people} />
      </SectionForm>
    </SectionPage>
  );
}
