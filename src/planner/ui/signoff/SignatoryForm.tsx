/**
 * Add or change one signatory: who (someone in the plan's register, or a name and role written in),
 * whether they agree (with their reservations, or why not), the date they signed off (today is
 * offered), and an optional drawn signature.
 */
import { useMemo } from 'react';
import { useController, useForm } from 'react-hook-form';
import { SIGNATORY_ROLES, STANCES } from '../../schema/planVocabulary';
import { signOffSchema, type SignOff } from '../../schema/planSchema';
import { addAnotherHash, sectionHash } from '../../state/hashRoute';
import { newId } from '../../state/planOperations';
import { ErrorSummary } from '../ErrorSummary';
import { SectionForm } from '../SectionForm';
import { SectionPage } from '../SectionPage';
import { DateInput } from '../fields/DateInput';
import { Radios } from '../fields/Radios';
import { TextArea } from '../fields/TextArea';
import { TextInput } from '../fields/TextInput';
import { fieldId } from '../fields/fieldId';
import { useFieldError } from '../fields/useFieldError';
import { flattenErrors, issuesResolver } from '../formValidation';
import {
  NOT_IN_REGISTER,
  PROFESSIONAL_SIGNATORY_ROLES,
  pickedPerson,
  signablePeople,
  signatoryFromValues,
  signatoryIssues,
  signatoryValues,
  type SignatoryValues,
} from '../../forms/signatoryForm';
import { personWithPartLabel } from '../../answers/planAnswers';
import type { SectionProps } from '../sectionProps';
import { summaryErrors } from '../useSectionForm';
import { upsertSignatory } from '../../signoff/planLifecycle';
import { isoDate } from '../../signoff/signOffRules';
import { useTranslator } from '../useTranslator';
import { SignaturePad } from './SignaturePad';

function Signature() {
  const { t } = useTranslator();
  const { field } = useController<SignatoryValues, 'signature'>({ name: 'signature' });
  const error = useFieldError('signature');
  return (
    <SignaturePad
      id={fieldId('signature')}
      label={t('plan.signatory.signature.label')}
      hint={t('plan.signatory.signature.hint')}
      value={field.value}
      onChange={field.onChange}
      error={error}
    />
  );
}

export function SignatoryForm({ props, existing }: { props: SectionProps; existing: SignOff | undefined }) {
  const { plan, onCommit, navigate } = props;
  const i18n = useTranslator();
  const { t } = i18n;
  const id = useMemo(() => existing?.id ?? newId('s'), [existing]);
  const back = sectionHash(plan.id, 'signoff');
  const today = isoDate(new Date());
  const people = useMemo(
    () => signablePeople(plan.people, plan.signOff, existing?.id),
    [plan.people, plan.signOff, existing],
  );
  const methods = useForm<SignatoryValues>({
    defaultValues: signatoryValues(existing, people.length > 0),
    resolver: issuesResolver((v: SignatoryValues) => signatoryIssues(i18n, v, id, today, people)),
    shouldFocusError: false,
  });
  const save = (values: SignatoryValues) => {
    const signatory = signOffSchema.parse(signatoryFromValues(values, id, people));
    onCommit((p) => upsertSignatory(p, signatory));
  };
  const onSubmit = methods.handleSubmit((values) => {
    save(values);
    navigate(back);
  });
  /** Saves, then opens an empty form for the next signatory (see useItemForm's). */
  const onAddAnother = methods.handleSubmit((values) => {
    save(values);
    navigate(addAnotherHash(props.route), { notice: t('planner.form.savedAddAnother') });
  });
  const errors = summaryErrors(flattenErrors(methods.formState.errors));
  const [role, who] = methods.watch(['role', 'who']);
  const person = pickedPerson({ ...methods.getValues(), who }, people);
  const reservations = (label: string) => <TextArea name="reservations" label={label} />;
  const writtenIn = (
    <>
      <TextInput
        name="name"
        label={t('plan.signatory.name.label')}
        hint={t('plan.signatory.name.hint')}
        width="medium"
      />
      <Radios
        name="role"
        legend={t('plan.signatory.role.label')}
        options={SIGNATORY_ROLES.map((r) => [r, t(`plan.option.signatoryRole.${r}`)])}
      />
      {role === 'other' && <TextInput name="roleOther" label={t('plan.signatory.roleOther.label')} width="medium" />}
    </>
  );

  return (
    <SectionPage
      plan={plan}
      section="signoff"
      title={
        existing ? t('signoff.signatoryForm.changeTitle', { name: existing.name }) : t('signoff.signatoryForm.addTitle')
      }
      itemPage
      hasErrors={errors.length > 0}
      errors={<ErrorSummary key={methods.formState.submitCount} errors={errors} />}
    >
      <SectionForm
        methods={methods}
        onSubmit={onSubmit}
        onAddAnother={existing ? undefined : onAddAnother}
        noCompletedQuestion
        submitLabel={t('signoff.signatoryForm.save')}
        cancel={{ href: back }}
      >
        {people.length > 0 ? (
          <Radios
            name="who"
            legend={t('plan.signatory.who.label')}
            hint={t('plan.signatory.who.hint')}
            options={[
              ...people.map((p) => [p.id, personWithPartLabel(plan, p.id, i18n)] as [string, string]),
              [NOT_IN_REGISTER, t('plan.signatory.who.notInRegister')],
            ]}
            reveal={{ [NOT_IN_REGISTER]: writtenIn }}
          />
        ) : (
          writtenIn
        )}
        {person?.relationship === 'professional' && (
          <Radios
            name="role"
            legend={t('plan.signatory.professionalRole.label', { name: person.name })}
            options={PROFESSIONAL_SIGNATORY_ROLES.map((r) =>
              r === 'other'
                ? [r, person.role?.trim() || t('plan.option.signatoryRole.other')]
                : [r, t(`plan.option.signatoryRole.${r}`)],
            )}
          />
        )}
        <Radios
          name="stance"
          legend={t('plan.signatory.stance.label')}
          options={STANCES.map((s) => [s, t(`plan.option.stance.${s}`)])}
          reveal={{
            agrees_with_reservations: reservations(t('plan.signatory.reservations.label')),
            does_not_agree: reservations(t('plan.signatory.disagreement.label')),
            views_recorded: reservations(t('plan.signatory.views.label')),
          }}
        />
        <DateInput name="date" label={t('plan.signatory.date.label')} today={today} />
        <Signature />
      </SectionForm>
    </SectionPage>
  );
}
