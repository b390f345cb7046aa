import { DOCUMENT_LANGUAGES, JURISDICTIONS } from '../schema/planVocabulary';
import { childSchema, type Child, type Plan } from '../schema/planSchema';
import { ErrorSummary } from './ErrorSummary';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { TextArea } from './fields/TextArea';
import { DateInput } from './fields/DateInput';
import { Radios } from './fields/Radios';
import { TextInput } from './fields/TextInput';
import { useSectionForm } from './useSectionForm';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';
import { isOneOf } from '../forms/formValues';

/** The plan-wide answers asked on this page. */
interface PlanWide {
  jurisdiction: Plan['jurisdiction'];
  documentLanguage: Plan['documentLanguage'] | null;
}

export default function ChildSection(props: SectionProps) {
  const L = useFieldWords('child');
  const form = useSectionForm<Child & PlanWide>({
    props,
    section: 'child',
    toValues: (plan) => ({
      ...plan.child,
      jurisdiction: plan.jurisdiction,
      documentLanguage: plan.documentLanguage ?? null,
    }),
    prepare: (values) => {
      const {
        completed: _,
        jurisdiction: __,
        documentLanguage: ___,
        ...child
      } = values as Child & PlanWide & { completed?: unknown };
      return child;
    },
    draftSchema: childSchema,
    // Asked here, kept on the plan itself: where the law comes from and the documents' language.
    extra: (plan, values) => ({
      ...plan,
      ...(isOneOf(JURISDICTIONS, values.jurisdiction) ? { jurisdiction: values.jurisdiction } : {}),
      ...(isOneOf(DOCUMENT_LANGUAGES, values.documentLanguage) ? { documentLanguage: values.documentLanguage } : {}),
    }),
  });
  return (
    <SectionPage
      plan={props.plan}
      section="child"
      route={props.route}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <SectionForm methods={form.methods} onSubmit={form.onSubmit}>
        <TextInput name="name" {...L('name')} width="medium" />
        <DateInput name="dateOfBirth" {...L('dateOfBirth')} />
        <TextInput name="age" {...L('age')} width="medium" />
        <DateInput name="placementDate" {...L('placementDate')} />
        <DateInput name="orderDate" {...L('orderDate')} />
        <TextInput name="heritage" {...L('heritage')} />
        <TextInput name="religion" {...L('religion')} />
        <TextInput name="languages" {...L('languages')} />
        <TextArea name="needs" {...L('needs')} />
        <TextArea name="communication" {...L('communication')} rows={3} />
        <TextArea name="siblings" {...L('siblings')} rows={3} />
        <Radios
          name="jurisdiction"
          legend={L('jurisdiction').label}
          hint={L('jurisdiction').hint}
          options={L.options('jurisdiction', JURISDICTIONS)}
          inline
        />
        <Radios
          name="documentLanguage"
          legend={L('documentLanguage').label}
          hint={L('documentLanguage').hint}
          options={L.options('documentLanguage', DOCUMENT_LANGUAGES)}
        />
      </SectionForm>
    </SectionPage>
  );
}
