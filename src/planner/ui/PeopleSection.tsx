import { lazy, Suspense } from 'react';
import { FIELD_LABELS, KNOWN_TO_CHILD_LABELS, PRIORITY_LABELS, RELATIONSHIP_LABELS } from '../schema/labels';
import { KNOWN_TO_CHILD, PRIORITIES, RELATIONSHIPS, personSchema, type Person } from '../schema/planSchema';
import { removalConsequences } from '../state/planOperations';
import { ErrorSummary } from './ErrorSummary';
import { ListSection, type ItemSummary } from './ListSection';
import { RemoveItem } from './RemoveItem';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Radios } from './fields/Radios';
import { Select } from './fields/Select';
import { TextArea } from './fields/TextArea';
import { TextInput } from './fields/TextInput';
import { optionalChoice } from './formValidation';
import { useItemForm } from './useItemForm';
import type { SectionProps } from './sectionProps';

const EcoMap = lazy(() => import('./EcoMap'));
const L = FIELD_LABELS.person;

const relationshipText = (p: Person) =>
  p.relationship === 'other' && p.relationshipOther ? p.relationshipOther : RELATIONSHIP_LABELS[p.relationship];

export const describePerson = (p: Person): ItemSummary => ({
  id: p.id,
  heading: p.name,
  rows: [
    [L.relationship.label, relationshipText(p)],
    [L.knownToChild.label, KNOWN_TO_CHILD_LABELS[p.knownToChild]],
    [L.priority.label, PRIORITY_LABELS[p.priority]],
    [L.whyImportant.label, p.whyImportant],
    [L.livesWhere.label, p.livesWhere ?? ''],
  ],
});

interface PersonValues {
  name: string;
  relationship: string | null;
  relationshipOther: string;
  knownToChild: string | null;
  priority: string | null;
  whyImportant: string;
  livesWhere: string;
}

function PersonForm({ props, existing }: { props: SectionProps; existing: Person | undefined }) {
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
    }),
    schema: personSchema,
  });
  const relationship = form.methods.watch('relationship');
  const title = existing ? `Change the details of ${existing.name}` : 'Add a person';
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
        submitLabel="Save person"
        secondary={
          <a className="link-button" href={form.back} onClick={form.cancel}>
            Cancel
          </a>
        }
      >
        <TextInput name="name" {...L.name} width="medium" />
        <Select
          name="relationship"
          {...L.relationship}
          options={RELATIONSHIPS.map((r) => [r, RELATIONSHIP_LABELS[r]])}
        />
        {relationship === 'other' && <TextInput name="relationshipOther" {...L.relationshipOther} width="medium" />}
        <Radios
          name="knownToChild"
          legend={L.knownToChild.label}
          options={KNOWN_TO_CHILD.map((k) => [k, KNOWN_TO_CHILD_LABELS[k]])}
          inline
        />
        <Radios name="priority" legend={L.priority.label} options={PRIORITIES.map((k) => [k, PRIORITY_LABELS[k]])} />
        <TextArea name="whyImportant" {...L.whyImportant} />
        <TextInput name="livesWhere" {...L.livesWhere} width="medium" />
      </SectionForm>
    </SectionPage>
  );
}

export default function PeopleSection(props: SectionProps) {
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
      items={plan.people.map(describePerson)}
      addLabel={plan.people.length ? 'Add another person' : 'Add a person'}
      emptyText="No one added yet. Think about birth parents (fathers too), brothers and sisters, grandparents, former foster carers and friends."
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
