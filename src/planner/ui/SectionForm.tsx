import type { SubmitEventHandler, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { CompletedQuestion } from './CompletedQuestion';
import { useTranslator } from './useTranslator';

interface Props<V extends FieldValues> {
  methods: UseFormReturn<V>;
  onSubmit: SubmitEventHandler<HTMLFormElement>;
  /** Leave out "Have you completed this section?" (item forms). */
  noCompletedQuestion?: boolean;
  submitLabel?: string;
  /** A "Cancel" link beside the button: where it goes, and what to do first (forget a half-filled item). */
  cancel?: { href: string; onClick?: () => void };
  /** Offers "Save and add another" (item forms, when adding). */
  onAddAnother?: () => void;
  children?: ReactNode;
}

/** A section or item form: the fields, the completed question and the submit button. */
export function SectionForm<V extends FieldValues>({
  methods,
  onSubmit,
  noCompletedQuestion,
  submitLabel,
  cancel,
  onAddAnother,
  children,
}: Props<V>) {
  const { t } = useTranslator();
  return (
    <FormProvider {...methods}>
      <form autoComplete="off" noValidate onSubmit={onSubmit} className="planner-form">
        {children}
        {!noCompletedQuestion && <CompletedQuestion />}
        <div className="button-group">
          <button className="button" type="submit">
            {submitLabel ?? t('planner.form.submit')}
          </button>
          {onAddAnother && (
            <button className="button button--secondary" type="button" onClick={onAddAnother}>
              {t('planner.form.saveAndAddAnother')}
            </button>
          )}
          {cancel && (
            <a className="link-button" href={cancel.href} onClick={cancel.onClick}>
              {t('plan.form.cancel')}
            </a>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
