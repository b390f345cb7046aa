import { FIELD_LABELS } from '../schema/labels';
import { childSchema, type Child } from '../schema/planSchema';
import { ErrorSummary } from './ErrorSummary';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { TextArea } from './fields/TextArea';
import { DateInput } from './fields/DateInput';
import { TextInput } from './fields/TextInput';
import { useSectionForm } from './useSectionForm';
import type { SectionProps } from './sectionProps';

const L = FIELD_LABELS.child;

export default function ChildSection(props: SectionProps) {
  const form = useSectionForm<Child>({
    props,
    section: 'child',
    toValues: (plan) => plan.child,
    prepare: (values) => {
      const { completed: _, ...child } = values as Child & { completed?: unknown };
      return child;
    },
    draftSchema: childSchema,
  });
  return (
    <SectionPage
      plan={props.plan}
      section="child"
      fromCheck={props.route.fromCheck}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <SectionForm methods={form.methods} onSubmit={form.onSubmit}>
        <TextInput name="name" {...L.name} width="medium" />
        <DateInput name="dateOfBirth" {...L.dateOfBirth} />
        <TextInput name="age" {...L.age} width="medium" />
        <DateInput name="placementDate" {...L.placementDate} />
        <DateInput name="orderDate" {...L.orderDate} />
        <TextInput name="heritage" {...L.heritage} />
        <TextInput name="religion" {...L.religion} />
        <TextInput name="languages" {...L.languages} />
        <TextArea name="needs" {...L.needs} />
        <TextArea name="communication" {...L.communication} rows={3} />
        <TextArea name="siblings" {...L.siblings} rows={3} />
      </SectionForm>
    </SectionPage>
  );
}
