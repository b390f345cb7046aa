/**
 * Shown instead of a plan that is being edited in another tab: says so, and offers the two safe
 * choices, a read-only copy here or taking over (the other tab saves, then becomes read-only).
 */
import { useState } from 'react';
import { ErrorSummary } from '../ErrorSummary';
import { PageHeading } from '../PageHeading';
import { useDocumentTitle } from '../useDocumentTitle';
import { ChoiceRadios, firstOptionId } from './ChoiceRadios';

export type OpenElsewhereChoice = 'read-only' | 'take-over';
const FIELD = 'open-elsewhere';
const OPTIONS = [
  [
    'read-only',
    'Open a read-only copy here',
    'You can read the plan and save a copy to a file, but not change it in this tab.',
  ],
  ['take-over', 'Take over editing here', 'The other tab saves its changes first, then shows a read-only copy.'],
] as const satisfies readonly (readonly [OpenElsewhereChoice, string, string])[];

interface Props {
  planName?: string;
  onChoose(choice: OpenElsewhereChoice): void;
}

export default function PlanOpenElsewhere({ planName, onChoose }: Props) {
  const [choice, setChoice] = useState<OpenElsewhereChoice>();
  const [missing, setMissing] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const error = missing ? 'Select what you want to do' : undefined;
  useDocumentTitle('This plan is open in another tab', !!error);
  return (
    <div className="open-elsewhere">
      {error && <ErrorSummary key={attempts} errors={[{ target: firstOptionId(FIELD, OPTIONS), message: error }]} />}
      <PageHeading caption={planName}>This plan is open in another tab</PageHeading>
      <p>
        This plan is open for editing in another tab or window of this browser. If you changed it here as well, one
        tab’s changes could overwrite the other’s, so only one tab can edit it at a time.
      </p>
      <form
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
          legend="What do you want to do?"
          error={error}
          options={OPTIONS}
          value={choice}
          onChange={setChoice}
        />
        <div className="button-group">
          <button type="submit" className="button">
            Continue
          </button>
          <a href="#/">Go to your plans</a>
        </div>
      </form>
    </div>
  );
}
