import type { PlanContent } from '../../schema/planSchema';
import { sectionHash } from '../../state/hashRoute';
import { signedOffDate } from '../../signoff/signOffRules';
import { useTranslator } from '../useTranslator';
import { PlanFingerprint } from './PlanFingerprint';

/** The route of the "Start a new version" page (an item page of the sign-off section). */
export const NEW_VERSION_ITEM = 'new-version';

/**
 * Shown wherever a signed-off plan appears in the builder: it cannot be changed, only versioned.
 * Carries the full fingerprint to record on the case record.
 */
export function SignedBanner({ plan }: { plan: PlanContent }) {
  const i18n = useTranslator();
  const { t } = i18n;
  if (plan.status !== 'signed') return null;
  const date = signedOffDate(plan);
  return (
    <div
      className="notification-banner notification-banner--signed"
      role="region"
      aria-labelledby="signed-banner-title"
    >
      <h2 className="notification-banner__title" id="signed-banner-title">
        {t('signoff.banner.title', { version: plan.version })}
      </h2>
      <p>
        {date ? t('signoff.banner.signedOn', { date: i18n.date(date) }) : t('signoff.banner.signed')}{' '}
        <a href={sectionHash(plan.id, 'signoff', NEW_VERSION_ITEM)}>{t('signoff.banner.newVersionLink')}</a>{' '}
        {t('signoff.banner.afterLink')}
      </p>
      <PlanFingerprint plan={plan} />
    </div>
  );
}
