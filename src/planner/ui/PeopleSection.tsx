import { lazy, Suspense } from 'react';
import {
  FAMILY_SIDE_RELATIONSHIPS,
  FAMILY_SIDES,
  KNOWN_TO_CHILD,
  PERSON_SAFETY_FLAGS,
  PRIORITIES,
  RELATIONSHIPS,
  ROLE_RELATIONSHIPS,
} from '../schema/planVocabulary';
import { personSchema, type Person } from '../schema/planSchema';
import { removalConsequences } from '../state/planOperations';
import { ErrorSummary } from './ErrorSummary';
import { answerSummary, ListSection } from './ListSection';
import { listItems, sectionAnswers, optionList } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

import { RemoveItem } from './RemoveItem';
import { AdoptiveParentsForm } from './AdoptiveParentsForm';
import { formatRoute } from '../state/hashRoute';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Checkboxes } from './fields/Checkboxes';
import { Radios } from './fields/Radios';
import { TextArea } from './fields/TextArea';
import { TextInput } from './fields/TextInput';
import { isOneOf, optionalChoice } from '../forms/formValues';
import { useItemForm } from './useItemForm';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';

const EcoMap = lazy(() => import('./EcoMap'));

/** The address (`add?start=`) of the form that adds both adoptive parents at once. */
const ADOPTIVE_PARENTS = 'adoptive_parents';

interface PersonValues {
  name: string;
  relationship: string | null;
  relationshipOther: string;
  side: string | null;
  caresForId: string;
  role: string;
  agency: string;
  contactRoute: string;
  nameChildUses: string;
  knownToChild: string | null;
  priority: string | null;
  whyImportant: string;
  livesWhere: string;
  country: string;
  timeZone: string;
  /** ['unknown'] when nobody knows where they are now. */
  whereabouts: string[];
  languages: string;
  /** 'yes', 'no', or null when not asked. */
  interpreterNeeded: string | null;
  interpreterLanguage: string;
  safety: string[];
  safetyConcerns: string;
}

/** Form fields whose schema path differs. */
const PERSON_RENAME = { whereaboutsUnknown: 'whereabouts', 'safety.concerns': 'safetyConcerns' };

/** A text answer kept only when there is something in it. */
const filledIn = <K extends string>(key: K, value: string) =>
  value.trim() ? ({ [key]: value } as Record<K, string>) : {};

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
      side: p?.side ?? null,
      caresForId: p?.caresForId ?? '',
      role: p?.role ?? '',
      agency: p?.agency ?? '',
      contactRoute: p?.contactRoute ?? '',
      nameChildUses: p?.nameChildUses ?? '',
      knownToChild: p?.knownToChild ?? null,
      priority: p?.priority ?? null,
      whyImportant: p?.whyImportant ?? '',
      livesWhere: p?.livesWhere ?? '',
      country: p?.country ?? '',
      timeZone: p?.timeZone ?? '',
      whereabouts: p?.whereaboutsUnknown ? ['unknown'] : [],
      languages: p?.languages ?? '',
      interpreterNeeded: p?.interpreterNeeded === undefined ? null : p.interpreterNeeded ? 'yes' : 'no',
      interpreterLanguage: p?.interpreterLanguage ?? '',
      safety: PERSON_SAFETY_FLAGS.filter((flag) => p?.safety?.[flag]),
      safetyConcerns: p?.safety?.concerns ?? '',
    }),
    prepare: (v, id) => {
      const role = isOneOf(ROLE_RELATIONSHIPS, v.relationship);
      const safety = {
        noDirectContact: v.safety.includes('noDirectContact'),
        doNotShareDetails: v.safety.includes('doNotShareDetails'),
        concerns: v.safetyConcerns,
      };
      return {
        id,
        name: v.name,
        relationship: optionalChoice(v.relationship),
        ...(v.relationship === 'other' ? { relationshipOther: v.relationshipOther } : {}),
        ...(isOneOf(FAMILY_SIDE_RELATIONSHIPS, v.relationship) && v.side ? { side: v.side } : {}),
        ...(v.relationship === 'sibling_carer'
          ? { ...filledIn('caresForId', v.caresForId), ...filledIn('role', v.role) }
          : {}),
        ...(v.relationship === 'professional'
          ? {
              ...filledIn('role', v.role),
              ...filledIn('agency', v.agency),
              ...filledIn('contactRoute', v.contactRoute),
            }
          : {}),
        ...filledIn('nameChildUses', v.nameChildUses),
        // Adoptive parents, carers and professionals are not asked these; everyone else is.
        ...(role
          ? {}
          : {
              knownToChild: optionalChoice(v.knownToChild),
              priority: optionalChoice(v.priority),
              whyImportant: v.whyImportant,
            }),
        ...filledIn('livesWhere', v.livesWhere),
        ...filledIn('country', v.country),
        ...filledIn('timeZone', v.timeZone),
        ...(v.whereabouts.includes('unknown') ? { whereaboutsUnknown: true } : {}),
        ...filledIn('languages', v.languages),
        ...(v.interpreterNeeded ? { interpreterNeeded: v.interpreterNeeded === 'yes' } : {}),
        ...(v.interpreterNeeded === 'yes' && v.interpreterLanguage.trim()
          ? { interpreterLanguage: v.interpreterLanguage }
          : {}),
        ...(safety.noDirectContact || safety.doNotShareDetails || safety.concerns.trim() ? { safety } : {}),
      };
    },
    rename: PERSON_RENAME,
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
      route={props.route}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <SectionForm
        methods={form.methods}
        onSubmit={form.onSubmit}
        onAddAnother={form.onSubmitAndAddAnother}
        noCompletedQuestion
        submitLabel={t('plan.form.people.save')}
        cancel={{ href: form.back, onClick: form.cancel }}
      >
        <TextInput name="name" {...L('name')} width="medium" />
        <Radios
          name="relationship"
          legend={L('relationship').label}
          options={optionList(t, 'relationship', RELATIONSHIPS)}
        />
        {relationship === 'other' && <TextInput name="relationshipOther" {...L('relationshipOther')} width="medium" />}
        {isOneOf(FAMILY_SIDE_RELATIONSHIPS, relationship) && (
          <Radios name="side" legend={L('side').label} options={optionList(t, 'side', FAMILY_SIDES)} inline />
        )}
        {relationship === 'sibling_carer' && (
          <>
            <Radios
              name="caresForId"
              legend={L('caresForId').label}
              hint={L('caresForId').hint}
              options={props.plan.people
                .filter((p) => p.id !== existing?.id && p.relationship.startsWith('sibling_'))
                .map((p) => [p.id, p.name] as [string, string])}
            />
            <TextInput name="role" {...L('carerRole')} width="medium" />
          </>
        )}
        {relationship === 'professional' && (
          <>
            <TextInput name="role" {...L('role')} width="medium" />
            <TextInput name="agency" {...L('agency')} width="medium" />
            <TextInput name="contactRoute" {...L('contactRoute')} width="medium" />
          </>
        )}
        <TextInput name="nameChildUses" {...L('nameChildUses')} width="medium" />
        {!isOneOf(ROLE_RELATIONSHIPS, relationship) && (
          <>
            <Radios
              name="knownToChild"
              legend={L('knownToChild').label}
              options={optionList(t, 'knownToChild', KNOWN_TO_CHILD)}
              inline
            />
            <Radios name="priority" legend={L('priority').label} options={optionList(t, 'priority', PRIORITIES)} />
            <TextArea name="whyImportant" {...L('whyImportant')} />
          </>
        )}
        <TextInput name="livesWhere" {...L('livesWhere')} width="medium" />
        <TextInput name="country" {...L('country')} width="medium" />
        <TextInput name="timeZone" {...L('timeZone')} width="medium" />
        <Checkboxes
          name="whereabouts"
          legend={L('whereaboutsUnknown').label}
          options={[['unknown', t('plan.person.whereaboutsUnknown.option')]]}
        />
        <TextInput name="languages" {...L('languages')} width="medium" />
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
        <Checkboxes
          name="safety"
          legend={L('safety').label}
          hint={L('safety').hint}
          options={optionList(t, 'safety', PERSON_SAFETY_FLAGS)}
        />
        <TextArea name="safetyConcerns" {...L('safety.concerns')} />
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
      const consequences = (['arrangements', 'factors', 'support', 'views', 'signOff'] as const)
        .filter((kind) => c[kind] > 0)
        .map((kind) => i18n.t(`plan.form.people.remove.${kind}`, { count: c[kind] }));
      return <RemoveItem props={props} list="people" name={person.name} consequences={consequences} />;
    }
    if (route.item === 'add' && route.start === ADOPTIVE_PARENTS) return <AdoptiveParentsForm props={props} />;
    return <PersonForm key={route.item} props={props} existing={person} />;
  }
  const hasAdoptiveParent = plan.people.some((p) => p.relationship === 'adoptive_parent');
  return (
    <ListSection
      props={props}
      list="people"
      items={listItems(sectionAnswers(plan, 'people', i18n), 'people').map(answerSummary)}
      addLabel={i18n.t(plan.people.length ? 'plan.form.people.addAnother' : 'plan.form.people.add')}
      emptyText={i18n.t('plan.form.people.empty')}
      afterAdd={
        !hasAdoptiveParent && (
          <p>
            <a
              href={formatRoute({
                view: 'section',
                planId: plan.id,
                section: 'people',
                item: 'add',
                start: ADOPTIVE_PARENTS,
                ...(route.from ? { from: route.from } : {}),
              })}
            >
              {i18n.t('plan.form.adoptiveParents.add')}
            </a>
          </p>
        )
      }
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
