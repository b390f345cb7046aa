/**
 * Add or change one signatory: name, role, whether they agree (with their reservations, or why
 * not), the date they signed off, and an optional drawn signature.
 */
import { useMemo } from 'react';
import { useController, useForm } from 'react-hook-form';
import { SIGNATORY_ROLES, STANCES, signOffSchema, type SignOff } from '../../schema/planSchema';
import { sectionHash } from '../../state/hashRoute';
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
import { signatoryFromValues, signatoryIssues, signatoryValues, type SignatoryValues } from '../../forms/signatoryForm';
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
  const methods = useForm<SignatoryValues>({
    defaultValues: signatoryValues(existing),
    resolver: issuesResolver((v: SignatoryValues) => signatoryIssues(i18n, v, id, isoDate(new Date()))),
    shouldFocusError: false,
  });
  const onSubmit = methods.handleSubmit((values) => {
    const signatory = signOffSchema.parse(signatoryFromValues(values, id));
    onCommit((p) => upsertSignatory(p, signatory));
    navigate(back);
  });
  const errors = summaryErrors(flattenErrors(methods.formState.errors));
  const role = methods.watch('role');
  const reservations = (label: string) => <TextArea name="reservations" label={label} />;

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
        noCompletedQuestion
        submitLabel={t('signoff.signatoryForm.save')}
        secondary={
          <a className="link-button" href={back}>
            {t('signoff.nav.cancel')}
          </a>
        }
      >
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
        <DateInput name="date" label={t('plan.signatory.date.label')} />
        <Signature />
      </SectionForm>
    </SectionPage>
  );
}
