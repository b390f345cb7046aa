import { useFieldArray, useFormContext } from 'react-hook-form';
import { CONTINGENCY_TRIGGER_LABELS, FIELD_LABELS } from '../schema/labels';
import { CONTINGENCY_TRIGGERS, changeSchema, type Change } from '../schema/planSchema';
import { newId } from '../state/planOperations';
import { ErrorSummary } from './ErrorSummary';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Select } from './fields/Select';
import { TextArea } from './fields/TextArea';
import { TextInput } from './fields/TextInput';
import { useSectionForm, type WithCompleted } from './useSectionForm';
import type { SectionProps } from './sectionProps';

const S = FIELD_LABELS.stage;
const C = FIELD_LABELS.contingency;

type ChangeValues = {
  stages: Change['stages'];
  contingencies: (Omit<Change['contingencies'][number], 'trigger'> & { trigger: string })[];
};

function Stages() {
  const { control, formState } = useFormContext<WithCompleted<ChangeValues>>();
  const { fields, append, remove } = useFieldArray({ control, name: 'stages', keyName: 'key' });
  // The section-level rule ("add at least one stage or situation") is reported on `stages`.
  const sectionError = (formState.errors.stages as { message?: string } | undefined)?.message;
  return (
    <section aria-labelledby="stages-heading">
      <h2 id="stages-heading">As the child grows</h2>
      <p className="hint">
        For example, starting school, adolescence, leaving care age. What should change, and who decides?
      </p>
      {fields.map((field, i) => (
        <fieldset className="fieldset fieldset--boxed" key={field.key}>
          <legend className="fieldset__legend fieldset__legend--m">Stage {i + 1}</legend>
          <TextInput name={`stages.${i}.when`} {...S.when} />
          <TextArea name={`stages.${i}.changes`} {...S.changes} rows={3} />
          <button type="button" className="button button--secondary" onClick={() => remove(i)}>
            Remove<span className="visually-hidden"> stage {i + 1}</span>
          </button>
        </fieldset>
      ))}
      <div className={sectionError ? 'form-group form-group--error' : 'form-group'}>
        {sectionError && (
          <p className="error-message" id="add-stage-error">
            <span className="visually-hidden">Error: </span>
            {sectionError}
          </p>
        )}
        <button
          type="button"
          id="add-stage"
          className="button button--secondary"
          aria-describedby={sectionError ? 'add-stage-error' : undefined}
          onClick={() => append({ id: newId('st'), when: '', changes: '' }, { shouldFocus: true })}
        >
          {fields.length ? 'Add another stage' : 'Add a stage'}
        </button>
      </div>
    </section>
  );
}

function Contingencies() {
  const { control, watch } = useFormContext<WithCompleted<ChangeValues>>();
  const { fields, append, remove } = useFieldArray({ control, name: 'contingencies', keyName: 'key' });
  const values = watch('contingencies');
  return (
    <section aria-labelledby="contingencies-heading">
      <h2 id="contingencies-heading">When things go wrong</h2>
      <p className="hint">For example, a missed letter, a relative in crisis, an unplanned message on social media.</p>
      {fields.map((field, i) => (
        <fieldset className="fieldset fieldset--boxed" key={field.key}>
          <legend className="fieldset__legend fieldset__legend--m">Situation {i + 1}</legend>
          <Select
            name={`contingencies.${i}.trigger`}
            {...C.trigger}
            options={CONTINGENCY_TRIGGERS.map((t) => [t, CONTINGENCY_TRIGGER_LABELS[t]] as const)}
          />
          {values?.[i]?.trigger === 'other' && (
            <TextInput name={`contingencies.${i}.triggerOther`} {...C.triggerOther} />
          )}
          <TextArea name={`contingencies.${i}.response`} {...C.response} rows={3} />
          <button type="button" className="button button--secondary" onClick={() => remove(i)}>
            Remove<span className="visually-hidden"> situation {i + 1}</span>
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        id="add-contingency"
        className="button button--secondary"
        onClick={() => append({ id: newId('c'), trigger: '', triggerOther: '', response: '' }, { shouldFocus: true })}
      >
        {fields.length ? 'Add another situation' : 'Add a situation'}
      </button>
    </section>
  );
}

export default function ChangeSection(props: SectionProps) {
  const form = useSectionForm<ChangeValues>({
    props,
    section: 'change',
    toValues: (plan) => plan.change,
    prepare: (values) => ({
      stages: values.stages,
      contingencies: values.contingencies.map((c) => ({
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
      fromCheck={props.route.fromCheck}
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
