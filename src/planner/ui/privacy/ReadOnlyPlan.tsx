/**
 * A read-only copy of a plan another tab is editing: the check-answers summary without its change
 * links, in the plan's words (loaded with it), under a banner that says why, with "Take over editing
 * here" and "Save a copy to file".
 */
import { lazy, Suspense } from 'react';
import type { Plan } from '../../schema/planSchema';
import { useTranslator } from '../useTranslator';
import { downloadPlanFile } from './downloadPlanFile';
import { SavePlanFileButton } from '../SavePlanFileButton';
import WithPlanWords from '../WithPlanWords';

const CheckAnswers = lazy(() => import('../CheckAnswers'));

interface Props {
  plan: Plan;
  reason: 'chosen' | 'taken-over';
  onTakeOver(): void;
}

/** The time of day of a moment, "14:05", written the translator's way. */
const time = (iso: string, locale: string) =>
  new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

export default function ReadOnlyPlan({ plan, reason, onTakeOver }: Props) {
  const { t, locale } = useTranslator();
  return (
    <>
      <div className="read-only-banner" role="region" aria-labelledby="read-only-title">
        <h2 id="read-only-title">{t('privacy.readOnly.title')}</h2>
        <p>
          {reason === 'taken-over' ? t('privacy.readOnly.takenOver') : t('privacy.readOnly.chosen')}{' '}
          {t('privacy.readOnly.savedAt', { time: time(plan.updatedAt, locale) })}
        </p>
        <div className="button-group">
          <button type="button" className="button" onClick={onTakeOver}>
            {t('privacy.readOnly.takeOver')}
          </button>
          <SavePlanFileButton onSave={() => downloadPlanFile(plan)}>
            {t('privacy.readOnly.saveCopy')}
          </SavePlanFileButton>
          <a href="#/">{t('privacy.readOnly.plansLink')}</a>
        </div>
      </div>
      <div className="read-only-copy">
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('privacy.readOnly.loading')}
            </p>
          }
        >
          <WithPlanWords>
            <CheckAnswers plan={plan} readOnly />
          </WithPlanWords>
        </Suspense>
      </div>
    </>
  );
}
