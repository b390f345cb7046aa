/**
 * On the plans list, when a guide's "Start at this section" link found no plan: says so and offers to
 * start one there. The section's name is a plan's word, loaded for it (render it inside Suspense).
 */
import type { SectionId } from '../schema/planVocabulary';
import { usePlanTranslator } from './usePlanTranslator';

export function NoPlanForSection({ section, onStart }: { section: SectionId; onStart(): void }) {
  const { t } = usePlanTranslator();
  return (
    <div className="notification-banner" role="status">
      <p>
        {t('planner.notice.noPlanForSection', { section: t(`plan.section.${section}.title`) })}{' '}
        <button type="button" className="link-button" onClick={onStart}>
          {t('planner.notice.startAtSection')}
        </button>
      </p>
    </div>
  );
}
