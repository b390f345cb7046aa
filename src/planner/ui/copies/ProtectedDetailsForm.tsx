/**
 * "What the copies leave out": the adoptive family's details that no birth relative's copy may
 * show, the birth relatives' details the adoptive family's copy may not show, and whose first names
 * both families know. Saved to the plan as `protectedDetails`; the findings already kept stay.
 */
import { useForm } from 'react-hook-form';
import { NO_PROTECTED_DETAILS } from '../../schema/planVocabulary';
import { protectedDetailsSchema, type Plan, type ProtectedDetails } from '../../schema/planSchema';
import { copiesHash } from '../../state/hashRoute';
import { nameProtectedFrom } from '../../state/protectedDetails';
import { formIssues } from '../../forms/formValues';
import { ErrorSummary } from '../ErrorSummary';
import { SectionForm } from '../SectionForm';
import { Checkboxes } from '../fields/Checkboxes';
import { Radios } from '../fields/Radios';
import { TextArea } from '../fields/TextArea';
import { TextInput } from '../fields/TextInput';
import { flattenErrors, issuesResolver } from '../formValidation';
import { summaryErrors } from '../useSectionForm';
import { useFieldWords } from '../useFieldWords';
import { useToolTranslator } from '../useToolTranslator';
import type { PlanUpdate } from '../sectionProps';
import type { Landing } from '../viewLanding';

type Values = Omit<ProtectedDetails, 'kept' | 'childFirstNameShared'> & { childFirstNameShared: 'yes' | 'no' | null };

const toValues = ({ kept: _, childFirstNameShared, ...rest }: ProtectedDetails, answered: boolean): Values => ({
  ...rest,
  childFirstNameShared: answered ? (childFirstNameShared ? 'yes' : 'no') : null,
});

const prepare = (values: Values, plan: Plan): ProtectedDetails => ({
  ...values,
  childFirstNameShared: values.childFirstNameShared === 'yes',
  kept: plan.protectedDetails?.kept ?? [],
});

interface Props {
  plan: Plan;
  onCommit(update: PlanUpdate): void;
  navigate(hash: string, landing?: Landing): void;
}

export function ProtectedDetailsForm({ plan, onCommit, navigate }: Props) {
  const { t } = useToolTranslator();
  const w = useFieldWords('protectedDetails');
  const methods = useForm<Values>({
    defaultValues: toValues(plan.protectedDetails ?? NO_PROTECTED_DETAILS, !!plan.protectedDetails),
    resolver: issuesResolver((values) => formIssues(t, protectedDetailsSchema, prepare(values, plan))),
    shouldFocusError: false,
  });
  const back = copiesHash(plan.id);
  const onSubmit = methods.handleSubmit((values) => {
    const details = prepare(values, plan);
    onCommit((p) => ({ ...p, protectedDetails: { ...details, kept: p.protectedDetails?.kept ?? [] } }));
    navigate(back, { notice: t('planner.copies.saved') });
  });
  const errors = summaryErrors(flattenErrors(methods.formState.errors));
  // Whose first name may cross: the adoptive parents and the birth relatives, as the plan names them.
  const people = plan.people
    .filter((p) => nameProtectedFrom(p, 'birth') || nameProtectedFrom(p, 'adoptive'))
    .map((p) => [p.id, p.name] as const);
  return (
    <>
      <ErrorSummary key={methods.formState.submitCount} errors={errors} />
      <p className="lead">{t('planner.copies.form.lead')}</p>
      <SectionForm
        methods={methods}
        onSubmit={onSubmit}
        noCompletedQuestion
        submitLabel={t('planner.copies.form.save')}
        cancel={{ href: back }}
      >
        <h2>{t('planner.copies.form.adoptive')}</h2>
        <TextArea name="surnames" {...w('surnames')} rows={2} />
        <TextInput name="childNewName" {...w('childNewName')} width="medium" />
        <TextArea name="address" {...w('address')} rows={3} />
        <TextInput name="town" {...w('town')} width="medium" />
        <TextInput name="school" {...w('school')} />
        <TextArea name="otherAdoptive" {...w('otherAdoptive')} rows={3} />
        <h2>{t('planner.copies.form.birth')}</h2>
        <TextArea name="otherBirth" {...w('otherBirth')} rows={3} />
        <h2>{t('planner.copies.form.firstNames')}</h2>
        <Radios
          name="childFirstNameShared"
          legend={w('childFirstNameShared').label}
          hint={w('childFirstNameShared').hint}
          options={[
            ['yes', t('plan.protectedDetails.yes')],
            ['no', t('plan.protectedDetails.no')],
          ]}
          inline
        />
        {people.length > 0 ? (
          <Checkboxes
            name="sharedFirstNameIds"
            legend={w('sharedFirstNameIds').label}
            hint={w('sharedFirstNameIds').hint}
            options={people}
          />
        ) : (
          <p>{t('planner.copies.form.noPeople')}</p>
        )}
      </SectionForm>
    </>
  );
}
