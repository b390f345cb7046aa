import type { MessageKey } from '../../i18n/catalogue';
import { Radios } from './fields/Radios';
import { useTranslator } from './useTranslator';

/** The catalogue key of the error shown when the completed question is not answered. */
export const COMPLETED_REQUIRED_KEY: MessageKey = 'planner.completed.required';

/** The GOV.UK "Have you completed this section?" question at the end of each section. */
export function CompletedQuestion() {
  const { t } = useTranslator();
  return (
    <Radios
      name="completed"
      legend={t('planner.completed.legend')}
      options={[
        ['yes', t('planner.completed.yes')],
        ['no', t('planner.completed.no')],
      ]}
    />
  );
}
