import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/i18n/catalogue';
import { messageText, type KeyedMessage } from '../../../src/i18n/keyedMessage';
import { translator } from '../../../src/i18n/translator';
import type { PlanContent } from '../../../src/planner/schema/planSchema';
import {
  allSectionStatuses,
  cannotStartReason,
  completedCount,
  sectionIssues,
  sectionStatus,
} from '../../../src/planner/state/taskStatus';
import { createPlan, setSectionCompleted } from '../../../src/planner/state/planOperations';
import { fixturePlan } from './fixtures';

/** The child section's issues in English: their messages are the schema's catalogue keys. */
const sectionIssueWords = (plan: PlanContent) => {
  const { t } = translator('en');
  const words = (m: string | KeyedMessage) => (typeof m === 'string' ? t(m as MessageKey) : messageText(t, m));
  return sectionIssues(plan, 'child').map((i) => ({ path: i.path, message: words(i.message) }));
};

describe('task status', () => {
  it('a new plan: nothing started, arrangements and support and sign-off cannot start yet', () => {
    expect(allSectionStatuses(createPlan())).toEqual({
      child: 'not_started',
      purposes: 'not_started',
      people: 'not_started',
      factors: 'not_started',
      arrangements: 'cannot_start',
      support: 'cannot_start',
      voices: 'not_started',
      change: 'not_started',
      review: 'not_started',
      signoff: 'cannot_start',
    });
    expect(cannotStartReason(createPlan(), 'arrangements')).toBe('planner.taskStatus.reason.needPerson');
    expect(translator('en').t(cannotStartReason(createPlan(), 'support')!)).toBe('Add at least one arrangement first');
  });

  it('any answer makes a section in progress', () => {
    const plan = createPlan();
    plan.child.heritage = 'Welsh';
    expect(sectionStatus(plan, 'child')).toBe('in_progress');
    plan.review.intervalMonths = 12;
    expect(sectionStatus(plan, 'review')).toBe('in_progress');
  });

  it('whitespace is not an answer', () => {
    const plan = createPlan();
    plan.child.name = '   ';
    expect(sectionStatus(plan, 'child')).toBe('not_started');
  });

  it('a section is completed only when marked so and its rules pass', () => {
    let plan = createPlan();
    plan.child.name = 'Maya';
    plan = setSectionCompleted(plan, 'child', true);
    expect(sectionStatus(plan, 'child')).toBe('in_progress'); // no date of birth or age yet
    expect(sectionIssueWords(plan)).toEqual([
      { path: 'dateOfBirth', message: "Enter the child's date of birth or their age" },
    ]);
    plan.child.age = '3 years';
    expect(sectionStatus(plan, 'child')).toBe('completed');
    plan = setSectionCompleted(plan, 'child', false);
    expect(sectionStatus(plan, 'child')).toBe('in_progress');
  });

  it('a later edit that breaks a rule puts a completed section back in progress', () => {
    const plan = fixturePlan('complete.json');
    expect(sectionStatus(plan, 'people')).toBe('completed');
    plan.people = [];
    plan.arrangements = [];
    expect(sectionStatus(plan, 'people')).toBe('in_progress');
    expect(sectionStatus(plan, 'arrangements')).toBe('in_progress');
  });

  it('the complete fixture: every section completed, sign-off can start', () => {
    const plan = fixturePlan('complete.json');
    const statuses = allSectionStatuses(plan);
    expect(statuses.signoff).toBe('not_started');
    expect(
      Object.entries(statuses)
        .filter(([s]) => s !== 'signoff')
        .every(([, v]) => v === 'completed'),
    ).toBe(true);
    expect(completedCount(plan)).toEqual({ done: 9, total: 9 });
  });

  it('sign-off is completed once the plan is signed', () => {
    const plan = { ...fixturePlan('complete.json'), status: 'signed' as const };
    expect(sectionStatus(plan, 'signoff')).toBe('completed');
  });

  it('support cannot start until there is an arrangement', () => {
    const plan = createPlan();
    plan.people = fixturePlan('complete.json').people;
    expect(sectionStatus(plan, 'arrangements')).toBe('not_started');
    expect(sectionStatus(plan, 'support')).toBe('cannot_start');
  });
});
