/**
 * A section of a signed-off plan: its answers without inputs, under the signed-off banner. The
 * builder shows this instead of the section's form (and its add, change and remove pages) once a
 * plan is signed off, so nothing in it can be changed.
 */
import { PlanAnswers } from '../CheckAnswers';
import { SectionPage } from '../SectionPage';
import type { SectionProps } from '../sectionProps';
import { SignedBanner } from './SignedBanner';
import { ExchangeLogLink } from '../exchanges/ExchangeLogLink';

export default function SignedSectionView({ plan, route }: SectionProps) {
  return (
    <SectionPage plan={plan} section={route.section} route={route}>
      <SignedBanner plan={plan} />
      {/* The log is written after sign-off: it is not part of what was signed. */}
      {route.section === 'review' && <ExchangeLogLink plan={plan} />}
      <PlanAnswers plan={plan} only={route.section} readOnly flagReviewDue />
    </SectionPage>
  );
}
