import { useTranslator } from './useTranslator';

/** The fictional marker, shown wherever a practice plan appears. */
export function PracticeBanner({ practice }: { practice: boolean }) {
  const { t } = useTranslator();
  if (!practice) return null;
  return (
    <p className="practice-banner">
      <strong className="tag tag--fictional">{t('planner.practice.tag')}</strong>{' '}
      {t('planner.practice.banner', { marker: t('plan.practiceMarker') })}
    </p>
  );
}
