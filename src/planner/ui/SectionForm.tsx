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
  /** Shown beside the button, e.g. a Cancel link. */
  secondary?: ReactNode;
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
  secondary,
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
          {secondary}
        </div>
      </form>
    </FormProvider>
  );
}
