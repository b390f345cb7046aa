import { HEARING_METHODS } from '../schema/planVocabulary';
import { viewSchema, voicesSchema, type Plan, type View, type Voices } from '../schema/planSchema';
import { sectionHash } from '../state/hashRoute';
import { ErrorSummary } from './ErrorSummary';
import { ADD_ITEM_ID, answerSummary, SummaryCard, withPositions } from './ListSection';
import { listItems, partyInSentenceLabel, sectionAnswers } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

import { RemoveItem } from './RemoveItem';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Checkboxes } from './fields/Checkboxes';
import { TextArea } from './fields/TextArea';
import { DateInput } from './fields/DateInput';
import { useItemForm } from './useItemForm';
import { useSectionForm } from './useSectionForm';
import { WHO_RENAME, WhoField, partyFromWho, whoValue } from './WhoField';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';

interface ViewValues {
  who: string | null;
  summary: string;
  date: string;
}

const saveView = (plan: Plan, view: View): Plan => {
  const others = plan.voices.others;
  const index = others.findIndex((v) => v.id === view.id);
  const next = index === -1 ? [...others, view] : others.map((v, i) => (i === index ? view : v));
  return { ...plan, voices: { ...plan.voices, others: next } };
};

function ViewForm({ props, existing }: { props: SectionProps; existing: View | undefined }) {
  const i18n = useTranslator();
  const V = useFieldWords('view');
  const form = useItemForm<ViewValues, View>({
    props,
    list: 'voices',
    existing,
    idPrefix: 'v',
    toValues: (v) => ({
      who: v ? whoValue(v.party, v.personId) : null,
      summary: v?.summary ?? '',
      date: v?.date ?? '',
    }),
    prepare: (v, id) => ({ id, ...partyFromWho(v.who), summary: v.summary, date: v.date }),
    schema: viewSchema,
    rename: WHO_RENAME,
    save: saveView,
  });
  return (
    <SectionPage
      plan={props.plan}
      section="voices"
      title={i18n.t(existing ? 'plan.form.views.change' : 'plan.form.views.add')}
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
        submitLabel={i18n.t('plan.form.views.save')}
        cancel={{ href: form.back, onClick: form.cancel }}
      >
        <WhoField legend={V('party').label} people={props.plan.people} includeChild={false} />
        <TextArea name="summary" {...V('summary')} rows={5} />
        <DateInput name="date" {...V('date')} />
      </SectionForm>
    </SectionPage>
  );
}

function ChildVoiceForm(props: SectionProps) {
  const C = useFieldWords('childVoice');
  const i18n = useTranslator();
  const { plan, route } = props;
  const form = useSectionForm<Pick<Voices, 'child'>>({
    props,
    section: 'voices',
    toValues: (p) => ({ child: p.voices.child }),
    prepare: (values, p) => ({ child: values.child, others: p.voices.others }),
    draftSchema: voicesSchema,
  });
  return (
    <SectionPage
      plan={plan}
      section="voices"
      route={route}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <SectionForm methods={form.methods} onSubmit={form.onSubmit}>
        <h2>{i18n.t('plan.voices.childHeading')}</h2>
        <TextArea name="child.wishes" {...C('wishes')} rows={5} />
        <TextArea name="child.ownWords" {...C('ownWords')} rows={3} />
        <Checkboxes
          name="child.methods"
          legend={C('methods').label}
          hint={C('methods').hint}
          options={C.options('hearingMethod', HEARING_METHODS)}
        />
        <DateInput name="child.date" {...C('date')} />
        <TextArea name="child.notGivenReason" {...C('notGivenReason')} rows={3} />
        <h2>{i18n.t('plan.voices.adultsHeading')}</h2>
        <p>{i18n.t('plan.form.views.intro')}</p>
        {plan.voices.others.length === 0 && <p className="inset-text">{i18n.t('plan.form.views.empty')}</p>}
        {withPositions(listItems(sectionAnswers(plan, 'voices', i18n), 'voices').map(answerSummary), i18n).map(
          (item) => (
            <SummaryCard
              key={item.id}
              item={item}
              headingLevel={3}
              changeHref={sectionHash(plan.id, 'voices', item.id, route.from)}
              removeHref={`${sectionHash(plan.id, 'voices', item.id)}/remove`}
            />
          ),
        )}
        <p>
          <a
            className="button button--secondary"
            id={ADD_ITEM_ID}
            href={sectionHash(plan.id, 'voices', 'add', route.from)}
          >
            {i18n.t(plan.voices.others.length ? 'plan.form.views.addAnother' : 'plan.form.views.add')}
          </a>
        </p>
      </SectionForm>
    </SectionPage>
  );
}

export default function VoicesSection(props: SectionProps) {
  const i18n = useTranslator();
  const { plan, route } = props;
  if (route.item) {
    const view = plan.voices.others.find((v) => v.id === route.item);
    if (route.remove && view) {
      return (
        <RemoveItem
          props={props}
          list="voices"
          name={i18n.t('plan.remove.view', { who: partyInSentenceLabel(plan, view.party, view.personId, i18n) })}
          remove={(p) => ({ ...p, voices: { ...p.voices, others: p.voices.others.filter((v) => v.id !== view.id) } })}
        />
      );
    }
    return <ViewForm key={route.item} props={props} existing={view} />;
  }
  return <ChildVoiceForm {...props} />;
}
