import { useFieldArray, useFormContext } from 'react-hook-form';
import { CONTINGENCY_TRIGGERS } from '../schema/planVocabulary';
import { changeSchema, type Change } from '../schema/planSchema';
import { newId } from '../state/planOperations';
import { ErrorSummary } from './ErrorSummary';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { useFieldWords } from './useFieldWords';
import { useTranslator } from './useTranslator';
import { Radios } from './fields/Radios';
import { TextArea } from './fields/TextArea';
import { TextInput } from './fields/TextInput';
import { useSectionForm, type WithCompleted } from './useSectionForm';
import type { SectionProps } from './sectionProps';
import { useFormListRemoval } from './viewLanding';
import { RemoveRowButton } from './RemoveRowButton';
import { rowsOrOneBlank, withoutTrailingBlankRows } from '../forms/formValues';

type ChangeValues = {
  stages: Change['stages'];
  contingencies: (Omit<Change['contingencies'][number], 'trigger'> & { trigger: string })[];
};

const blankStage = () => ({ id: newId('st'), when: '', changes: '' });
const blankContingency = () => ({ id: newId('c'), trigger: '', triggerOther: '', response: '' });

function Stages() {
  const { t } = useTranslator();
  const S = useFieldWords('stage');
  const { control, formState } = useFormContext<WithCompleted<ChangeValues>>();
  const { fields, append, remove } = useFieldArray({ control, name: 'stages', keyName: 'key' });
  const removeStage = useFormListRemoval('add-stage');
  // The section-level rule ("add at least one stage or situation") is reported on `stages`.
  const sectionError = (formState.errors.stages as { message?: string } | undefined)?.message;
  return (
    <section aria-labelledby="stages-heading">
      <h2 id="stages-heading">{t('plan.change.stagesHeading')}</h2>
      <p className="hint">{t('plan.form.stages.hint')}</p>
      {fields.map((field, i) => (
        <fieldset className="fieldset fieldset--boxed" key={field.key}>
          <legend className="fieldset__legend fieldset__legend--m">{t('plan.stage.heading', { number: i + 1 })}</legend>
          <TextInput name={`stages.${i}.when`} {...S('when')} />
          <TextArea name={`stages.${i}.changes`} {...S('changes')} rows={3} />
          <RemoveRowButton
            rowKey={field.key}
            rowKeys={fields.map((f) => f.key)}
            which={t('plan.form.stages.removeWhich', { number: i + 1 })}
            removeRow={removeStage}
            onRemove={() => remove(i)}
          />
        </fieldset>
      ))}
      <div className={sectionError ? 'form-group form-group--error' : 'form-group'}>
        {sectionError && (
          <p className="error-message" id="add-stage-error">
            <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
            {sectionError}
          </p>
        )}
        <button
          type="button"
          id="add-stage"
          className="button button--secondary"
          aria-describedby={sectionError ? 'add-stage-error' : undefined}
          onClick={() => append(blankStage(), { shouldFocus: true })}
        >
          {t(fields.length ? 'plan.form.stages.addAnother' : 'plan.form.stages.add')}
        </button>
      </div>
    </section>
  );
}

function Contingencies() {
  const { t } = useTranslator();
  const C = useFieldWords('contingency');
  const { control, watch } = useFormContext<WithCompleted<ChangeValues>>();
  const { fields, append, remove } = useFieldArray({ control, name: 'contingencies', keyName: 'key' });
  const removeContingency = useFormListRemoval('add-contingency');
  const values = watch('contingencies');
  return (
    <section aria-labelledby="contingencies-heading">
      <h2 id="contingencies-heading">{t('plan.change.contingenciesHeading')}</h2>
      <p className="hint">{t('plan.form.contingencies.hint')}</p>
      {fields.map((field, i) => (
        <fieldset className="fieldset fieldset--boxed" key={field.key}>
          <legend className="fieldset__legend fieldset__legend--m">
            {t('plan.form.contingencies.legend', { number: i + 1 })}
          </legend>
          <Radios
            name={`contingencies.${i}.trigger`}
            legend={C('trigger').label}
            hint={C('trigger').hint}
            options={C.options('contingencyTrigger', CONTINGENCY_TRIGGERS)}
          />
          {values?.[i]?.trigger === 'other' && (
            <TextInput name={`contingencies.${i}.triggerOther`} {...C('triggerOther')} />
          )}
          <TextArea name={`contingencies.${i}.response`} {...C('response')} rows={3} />
          <RemoveRowButton
            rowKey={field.key}
            rowKeys={fields.map((f) => f.key)}
            which={t('plan.form.contingencies.removeWhich', { number: i + 1 })}
            removeRow={removeContingency}
            onRemove={() => remove(i)}
          />
        </fieldset>
      ))}
      <button
        type="button"
        id="add-contingency"
        className="button button--secondary"
        onClick={() => append(blankContingency(), { shouldFocus: true })}
      >
        {t(fields.length ? 'plan.form.contingencies.addAnother' : 'plan.form.contingencies.add')}
      </button>
    </section>
  );
}

export default function ChangeSection(props: SectionProps) {
  const form = useSectionForm<ChangeValues>({
    props,
    section: 'change',
    toValues: (plan) => ({
      stages: rowsOrOneBlank(plan.change.stages, blankStage),
      contingencies: rowsOrOneBlank(plan.change.contingencies, blankContingency),
    }),
    prepare: (values) => ({
      stages: withoutTrailingBlankRows(values.stages),
      contingencies: withoutTrailingBlankRows(values.contingencies).map((c) => ({
        ...c,
        trigger: c.trigger === '' ? undefined : c.trigger,
        triggerOther: c.trigger === 'other' ? c.triggerOther : '',
      })),
    }),
    draftSchema: changeSchema,
  });
  const errors = form.errors.map((e) => (e.target === 'f-stages' ? { ...e, target: 'add-stage' } : e));
  return (
    <SectionPage
      plan={props.plan}
      section="change"
      route={props.route}
      hasErrors={errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={errors} />}
    >
      <SectionForm methods={form.methods} onSubmit={form.onSubmit}>
        <Stages />
        <Contingencies />
      </SectionForm>
    </SectionPage>
  );
}
