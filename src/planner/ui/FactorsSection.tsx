import { FACTOR_KINDS, type Party } from '../schema/planVocabulary';
import { factorSchema, type Factor } from '../schema/planSchema';
import { ErrorSummary } from './ErrorSummary';
import { answerSummary, ListSection } from './ListSection';
import { listItems, sectionAnswers } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

import { RemoveItem } from './RemoveItem';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Radios } from './fields/Radios';
import { TextArea } from './fields/TextArea';
import { optionalChoice } from '../forms/formValues';
import { useItemForm } from './useItemForm';
import { WHO_RENAME, WhoField, partyFromWho, whoValue } from './WhoField';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';

interface FactorValues {
  who: string | null;
  kind: string | null;
  description: string;
  howManaged: string;
}

function FactorForm({ props, existing }: { props: SectionProps; existing: Factor | undefined }) {
  const i18n = useTranslator();
  const L = useFieldWords('factor');
  const form = useItemForm<FactorValues, Factor>({
    props,
    list: 'factors',
    existing,
    idPrefix: 'f',
    toValues: (f) => ({
      who: f ? whoValue(f.party, f.personId) : null,
      kind: f?.kind ?? null,
      description: f?.description ?? '',
      howManaged: f?.howManaged ?? '',
    }),
    prepare: (v, id) => ({
      id,
      ...partyFromWho(v.who),
      kind: optionalChoice(v.kind),
      description: v.description,
      howManaged: v.kind === 'challenge' ? v.howManaged : '',
    }),
    schema: factorSchema,
    rename: WHO_RENAME,
  });
  const kind = form.methods.watch('kind');
  return (
    <SectionPage
      plan={props.plan}
      section="factors"
      title={i18n.t(existing ? 'plan.form.factors.change' : 'plan.form.factors.add')}
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
        submitLabel={i18n.t('plan.form.factors.save')}
        cancel={{ href: form.back, onClick: form.cancel }}
      >
        <WhoField legend={L('party').label} people={props.plan.people} />
        <Radios name="kind" legend={L('kind').label} options={L.options('factorKind', FACTOR_KINDS)} inline />
        <TextArea name="description" {...L('description')} />
        {kind === 'challenge' && <TextArea name="howManaged" {...L('howManaged')} />}
      </SectionForm>
    </SectionPage>
  );
}

const PARTY_ORDER: Party[] = ['child', 'adoptive_parents', 'foster_carers', 'person'];

export default function FactorsSection(props: SectionProps) {
  const i18n = useTranslator();
  const { plan, route } = props;
  if (route.item) {
    const factor = plan.factors.find((f) => f.id === route.item);
    if (route.remove && factor) {
      return <RemoveItem props={props} list="factors" name={i18n.t(`plan.remove.factor.${factor.kind}`)} />;
    }
    return <FactorForm key={route.item} props={props} existing={factor} />;
  }
  // Grouped by whose strength or challenge it is, in a stable order.
  const sorted = [...plan.factors].sort(
    (a, b) =>
      PARTY_ORDER.indexOf(a.party) - PARTY_ORDER.indexOf(b.party) ||
      plan.people.findIndex((p) => p.id === a.personId) - plan.people.findIndex((p) => p.id === b.personId),
  );
  const cards = new Map(listItems(sectionAnswers(plan, 'factors', i18n), 'factors').map((item) => [item.id, item]));
  const items = sorted.map((f) => answerSummary(cards.get(f.id)!));
  return (
    <ListSection
      props={props}
      list="factors"
      items={items}
      addLabel={i18n.t(items.length ? 'plan.form.factors.addAnother' : 'plan.form.factors.add')}
      emptyText={i18n.t('plan.form.factors.empty')}
    />
  );
}
