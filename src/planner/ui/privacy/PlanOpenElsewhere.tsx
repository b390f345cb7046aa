/**
 * Shown instead of a plan that is being edited in another tab: says so, and offers the two safe
 * choices, a read-only copy here or taking over (the other tab saves, then becomes read-only).
 */
import { useState } from 'react';
import { ErrorSummary } from '../ErrorSummary';
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';
import { useTranslator } from '../useTranslator';
import { ChoiceRadios, firstOptionId } from './ChoiceRadios';

export type OpenElsewhereChoice = 'read-only' | 'take-over';
const FIELD = 'open-elsewhere';
/** Each choice with the key segment of its words. */
const CHOICES = [
  ['read-only', 'readOnly'],
  ['take-over', 'takeOver'],
] as const satisfies readonly (readonly [OpenElsewhereChoice, string])[];

interface Props {
  planName?: string;
  onChoose(choice: OpenElsewhereChoice): void;
}

export default function PlanOpenElsewhere({ planName, onChoose }: Props) {
  const { t } = useTranslator();
  const options = CHOICES.map(
    ([choice, words]) =>
      [choice, t(`privacy.elsewhere.option.${words}.label`), t(`privacy.elsewhere.option.${words}.hint`)] as const,
  );
  const [choice, setChoice] = useState<OpenElsewhereChoice>();
  const [missing, setMissing] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const error = missing ? t('privacy.elsewhere.error.missing') : undefined;
  useDocumentTitle(t('privacy.elsewhere.title'), !!error);
  return (
    <div className="open-elsewhere">
      {error && <ErrorSummary key={attempts} errors={[{ target: firstOptionId(FIELD, options), message: error }]} />}
      <PageHeading caption={planName}>{t('privacy.elsewhere.title')}</PageHeading>
      <p>{t('privacy.elsewhere.text')}</p>
      <form
        autoComplete="off"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setAttempts((n) => n + 1);
          setMissing(!choice);
          if (choice) onChoose(choice);
        }}
      >
        <ChoiceRadios<OpenElsewhereChoice>
          name={FIELD}
          legend={t('privacy.elsewhere.question')}
          error={error}
          options={options}
          value={choice}
          onChange={setChoice}
        />
        <div className="button-group">
          <button type="submit" className="button">
            {t('privacy.elsewhere.continue')}
          </button>
          <a href="#/">{t('privacy.elsewhere.plansLink')}</a>
        </div>
      </form>
    </div>
  );
}
