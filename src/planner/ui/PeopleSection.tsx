import { lazy, Suspense } from 'react';
import { KNOWN_TO_CHILD, PRIORITIES, RELATIONSHIPS, personSchema, type Person } from '../schema/planSchema';
import { removalConsequences } from '../state/planOperations';
import { ErrorSummary } from './ErrorSummary';
import { answerSummary, ListSection } from './ListSection';
import { listItems, sectionAnswers, optionList } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

import { RemoveItem } from './RemoveItem';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Radios } from './fields/Radios';
import { Select } from './fields/Select';
import { TextArea } from './fields/TextArea';
import { TextInput } from './fields/TextInput';
import { optionalChoice } from '../forms/formValues';
import { useItemForm } from './useItemForm';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';

const EcoMap = lazy(() => import('./EcoMap'));

interface PersonValues {
  name: string;
  relationship: string | null;
  relationshipOther: string;
  knownToChild: string | null;
  priority: string | null;
  whyImportant: string;
  livesWhere: string;
  /** 'yes', 'no', or null when not asked. */
  interpreterNeeded: string | null;
  interpreterLanguage: string;
}

function PersonForm({ props, existing }: { props: SectionProps; existing: Person | undefined }) {
  const L = useFieldWords('person');
  const { t } = useTranslator();
  const form = useItemForm<PersonValues, Person>({
    props,
    list: 'people',
    existing,
    idPrefix: 'p',
    toValues: (p) => ({
      name: p?.name ?? '',
      relationship: p?.relationship ?? '',
      relationshipOther: p?.relationshipOther ?? '',
      knownToChild: p?.knownToChild ?? null,
      priority: p?.priority ?? null,
      whyImportant: p?.whyImportant ?? '',
      livesWhere: p?.livesWhere ?? '',
      interpreterNeeded: p?.interpreterNeeded === undefined ? null : p.interpreterNeeded ? 'yes' : 'no',
      interpreterLanguage: p?.interpreterLanguage ?? '',
    }),
    prepare: (v, id) => ({
      id,
      name: v.name,
      relationship: optionalChoice(v.relationship),
      ...(v.relationship === 'other' ? { relationshipOther: v.relationshipOther } : {}),
      knownToChild: optionalChoice(v.knownToChild),
      priority: optionalChoice(v.priority),
      whyImportant: v.whyImportant,
      ...(v.livesWhere.trim() ? { livesWhere: v.livesWhere } : {}),
      ...(v.interpreterNeeded ? { interpreterNeeded: v.interpreterNeeded === 'yes' } : {}),
      ...(v.interpreterNeeded === 'yes' && v.interpreterLanguage.trim()
        ? { interpreterLanguage: v.interpreterLanguage }
        : {}),
    }),
    schema: personSchema,
  });
  const relationship = form.methods.watch('relationship');
  const title = existing ? t('plan.form.people.change', { name: existing.name }) : t('plan.form.people.add');
  return (
    <SectionPage
      plan={props.plan}
      section="people"
      title={title}
      itemPage
      fromCheck={props.route.fromCheck}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <SectionForm
        methods={form.methods}
        onSubmit={form.onSubmit}
        noCompletedQuestion
        submitLabel={t('plan.form.people.save')}
        secondary={
          <a className="link-button" href={form.back} onClick={form.cancel}>
            {t('plan.form.cancel')}
          </a>
        }
      >
        <TextInput name="name" {...L('name')} width="medium" />
        <Select name="relationship" {...L('relationship')} options={optionList(t, 'relationship', RELATIONSHIPS)} />
        {relationship === 'other' && <TextInput name="relationshipOther" {...L('relationshipOther')} width="medium" />}
        <Radios
          name="knownToChild"
          legend={L('knownToChild').label}
          options={optionList(t, 'knownToChild', KNOWN_TO_CHILD)}
          inline
        />
        <Radios name="priority" legend={L('priority').label} options={optionList(t, 'priority', PRIORITIES)} />
        <TextArea name="whyImportant" {...L('whyImportant')} />
        <TextInput name="livesWhere" {...L('livesWhere')} width="medium" />
        <Radios
          name="interpreterNeeded"
          legend={t('plan.person.interpreterNeeded.label')}
          hint={t('plan.person.interpreterNeeded.hint')}
          options={[
            ['yes', t('plan.person.interpreter.yes')],
            ['no', t('plan.person.interpreter.no')],
          ]}
          inline
          reveal={{
            yes: (
              <TextInput name="interpreterLanguage" label={t('plan.person.interpreterLanguage.label')} width="medium" />
            ),
          }}
        />
      </SectionForm>
    </SectionPage>
  );
}

export default function PeopleSection(props: SectionProps) {
  const i18n = useTranslator();
  const { plan, route } = props;
  if (route.item) {
    const person = plan.people.find((p) => p.id === route.item);
    if (route.remove && person) {
      const c = removalConsequences(plan, person.id);
      const n = (count: number, one: string, many: string) => (count ? [`${count} ${count === 1 ? one : many}`] : []);
      return (
        <RemoveItem
          props={props}
          list="people"
          name={person.name}
          consequences={[
            ...n(c.arrangements, 'arrangement with only them', 'arrangements with only them'),
            ...n(c.factors, 'strength or challenge about them', 'strengths and challenges about them'),
            ...n(c.support, 'kind of support for them', 'kinds of support for them'),
            ...n(c.views, 'view of theirs', 'views of theirs'),
          ]}
        />
      );
    }
    return <PersonForm key={route.item} props={props} existing={person} />;
  }
  return (
    <ListSection
      props={props}
      list="people"
      items={listItems(sectionAnswers(plan, 'people', i18n), 'people').map(answerSummary)}
      addLabel={i18n.t(plan.people.length ? 'plan.form.people.addAnother' : 'plan.form.people.add')}
      emptyText={i18n.t('plan.form.people.empty')}
      before={
        plan.people.length > 0 && (
          <Suspense fallback={null}>
            <EcoMap plan={plan} />
          </Suspense>
        )
      }
    />
  );
}
