import { Radios } from './fields/Radios';

export const COMPLETED_OPTIONS = [
  ['yes', 'Yes, I’ve completed this section'],
  ['no', 'No, I’ll come back to it later'],
] as const;

export const COMPLETED_REQUIRED = 'Select whether you have completed this section';

/** The GOV.UK "Have you completed this section?" question at the end of each section. */
export function CompletedQuestion() {
  return <Radios name="completed" legend="Have you completed this section?" options={COMPLETED_OPTIONS} />;
}
