/**
 * "Is this a shared or public computer?", asked the first time the builder is used in a browser
 * and from the plans list when the answer changes. One question on the page.
 */
import { useState } from 'react';
import type { DeviceMode } from '../../privacy/deviceSettings';
import { ErrorSummary } from '../ErrorSummary';
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';
import { ChoiceRadios, firstOptionId } from './ChoiceRadios';

const FIELD = 'device-mode';
const OPTIONS = [
  [
    'shared',
    'Yes, it is shared or public',
    'For example a library computer, a hot desk or a family computer. Plans are kept only while this tab is open: you save each plan to a file to keep it.',
  ],
  [
    'personal',
    'No, it is my own work device',
    'Plans are saved in this browser on this device as you type. You can protect them with a passphrase.',
  ],
] as const satisfies readonly (readonly [DeviceMode, string, string])[];

interface Props {
  current?: DeviceMode;
  /** A problem with the answer, from the builder (e.g. plans still saved on the device). */
  problem?: string;
  onAnswer(mode: DeviceMode): void;
  onBack?: () => void;
}

export default function DeviceQuestion({ current, problem, onAnswer, onBack }: Props) {
  const [choice, setChoice] = useState<DeviceMode | undefined>(current);
  const [attempts, setAttempts] = useState(0);
  const [missing, setMissing] = useState(false);
  const error = missing ? 'Select whether this is a shared or public computer' : problem;
  useDocumentTitle('Is this a shared or public computer?', !!error);
  return (
    <div className="device-question">
      {onBack && (
        <button type="button" className="back-link link-button" onClick={onBack}>
          Back
        </button>
      )}
      {error && (
        <ErrorSummary
          key={`${attempts}:${error}`}
          errors={[{ target: firstOptionId(FIELD, OPTIONS), message: error }]}
        />
      )}
      <form
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
          legend={<PageHeading>Is this a shared or public computer?</PageHeading>}
          legendClass="fieldset__legend--l"
          hint="Plans hold sensitive information about children and families. Nothing you type is sent anywhere: this decides whether it is kept on this computer."
          error={error}
          options={OPTIONS}
          value={choice}
          onChange={setChoice}
        />
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </div>
  );
}
