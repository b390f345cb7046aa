/**
 * Add or change one signatory: name, role, whether they agree (with their reservations, or why
 * not), the date they signed off, and an optional drawn signature.
 */
import { useMemo } from 'react';
import { useController, useForm } from 'react-hook-form';
import { FIELD_LABELS, SIGNATORY_ROLE_LABELS, STANCE_LABELS } from '../../schema/labels';
import { SIGNATORY_ROLES, STANCES, isRealIsoDate, signOffSchema, type SignOff } from '../../schema/planSchema';
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
import { isoDate } from '../../signoff/signOffRules';
import { SignaturePad } from './SignaturePad';

const L = FIELD_LABELS.signatory;

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

/** Problems with the answers: the schema's, plus what sign-off itself needs. */
export function signatoryIssues(v: Values, id: string, today: string): FormIssue[] {
  const own: FormIssue[] = [];
  if (v.role === 'other' && !v.roleOther.trim()) own.push({ name: 'roleOther', message: 'Describe their role' });
  if (v.stance === 'agrees_with_reservations' && !v.reservations.trim())
    own.push({ name: 'reservations', message: 'Enter their reservations' });
  if (v.stance === 'does_not_agree' && !v.reservations.trim())
    own.push({ name: 'reservations', message: 'Enter why they do not agree' });
  if (v.date === '') own.push({ name: 'date', message: 'Enter the date they signed off' });
  else if (!isRealIsoDate(v.date)) own.push({ name: 'date', message: 'The date they signed off must be a real date' });
  else if (v.date > today) own.push({ name: 'date', message: 'The date they signed off must be today or in the past' });
  // The date is checked above in plainer words than the schema's.
  const fromSchema = formIssues(signOffSchema, prepare(v, id)).filter((i) => i.name !== 'date');
  const position = (i: FormIssue) => ORDER.indexOf(i.name.split('.')[0] as keyof Values);
  return [...fromSchema, ...own].sort((a, b) => position(a) - position(b));
}

function Signature() {
  const { field } = useController<Values, 'signature'>({ name: 'signature' });
  const error = useFieldError('signature');
  return (
    <SignaturePad
      id={fieldId('signature')}
      label={L.signature.label}
      hint={L.signature.hint ?? ''}
      value={field.value}
      onChange={field.onChange}
      error={error}
    />
  );
}

export function SignatoryForm({ props, existing }: { props: SectionProps; existing: SignOff | undefined }) {
  const { plan, onCommit, navigate } = props;
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
    resolver: issuesResolver((v: Values) => signatoryIssues(v, id, isoDate(new Date()))),
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
      title={existing ? `Change the sign-off of ${existing.name}` : 'Add a signatory'}
      itemPage
      hasErrors={errors.length > 0}
      errors={<ErrorSummary key={methods.formState.submitCount} errors={errors} />}
    >
      <SectionForm
        methods={methods}
        onSubmit={onSubmit}
        noCompletedQuestion
        submitLabel="Save signatory"
        secondary={
          <a className="link-button" href={back}>
            Cancel
          </a>
        }
      >
        <TextInput name="name" {...L.name} width="medium" />
        <Radios name="role" legend={L.role.label} options={SIGNATORY_ROLES.map((r) => [r, SIGNATORY_ROLE_LABELS[r]])} />
        {role === 'other' && <TextInput name="roleOther" {...L.roleOther} width="medium" />}
        <Radios
          name="stance"
          legend={L.stance.label}
          options={STANCES.map((s) => [s, STANCE_LABELS[s]])}
          reveal={{
            agrees_with_reservations: reservations(L.reservations.label),
            does_not_agree: reservations(L.disagreement.label),
            views_recorded: reservations(L.views.label),
          }}
        />
        <DateInput name="date" {...L.date} />
        <Signature />
      </SectionForm>
    </SectionPage>
  );
}
