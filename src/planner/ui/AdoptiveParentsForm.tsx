/**
 * "Add the adoptive parents": both of them in one form, each added to the register as an adoptive
 * parent (the second only when named). Most plans have two; entering them one person form at a time
 * took two screens and a relationship choice each.
 */
import { personSchema, type Person } from '../schema/planSchema';
import { newId } from '../state/planOperations';
import { formIssues } from '../forms/formValues';
import { ErrorSummary } from './ErrorSummary';
import { SectionForm } from './SectionForm';
import { SectionPage } from './SectionPage';
import { TextInput } from './fields/TextInput';
import { useItemForm } from './useItemForm';
import { useTranslator } from './useTranslator';
import type { SectionProps } from './sectionProps';

interface AdoptiveParentsValues {
  first: string;
  second: string;
}

const adoptiveParent = (id: string, name: string) => ({ id, name, relationship: 'adoptive_parent' as const });

export function AdoptiveParentsForm({ props }: { props: SectionProps }) {
  const { t } = useTranslator();
  const form = useItemForm<AdoptiveParentsValues, Person>({
    props,
    list: 'people',
    existing: undefined,
    idPrefix: 'p',
    toValues: () => ({ first: '', second: '' }),
    prepare: (v, id) => adoptiveParent(id, v.first),
    rename: { name: 'first' },
    schema: personSchema,
    extraIssues: (v) =>
      v.second.trim() ? formIssues(t, personSchema, adoptiveParent('p-second', v.second), [], { name: 'second' }) : [],
    newPeople: (v) => (v.second.trim() ? [adoptiveParent(newId('p'), v.second)] : []),
  });
  return (
    <SectionPage
      plan={props.plan}
      section="people"
      title={t('plan.form.adoptiveParents.add')}
      itemPage
      route={props.route}
      hasErrors={form.errors.length > 0}
      errors={<ErrorSummary key={form.submitCount} errors={form.errors} />}
    >
      <p>{t('plan.form.adoptiveParents.intro')}</p>
      <SectionForm
        methods={form.methods}
        onSubmit={form.onSubmit}
        onAddAnother={form.onSubmitAndAddAnother}
        noCompletedQuestion
        submitLabel={t('plan.form.adoptiveParents.save')}
        cancel={{ href: form.back, onClick: form.cancel }}
      >
        <TextInput name="first" label={t('plan.form.adoptiveParents.first.label')} width="medium" />
        <TextInput
          name="second"
          label={t('plan.form.adoptiveParents.second.label')}
          hint={t('plan.form.adoptiveParents.second.hint')}
          width="medium"
        />
      </SectionForm>
    </SectionPage>
  );
}
