/** "Loading…", announced, while a view's code or words arrive. */
import { useTranslator } from './useTranslator';

export function Loading() {
  const { t } = useTranslator();
  return (
    <p className="loading" role="status">
      {t('planner.loading')}
    </p>
  );
}
