/**
 * Shown for the sign-off section until the sign-off page (src/planner/signoff/SignOffSection.tsx)
 * exists: what is still missing, from the shared sign-off rules, each linked to its section.
 */
import { signOffIssues } from '../signoff/signOffRules';
import { SECTION_LABELS } from '../schema/labels';
import { sectionHash } from '../state/hashRoute';
import { SectionPage } from './SectionPage';
import type { SectionProps } from './sectionProps';

export default function SignOffPending({ plan }: SectionProps) {
  const issues = signOffIssues(plan, new Date()).filter((i) => i.stage === 'content');
  return (
    <SectionPage plan={plan} section="signoff">
      {issues.length > 0 ? (
        <>
          <h2>Before the plan can be signed off</h2>
          <ul>
            {issues.map((i) => (
              <li key={`${i.rule}:${i.index ?? ''}`}>
                <a href={sectionHash(plan.id, i.sectionId)}>{i.message}</a>
                <span className="hint"> ({SECTION_LABELS[i.sectionId].title})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>The plan has everything it needs. Recording each person’s sign-off is not available in this version of the builder yet: save the plan to a file and record agreement in your case system.</p>
      )}
    </SectionPage>
  );
}
