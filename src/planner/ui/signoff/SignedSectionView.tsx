/**
 * A section of a signed-off plan: its answers without inputs, under the signed-off banner. The
 * builder shows this instead of the section's form (and its add, change and remove pages) once a
 * plan is signed off, so nothing in it can be changed.
 */
import { PlanAnswers } from '../CheckAnswers';
import { SectionPage } from '../SectionPage';
import type { SectionProps } from '../sectionProps';
import { SignedBanner } from './SignedBanner';

export default function SignedSectionView({ plan, route }: SectionProps) {
  return (
    <SectionPage plan={plan} section={route.section} route={route}>
      <SignedBanner plan={plan} />
      <PlanAnswers plan={plan} only={route.section} readOnly flagReviewDue />
    </SectionPage>
  );
}
