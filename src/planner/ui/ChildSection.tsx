import { JURISDICTIONS, childSchema, type Child, type Plan } from '../schema/planSchema';
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

export default function ChildSection(props: SectionProps) {
  const L = useFieldWords('child');
  const form = useSectionForm<Child & { jurisdiction: Plan['jurisdiction'] }>({
    props,
    section: 'child',
    toValues: (plan) => ({ ...plan.child, jurisdiction: plan.jurisdiction }),
    prepare: (values) => {
      const {
        completed: _,
        jurisdiction: __,
        ...child
      } = values as Child & { completed?: unknown; jurisdiction?: unknown };
      return child;
    },
    draftSchema: childSchema,
    extra: (plan, values) =>
      (JURISDICTIONS as readonly string[]).includes(values.jurisdiction)
        ? { ...plan, jurisdiction: values.jurisdiction }
        : plan,
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
      </SectionForm>
    </SectionPage>
  );
}
