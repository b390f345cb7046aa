import type { PlanContent } from '../../schema/planSchema';
import { sectionHash } from '../../state/hashRoute';
import { formatDate } from '../formatDate';
import { signedOffDate } from '../../signoff/signOffRules';

/** The route of the "Start a new version" page (an item page of the sign-off section). */
export const NEW_VERSION_ITEM = 'new-version';

/** Shown wherever a signed-off plan appears in the builder: it cannot be changed, only versioned. */
export function SignedBanner({ plan }: { plan: Pick<PlanContent, 'id' | 'status' | 'signOff' | 'version'> }) {
  if (plan.status !== 'signed') return null;
  const date = signedOffDate(plan);
  return (
    <div
      className="notification-banner notification-banner--signed"
      role="region"
      aria-labelledby="signed-banner-title"
    >
      <h2 className="notification-banner__title" id="signed-banner-title">
        Signed off: version {plan.version}
      </h2>
      <p>
        This plan was signed off{date ? ` on ${formatDate(date)}` : ''}. It cannot be changed.{' '}
        <a href={sectionHash(plan.id, 'signoff', NEW_VERSION_ITEM)}>Start a new version</a> to make changes.
      </p>
    </div>
  );
}
