/**
 * What every section page receives from the plan builder. Sections never save or route on their own:
 * they hand changes to `onDraft` (while typing: autosaved, no re-render) or `onCommit` (on "Save and
 * continue": autosaved and shown everywhere), and move with `navigate`.
 *
 * The sign-off section (`src/planner/signoff/SignOffSection.tsx`, when it exists) gets the same props.
 */
import type { Plan } from '../schema/planSchema';
import type { Route } from '../state/hashRoute';
import type { Landing } from './viewLanding';

export type PlanUpdate = (plan: Plan) => Plan;

export interface SectionProps {
  plan: Plan;
  route: Extract<Route, { view: 'section' }>;
  onDraft(update: PlanUpdate): void;
  onCommit(update: PlanUpdate): void;
  /** Goes to a `#/...` view, adding a history entry; `landing` says where focus goes there. */
  navigate(hash: string, landing?: Landing): void;
}
