import { PURPOSES } from '../schema/planVocabulary';
import { purposesSchema, type Purposes } from '../schema/planSchema';
import { ErrorSummary } from './ErrorSummary';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { Checkboxes } from './fields/Checkboxes';
import { TextArea } from './fields/TextArea';
import { TextInput } from './fields/TextInput';
import { useSectionForm } from './useSectionForm';
import type { SectionProps } from './sectionProps';
import { useFieldWords } from './useFieldWords';

export default function PurposesSection(props: SectionProps) {
  const L = useFieldWords('purposes');
  const form = useSectionForm<Purposes>({
    props,
    section: 'purposes',
    toValues: (plan) => plan.purposes,
    prepare: (values) => {
      const { completed: _, ...purposes } = values as Purposes & { completed?: unknown };
      return { ...purposes, other: purposes.selected.includes('other') ? purposes.other : '' };
    },
    draftSchema: purposesSchema,
  });
  const selected = form.methods.watch('selected');
  return (
    <SectionPage
      plan={props.plan}
      section="purposes"
      route={props.route}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <SectionForm methods={form.methods} onSubmit={form.onSubmit}>
        <Checkboxes
          name="selected"
          legend={L('selected').label}
          hint={L('selected').hint}
          options={L.options('purpose', PURPOSES)}
        />
        {selected?.includes('other') && <TextInput name="other" {...L('other')} />}
        <TextArea name="summary" {...L('summary')} rows={5} />
        <TextArea name="ifMeetingUnsafe" {...L('ifMeetingUnsafe')} />
      </SectionForm>
    </SectionPage>
  );
}
