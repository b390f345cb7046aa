/**
 * "Start a new version" of a signed-off plan: asks what will change (for the change log), then
 * makes version N+1 as a draft. Version N stays as it was signed.
 */
import { messageText } from '../../../i18n/keyedMessage';
import { useForm } from 'react-hook-form';
import { planHash, sectionHash } from '../../state/hashRoute';
import { ErrorSummary } from '../ErrorSummary';
import { SectionForm } from '../SectionForm';
import { SectionPage } from '../SectionPage';
import { TextArea } from '../fields/TextArea';
import { TextInput } from '../fields/TextInput';
import { flattenErrors, issuesResolver } from '../formValidation';
import type { SectionProps } from '../sectionProps';
import { summaryErrors } from '../useSectionForm';
import { useToolTranslator } from '../useToolTranslator';
import { isReadOnly, startNewVersion } from '../../signoff/planLifecycle';

interface Values {
  summary: string;
  by: string;
}

export function NewVersionForm({ props }: { props: SectionProps }) {
  const { plan, onCommit, navigate } = props;
  const i18n = useToolTranslator();
  const { t } = i18n;
  const back = sectionHash(plan.id, 'signoff');
  const methods = useForm<Values>({
    defaultValues: { summary: '', by: '' },
    resolver: issuesResolver((v: Values) => {
      const result = startNewVersion(plan, { ...v, now: new Date() });
      return result.ok
        ? []
        : result.reasons.map((reason) => ({
            name: reason.key === 'signoff.lifecycle.byTooLong' ? 'by' : 'summary',
            message: messageText(i18n.t, reason),
          }));
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
      <SectionPage plan={plan} section="signoff" title={t('signoff.newVersion.notNeededTitle')} itemPage>
        <p>
          {t('signoff.newVersion.notNeeded', {
            version: plan.version,
            status: t(`plan.option.planStatus.${plan.status}`),
          })}
        </p>
        <p>
          <a href={back}>{t('signoff.nav.backToSignOff')}</a>
        </p>
      </SectionPage>
    );
  }
  const next = plan.version + 1;
  return (
    <SectionPage
      plan={plan}
      section="signoff"
      title={t('signoff.newVersion.title', { version: next })}
      itemPage
      hasErrors={errors.length > 0}
      errors={<ErrorSummary key={methods.formState.submitCount} errors={errors} />}
    >
      <p>{t('signoff.newVersion.intro', { version: plan.version, next })}</p>
      <SectionForm
        methods={methods}
        onSubmit={onSubmit}
        noCompletedQuestion
        submitLabel={t('signoff.newVersion.submit', { version: next })}
        cancel={{ href: back }}
      >
        <TextArea
          name="summary"
          label={t('plan.newVersion.summary.label')}
          hint={t('plan.newVersion.summary.hint')}
          rows={5}
        />
        <TextInput name="by" label={t('plan.newVersion.by.label')} width="medium" />
      </SectionForm>
    </SectionPage>
  );
}
