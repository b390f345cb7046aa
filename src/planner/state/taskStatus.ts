/**
 * The status of each section in the task list, derived from the plan alone (never stored), following
 * the GOV.UK "complete multiple tasks" pattern: Not started, In progress, Completed, Cannot start yet.
 * A section is Completed only when the social worker has said so and it passes its completeness
 * rules, so a later edit that breaks a rule puts it back to In progress.
 */
import type { KeyedMessage } from '../../i18n/keyedMessage';
import { issueMessage } from '../schema/issueMessage';
import type { MessageKey } from '../../i18n/catalogue';
import { SECTION_IDS, type SectionId } from '../schema/planVocabulary';
import { sectionCompleteSchemas, type CheckedSectionId, type PlanContent } from '../schema/planSchema';

export type TaskStatus = 'not_started' | 'in_progress' | 'completed' | 'cannot_start';

/** The catalogue key of each status's words. */
export const TASK_STATUS_KEYS: Record<TaskStatus, MessageKey> = {
  not_started: 'planner.taskStatus.notStarted',
  in_progress: 'planner.taskStatus.inProgress',
  completed: 'planner.taskStatus.completed',
  cannot_start: 'planner.taskStatus.cannotStart',
};

export interface SectionIssue {
  /** Path inside the section's value, e.g. `name` or `0.personIds`; empty for the section itself. */
  path: string;
  message: KeyedMessage;
}

const filledText = (o: Record<string, unknown>) =>
  Object.values(o).some((v) =>
    typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined,
  );

/** Whether the section holds any answer at all. */
export function sectionHasAnswers(plan: PlanContent, section: SectionId): boolean {
  switch (section) {
    case 'child':
      return filledText(plan.child);
    case 'purposes':
      return filledText(plan.purposes);
    case 'people':
      return plan.people.length > 0;
    case 'factors':
      return plan.factors.length > 0;
    case 'arrangements':
      return plan.arrangements.length > 0;
    case 'support':
      return plan.support.length > 0;
    case 'voices':
      return filledText(plan.voices.child) || plan.voices.others.length > 0;
    case 'change':
      return plan.change.stages.length + plan.change.contingencies.length > 0;
    case 'review':
      return filledText(plan.review);
    case 'signoff':
      return plan.signOff.length > 0;
  }
}

/** Problems that stop a section being completed, worded for the error summary. */
export function sectionIssues(plan: PlanContent, section: CheckedSectionId): SectionIssue[] {
  const result = sectionCompleteSchemas[section].safeParse(plan[section]);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: issueMessage(i) }));
}

const isChecked = (s: SectionId): s is CheckedSectionId => s in sectionCompleteSchemas;

/** Why a section cannot be started yet (the catalogue key of the reason), or undefined when it can. */
export function cannotStartReason(plan: PlanContent, section: SectionId): MessageKey | undefined {
  if (section === 'arrangements' && plan.people.length === 0) return 'planner.taskStatus.reason.needPerson';
  if (section === 'support' && plan.arrangements.length === 0) return 'planner.taskStatus.reason.needArrangement';
  if (section === 'signoff' && plan.status === 'draft') {
    const unfinished = SECTION_IDS.filter((s) => s !== 'signoff' && sectionStatus(plan, s) !== 'completed');
    if (unfinished.length > 0) return 'planner.taskStatus.reason.needOtherSections';
  }
  return undefined;
}

export function sectionStatus(plan: PlanContent, section: SectionId): TaskStatus {
  if (section === 'signoff') {
    if (plan.status === 'signed') return 'completed';
    if (cannotStartReason(plan, section)) return 'cannot_start';
    return plan.signOff.length > 0 ? 'in_progress' : 'not_started';
  }
  const said = plan.completedSections.includes(section);
  if (said && isChecked(section) && sectionIssues(plan, section).length === 0) return 'completed';
  if (sectionHasAnswers(plan, section) || said) return 'in_progress';
  return cannotStartReason(plan, section) ? 'cannot_start' : 'not_started';
}

export function allSectionStatuses(plan: PlanContent): Record<SectionId, TaskStatus> {
  return Object.fromEntries(SECTION_IDS.map((s) => [s, sectionStatus(plan, s)])) as Record<SectionId, TaskStatus>;
}

/** How many of the sections before sign-off are completed, for "You have completed 3 of 9 sections". */
export function completedCount(plan: PlanContent): { done: number; total: number } {
  const sections = SECTION_IDS.filter((s) => s !== 'signoff');
  return { done: sections.filter((s) => sectionStatus(plan, s) === 'completed').length, total: sections.length };
}
