import { useMemo } from 'react';
import {
  AGREEMENTS,
  ALSO_FORMS,
  PURPOSES,
  FORMS,
  FREQUENCY_PER,
  GROUPINGS,
  ORGANISERS,
  PHOTOS,
  PROFESSIONAL_ROLES,
  SHARE_DETAILS,
  TIMINGS,
  VENUES,
  type ArrangementForm,
} from '../schema/planVocabulary';
import { arrangementSchema, type Arrangement } from '../schema/planSchema';
import { questionsFor } from '../schema/arrangementQuestions';
import { ErrorSummary } from './ErrorSummary';
import { answerSummary, ListSection } from './ListSection';
import { listItems, sectionAnswers, personLabel } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

import { RemoveItem } from './RemoveItem';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Checkboxes } from './fields/Checkboxes';
import { Radios } from './fields/Radios';
import { SingleCheckbox } from './fields/SingleCheckbox';
import { TextArea } from './fields/TextArea';
import { TextInput } from './fields/TextInput';
import {
  ARRANGEMENT_FIELD_OF_PATH,
  arrangementFromValues,
  arrangementIssues,
  arrangementNewPeople,
  arrangementValues,
  type ArrangementValues,
} from '../forms/arrangementForm';
import { useItemForm } from './useItemForm';
import {
  ARRANGEMENT_STARTERS,
  isArrangementStarter,
  starterValues,
  type ArrangementStarter,
} from '../forms/arrangementStarters';
import { formatRoute } from '../state/hashRoute';
import { NamedPersonField } from './NamedPersonField';
import { newId } from '../state/planOperations';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';

function ArrangementForm({
  props,
  existing,
  starter,
}: {
  props: SectionProps;
  existing: Arrangement | undefined;
  /** The common arrangement a new one starts from. */
  starter?: ArrangementStarter;
}) {
  const i18n = useTranslator();
  const L = useFieldWords('arrangement');
  const { plan } = props;
  const ids = useMemo(() => ({ organiser: newId('p'), professional: newId('p'), askedBy: newId('p') }), []);
  const form = useItemForm<ArrangementValues, Arrangement>({
    props,
    list: 'arrangements',
    existing,
    idPrefix: 'a',
    toValues: (a) => (a || !starter ? arrangementValues(a) : starterValues(starter, plan.people, i18n.t)),
    prepare: (values, id) => arrangementFromValues(values, id, plan.people, ids),
    schema: arrangementSchema,
    rename: ARRANGEMENT_FIELD_OF_PATH,
    extraIssues: (values) => arrangementIssues(i18n.t, values, plan.people),
    newPeople: (values) => arrangementNewPeople(values, plan.people, ids),
  });
  const professionalRole = form.methods.watch('professionalRole');
  const mainForm = form.methods.watch('form');
  const q = questionsFor(mainForm, form.methods.watch('alsoForms'));
  const months = Array.from({ length: 12 }, (_, i) => [i + 1, i18n.month(i + 1)] as const);
  return (
    <SectionPage
      plan={plan}
      section="arrangements"
      title={i18n.t(existing ? 'plan.form.arrangements.change' : 'plan.form.arrangements.add')}
      itemPage
      route={props.route}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <SectionForm
        methods={form.methods}
        onSubmit={form.onSubmit}
        onAddAnother={form.onSubmitAndAddAnother}
        noCompletedQuestion
        submitLabel={i18n.t('plan.form.arrangements.save')}
        cancel={{ href: form.back, onClick: form.cancel }}
      >
        {starter && !existing && (
          <p className="inset-text">
            {i18n.t('plan.form.arrangements.startedFrom', { starter: i18n.t(`plan.starter.${starter}`) })}
          </p>
        )}
        <Checkboxes
          name="personIds"
          legend={L('personIds').label}
          hint={L('personIds').hint}
          options={plan.people.map((p) => [p.id, personLabel(plan, p.id, i18n)] as const)}
        />
        <Radios name="form" legend={L('form').label} hint={L('form').hint} options={L.options('form', FORMS)} />
        {q.active && (
          <Checkboxes
            name="alsoForms"
            legend={L('alsoForms').label}
            hint={L('alsoForms').hint}
            options={L.options('form', ALSO_FORMS).filter(([f]) => f !== mainForm)}
          />
        )}
        {q.noneForNow && <TextArea name="noneReason" {...L('noneReason')} rows={3} />}
        <Checkboxes
          name="purposes"
          legend={L('purposes').label}
          hint={L('purposes').hint}
          options={L.options('purpose', PURPOSES)}
        />
        <Radios name="agreement" legend={L('agreement').label} options={L.options('agreement', AGREEMENTS)} inline />
        {form.methods.watch('agreement') === 'asked_for' && (
          <NamedPersonField
            name="askedByWho"
            {...L('askedBy')}
            plan={plan}
            placeholder={i18n.t('planner.namedPerson.notNamed')}
          />
        )}
        {q.active && (
          <fieldset className="fieldset form-group">
            <legend className="fieldset__legend">{i18n.t('plan.arrangement.frequency.label')}</legend>
            <div className="inline-fields">
              <TextInput name="frequencyCount" {...L('frequencyCount')} width="narrow" inputMode="numeric" />
              <Radios
                name="frequencyPer"
                legend={L('frequencyPer').label}
                options={L.options('frequencyPer', FREQUENCY_PER)}
                inline
              />
            </div>
          </fieldset>
        )}
        {q.active && <Radios name="timing" legend={L('timing').label} options={L.options('timing', TIMINGS)} />}
        {q.length && (
          <>
            <Checkboxes name="months" legend={L('months').label} hint={L('months').hint} options={months} columns />
            <SingleCheckbox name="monthsNotKnown" label={L('monthsNotKnown').label} />
            <TextInput name="durationMinutes" {...L('durationMinutes')} width="narrow" inputMode="numeric" />
            <SingleCheckbox name="lengthNotKnown" label={L('lengthNotKnown').label} />
          </>
        )}
        {q.meetUp && (
          <Radios name="grouping" legend={L('grouping').label} options={L.options('grouping', GROUPINGS)} inline />
        )}
        {q.meetUp && <Radios name="venue" legend={L('venue').label} options={L.options('venue', VENUES)} />}
        {q.active && (
          <>
            <Radios name="organiser" legend={L('organiser').label} options={L.options('organiser', ORGANISERS)} />
            <NamedPersonField
              name="organiserWho"
              {...L('organiserWho')}
              plan={plan}
              placeholder={i18n.t('planner.namedPerson.notNamed')}
            />
          </>
        )}
        {q.active && (
          <Radios
            name="adultsShareDetails"
            legend={L('adultsShareDetails').label}
            options={L.options('shareDetails', SHARE_DETAILS)}
          />
        )}
        {q.active && (
          <Radios
            name="professionalRole"
            legend={L('professionalRole').label}
            options={L.options('professionalRole', PROFESSIONAL_ROLES)}
          />
        )}
        {q.active && professionalRole && professionalRole !== 'none' && (
          <NamedPersonField
            name="professionalWho"
            {...L('professionalWho')}
            plan={plan}
            among={(p) => p.relationship === 'professional'}
            placeholder={i18n.t('planner.namedPerson.notNamed')}
          />
        )}
        {q.written && (
          <fieldset className="fieldset fieldset--boxed">
            <legend className="fieldset__legend fieldset__legend--m">{i18n.t('plan.form.arrangements.written')}</legend>
            <TextInput name="route" {...L('route')} />
            <Checkboxes
              name="dueMonths"
              legend={L('dueMonths').label}
              hint={L('dueMonths').hint}
              options={months}
              columns
            />
            <Radios name="photos" legend={L('photos').label} options={L.options('photos', PHOTOS)} />
            <TextInput name="signOffAs" {...L('signOffAs')} />
            <TextInput name="avoid" {...L('avoid')} />
          </fieldset>
        )}
        <TextArea name="notes" {...L('notes')} rows={3} />
        <TextInput name="childWords" {...L('childWords')} />
      </SectionForm>
    </SectionPage>
  );
}

export default function ArrangementsSection(props: SectionProps) {
  const i18n = useTranslator();
  const { plan, route } = props;
  if (route.item) {
    const index = plan.arrangements.findIndex((a) => a.id === route.item);
    const arrangement = plan.arrangements[index];
    if (route.remove && arrangement) {
      return (
        <RemoveItem props={props} list="arrangements" name={i18n.t('plan.remove.arrangement', { number: index + 1 })} />
      );
    }
    const starter = route.item === 'add' && isArrangementStarter(route.start) ? route.start : undefined;
    return (
      <ArrangementForm key={`${route.item}-${starter ?? ''}`} props={props} existing={arrangement} starter={starter} />
    );
  }
  return (
    <ListSection
      props={props}
      list="arrangements"
      items={listItems(sectionAnswers(plan, 'arrangements', i18n), 'arrangements').map(answerSummary)}
      addLabel={i18n.t(plan.arrangements.length ? 'plan.form.arrangements.addAnother' : 'plan.form.arrangements.add')}
      emptyText={
        plan.people.length === 0 ? i18n.t('plan.form.arrangements.needPeople') : i18n.t('plan.form.arrangements.empty')
      }
      afterAdd={
        <>
          <p className="starters__intro">{i18n.t('plan.form.arrangements.starters')}</p>
          <ul className="starters">
            {ARRANGEMENT_STARTERS.map((s) => (
              <li key={s}>
                <a
                  href={formatRoute({
                    view: 'section',
                    planId: plan.id,
                    section: 'arrangements',
                    item: 'add',
                    start: s,
                    ...(route.from ? { from: route.from } : {}),
                  })}
                >
                  {i18n.t(`plan.starter.${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
