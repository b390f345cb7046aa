/**
 * Add or change one signatory: name, role, whether they agree (with their reservations, or why
 * not), the date they signed off, and an optional drawn signature.
 */
import { useMemo } from 'react';
import { useController, useForm } from 'react-hook-form';
import type { Translator } from '../../../i18n/translator';
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
import { flattenErrors, formIssues, issuesResolver, optionalChoice, type FormIssue } from '../formValidation';
import type { SectionProps } from '../sectionProps';
import { summaryErrors } from '../useSectionForm';
import { upsertSignatory } from '../../signoff/planLifecycle';
import { isoDate, signatoryDateProblem } from '../../signoff/signOffRules';
import { useTranslator } from '../useTranslator';
import { SignaturePad } from './SignaturePad';

interface Values {
  name: string;
  role: string | null;
  roleOther: string;
  stance: string | null;
  reservations: string;
  date: string;
  signature: string;
}

/** Field order on the page, so the error summary lists problems in the order they appear. */
const ORDER: (keyof Values)[] = ['name', 'role', 'roleOther', 'stance', 'reservations', 'date', 'signature'];

/** Stances that come with words: reservations, reasons, or the views themselves. */
const WITH_WORDS = new Set(['agrees_with_reservations', 'does_not_agree', 'views_recorded']);

function prepare(v: Values, id: string): unknown {
  return {
    id,
    name: v.name,
    role: optionalChoice(v.role),
    ...(v.role === 'other' ? { roleOther: v.roleOther } : {}),
    stance: optionalChoice(v.stance),
    ...(v.stance && WITH_WORDS.has(v.stance) && v.reservations.trim() ? { reservations: v.reservations } : {}),
    date: v.date,
    ...(v.signature ? { signature: v.signature } : {}),
  };
}

/**
 * Problems with the answers: the schema's, plus what sign-off itself needs. The date is checked by
 * the same rule as the list of what is missing before sign-off, in plainer words than the schema's.
 */
export function signatoryIssues(i18n: Translator, v: Values, id: string, today: string): FormIssue[] {
  const { t } = i18n;
  const own: FormIssue[] = [];
  if (v.role === 'other' && !v.roleOther.trim())
    own.push({ name: 'roleOther', message: t('signoff.signatoryForm.roleOtherMissing') });
  if (v.stance === 'agrees_with_reservations' && !v.reservations.trim())
    own.push({ name: 'reservations', message: t('signoff.signatoryForm.reservationsMissing') });
  if (v.stance === 'does_not_agree' && !v.reservations.trim())
    own.push({ name: 'reservations', message: t('signoff.signatoryForm.disagreementMissing') });
  const dateProblem = signatoryDateProblem(v.date, today);
  if (dateProblem) own.push({ name: 'date', message: t(dateProblem.key, { who: t('signoff.signatoryForm.they') }) });
  const fromSchema = formIssues(t, signOffSchema, prepare(v, id)).filter((i) => i.name !== 'date');
  const position = (i: FormIssue) => ORDER.indexOf(i.name.split('.')[0] as keyof Values);
  return [...fromSchema, ...own].sort((a, b) => position(a) - position(b));
}

function Signature() {
  const { t } = useTranslator();
  const { field } = useController<Values, 'signature'>({ name: 'signature' });
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
  const methods = useForm<Values>({
    defaultValues: {
      name: existing?.name ?? '',
      role: existing?.role ?? null,
      roleOther: existing?.roleOther ?? '',
      stance: existing?.stance ?? null,
      reservations: existing?.reservations ?? '',
      date: existing?.date ?? '',
      signature: existing?.signature ?? '',
    },
    resolver: issuesResolver((v: Values) => signatoryIssues(i18n, v, id, isoDate(new Date()))),
    shouldFocusError: false,
  });
  const onSubmit = methods.handleSubmit((values) => {
    const signatory = signOffSchema.parse(prepare(values, id));
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
