import { useMemo } from 'react';
import { SUPPORT_KINDS, SUPPORT_SPANS, SUPPORT_WHEN, LIMITS } from '../schema/planVocabulary';
import { supportSchema, type Support } from '../schema/planSchema';
import {
  namedPersonFromValues,
  namedPersonIssues,
  namedPersonValues,
  type NamedPersonValues,
} from '../forms/namedPerson';
import { newId } from '../state/planOperations';
import { NamedPersonField } from './NamedPersonField';
import { ErrorSummary } from './ErrorSummary';
import { answerSummary, ListSection } from './ListSection';
import { listItems, sectionAnswers } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

import { RemoveItem } from './RemoveItem';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Checkboxes } from './fields/Checkboxes';
import { Radios } from './fields/Radios';
import { TextArea } from './fields/TextArea';
import { optionalChoice } from '../forms/formValues';
import { useItemForm } from './useItemForm';
import { WHO_RENAME, WhoField, partyFromWho, whoValue } from './WhoField';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';

interface SupportValues {
  who: string | null;
  kinds: string[];
  description: string;
  when: string[];
  providerWho: NamedPersonValues;
  span: string | null;
}

/** Form fields whose schema path differs. */
const SUPPORT_RENAME = { ...WHO_RENAME, provider: 'providerWho.who', providerId: 'providerWho.who' };

function SupportForm({ props, existing }: { props: SectionProps; existing: Support | undefined }) {
  const i18n = useTranslator();
  const L = useFieldWords('support');
  const { plan } = props;
  const newPersonId = useMemo(() => newId('p'), []);
  const provider = (v: SupportValues) => namedPersonFromValues(v.providerWho, newPersonId, plan.people);
  const form = useItemForm<SupportValues, Support>({
    props,
    list: 'support',
    existing,
    idPrefix: 's',
    toValues: (s) => ({
      who: s ? whoValue(s.party, s.personId) : null,
      kinds: s?.kinds ?? [],
      description: s?.description ?? '',
      when: s?.when ?? [],
      providerWho: namedPersonValues(s?.providerId, s?.provider),
      span: s?.span ?? null,
    }),
    prepare: (v, id) => {
      const { personId, written } = provider(v);
      return {
        id,
        ...partyFromWho(v.who),
        kinds: v.kinds,
        description: v.description,
        when: v.when,
        ...(personId ? { providerId: personId } : {}),
        provider: written ?? '',
        span: optionalChoice(v.span),
      };
    },
    schema: supportSchema,
    rename: SUPPORT_RENAME,
    extraIssues: (v) => namedPersonIssues(i18n.t, v.providerWho, 'providerWho', plan.people.length, LIMITS.short),
    newPeople: (v) => {
      const { newPerson } = provider(v);
      return newPerson ? [newPerson] : [];
    },
  });
  return (
    <SectionPage
      plan={props.plan}
      section="support"
      title={i18n.t(existing ? 'plan.form.support.change' : 'plan.form.support.add')}
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
        submitLabel={i18n.t('plan.form.support.save')}
        cancel={{ href: form.back, onClick: form.cancel }}
      >
        <WhoField legend={L('party').label} people={props.plan.people} />
        <Checkboxes
          name="kinds"
          legend={L('kinds').label}
          hint={L('kinds').hint}
          options={L.options('supportKind', SUPPORT_KINDS)}
        />
        <TextArea name="description" {...L('description')} rows={3} />
        <Checkboxes
          name="when"
          legend={L('when').label}
          hint={L('when').hint}
          options={L.options('supportWhen', SUPPORT_WHEN)}
        />
        <NamedPersonField name="providerWho" {...L('provider')} plan={plan} />
        <Radios name="span" legend={L('span').label} options={L.options('supportSpan', SUPPORT_SPANS)} />
      </SectionForm>
    </SectionPage>
  );
}

export default function SupportSection(props: SectionProps) {
  const i18n = useTranslator();
  const { plan, route } = props;
  if (route.item) {
    const support = plan.support.find((s) => s.id === route.item);
    if (route.remove && support) {
      return <RemoveItem props={props} list="support" name={i18n.t('plan.remove.support')} />;
    }
    return <SupportForm key={route.item} props={props} existing={support} />;
  }
  return (
    <ListSection
      props={props}
      list="support"
      items={listItems(sectionAnswers(plan, 'support', i18n), 'support').map(answerSummary)}
      addLabel={i18n.t(plan.support.length ? 'plan.form.support.addMore' : 'plan.form.support.add')}
      emptyText={i18n.t('plan.form.support.empty')}
    />
  );
}
