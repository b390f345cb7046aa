/**
 * "Start a new version" of a signed-off plan: asks what will change (for the change log), then
 * makes version N+1 as a draft. Version N stays as it was signed.
 */
import { useForm } from 'react-hook-form';
import { FIELD_LABELS, PLAN_STATUS_LABELS } from '../../schema/labels';
import { planHash, sectionHash } from '../../state/hashRoute';
import { ErrorSummary } from '../ErrorSummary';
import { SectionForm } from '../SectionForm';
import { SectionPage } from '../SectionPage';
import { TextArea } from '../fields/TextArea';
import { TextInput } from '../fields/TextInput';
import { flattenErrors, issuesResolver } from '../formValidation';
import type { SectionProps } from '../sectionProps';
import { summaryErrors } from '../useSectionForm';
import { isReadOnly, startNewVersion } from '../../signoff/planLifecycle';

const L = FIELD_LABELS.newVersion;

interface Values {
  summary: string;
  by: string;
}

export function NewVersionForm({ props }: { props: SectionProps }) {
  const { plan, onCommit, navigate } = props;
  const back = sectionHash(plan.id, 'signoff');
  const methods = useForm<Values>({
    defaultValues: { summary: '', by: '' },
    resolver: issuesResolver((v: Values) => {
      const result = startNewVersion(plan, { ...v, now: new Date() });
      return result.ok
        ? []
        : result.reasons.map((message) => ({ name: /Who is making/.test(message) ? 'by' : 'summary', message }));
    }),
    shouldFocusError: false,
  });
  const errors = summaryErrors(flattenErrors(methods.formState.errors));
  const onSubmit = methods.handleSubmit((values) => {
    const now = new Date();
    onCommit((p) => {
      const result = startNewVersion(p, { ...values, now });
      return result.ok ? result.plan : p;
    });
    navigate(planHash(plan.id));
  });

  if (!isReadOnly(plan)) {
    return (
      <SectionPage plan={plan} section="signoff" title="Start a new version" itemPage>
        <p>
          Only a signed-off plan needs a new version. This plan is version {plan.version} and its status is “
          {PLAN_STATUS_LABELS[plan.status]}”, so it can still be changed directly.
        </p>
        <p>
          <a href={back}>Back to sign-off</a>
        </p>
      </SectionPage>
    );
  }
  const next = plan.version + 1;
  return (
    <SectionPage
      plan={plan}
      section="signoff"
      title={`Start version ${next}`}
      itemPage
      hasErrors={errors.length > 0}
      errors={<ErrorSummary key={methods.formState.submitCount} errors={errors} />}
    >
      <p>
        Version {plan.version} stays exactly as it was signed off: you can still view it and export it as a PDF. Version{' '}
        {next} starts as a draft with the same answers and no signatures, and needs signing off again.
      </p>
      <SectionForm
        methods={methods}
        onSubmit={onSubmit}
        noCompletedQuestion
        submitLabel={`Start version ${next}`}
        secondary={
          <a className="link-button" href={back}>
            Cancel
          </a>
        }
      >
        <TextArea name="summary" {...L.summary} rows={5} />
        <TextInput name="by" {...L.by} width="medium" />
      </SectionForm>
    </SectionPage>
  );
}
