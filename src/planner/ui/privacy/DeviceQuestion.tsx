/**
 * "Is this a shared or public computer?", asked the first time the builder is used in a browser
 * and from the plans list when the answer changes. One question on the page.
 */
import { useState } from 'react';
import type { DeviceMode } from '../../privacy/deviceSettings';
import { ErrorSummary } from '../ErrorSummary';
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';
import { useTranslator } from '../useTranslator';
import { ChoiceRadios, firstOptionId } from './ChoiceRadios';

const FIELD = 'device-mode';
const MODES = ['shared', 'personal'] as const satisfies readonly DeviceMode[];

interface Props {
  current?: DeviceMode;
  /** A problem with the answer, from the builder (e.g. plans still saved on the device). */
  problem?: string;
  onAnswer(mode: DeviceMode): void;
  onBack?: () => void;
}

export default function DeviceQuestion({ current, problem, onAnswer, onBack }: Props) {
  const { t } = useTranslator();
  const options = MODES.map(
    (mode) => [mode, t(`privacy.question.option.${mode}.label`), t(`privacy.question.option.${mode}.hint`)] as const,
  );
  const [choice, setChoice] = useState<DeviceMode | undefined>(current);
  const [attempts, setAttempts] = useState(0);
  const [missing, setMissing] = useState(false);
  const error = missing ? t('privacy.question.error.missing') : problem;
  useDocumentTitle(t('privacy.question.title'), !!error);
  return (
    <div className="device-question">
      {onBack && (
        <button type="button" className="back-link link-button" onClick={onBack}>
          {t('privacy.question.back')}
        </button>
      )}
      {error && (
        <ErrorSummary
          key={`${attempts}:${error}`}
          errors={[{ target: firstOptionId(FIELD, options), message: error }]}
        />
      )}
      <form
        autoComplete="off"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setAttempts((n) => n + 1);
          setMissing(!choice);
          if (choice) onAnswer(choice);
        }}
      >
        <ChoiceRadios<DeviceMode>
          name={FIELD}
          legend={<PageHeading>{t('privacy.question.title')}</PageHeading>}
          legendClass="fieldset__legend--l"
          hint={t('privacy.question.hint')}
          error={error}
          options={options}
          value={choice}
          onChange={setChoice}
        />
        <button type="submit" className="button">
          {t('privacy.question.continue')}
        </button>
      </form>
    </div>
  );
}
