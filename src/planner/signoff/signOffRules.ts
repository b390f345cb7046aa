/**
 * What is still missing before a plan can be signed off, in plain English.
 *
 * Pure rules over the plan, shared by the builder (which links each message to its section) and the
 * PDF (which prints the status on page one). Two stages:
 * - `content`: the plan itself is ready for sign-off (purposes, people, arrangements, the child's
 *   views, a future review date);
 * - `signatures`: the people who must sign have done so (the social worker and the adoptive
 *   parents), with dates, and reservations written down where someone has them.
 *
 * Written defensively: plans read from files or PDFs may be drafts, so every list and field is
 * treated as possibly missing.
 */
import type { PlanContent, SectionId } from '../schema/planSchema';
import { FORM_LABELS } from '../schema/labels';

export type SignOffStage = 'content' | 'signatures';

export interface SignOffIssue {
  /** Stable id of the rule, e.g. "review.date-in-past", for tests and analytics-free UI keys. */
  rule: string;
  /** The section the builder should link to. */
  sectionId: SectionId;
  /** What to do, in plain English (GOV.UK error-message style). */
  message: string;
  stage: SignOffStage;
  /** Index of the list item concerned, when the issue is about one item. */
  index?: number;
}

export interface SignOffReadiness {
  issues: SignOffIssue[];
  /** No content issues: the plan can be marked ready and sent round for sign-off. */
  readyForSignOff: boolean;
  /** No issues at all: the plan can be marked signed off. */
  complete: boolean;
}

/** Today's date as YYYY-MM-DD in the user's local time zone. */
export function isoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

/**
 * The date the plan was signed off: the latest signatory's date, for a signed plan. The builder's
 * banner and the PDF's first page both use it, so they always agree.
 */
export function signedOffDate(plan: Pick<PlanContent, 'status' | 'signOff'>): string | undefined {
  if (plan.status !== 'signed') return undefined;
  const dates = (plan.signOff ?? []).map((s) => s.date ?? '').filter((d) => ISO_DATE.test(d));
  return dates.sort().at(-1);
}

/** Every rule that is not yet met, in the order of the plan's sections. */
export function signOffIssues(plan: PlanContent, today: string | Date): SignOffIssue[] {
  const todayIso = typeof today === 'string' ? today : isoDate(today);
  const issues: SignOffIssue[] = [];
  const add = (issue: Omit<SignOffIssue, 'stage'>, stage: SignOffStage = 'content') => issues.push({ ...issue, stage });

  // About the child
  if (blank(plan.child?.name)) {
    add({ rule: 'child.name', sectionId: 'child', message: "Enter the child's name or a pseudonym" });
  }

  // Purposes
  const purposes = plan.purposes?.selected ?? [];
  if (purposes.length === 0) {
    add({ rule: 'purposes.none', sectionId: 'purposes', message: 'Select at least one purpose of staying in touch' });
  } else if (purposes.includes('other') && blank(plan.purposes?.other)) {
    add({ rule: 'purposes.other', sectionId: 'purposes', message: 'Enter the other purpose' });
  }

  // People
  const people = plan.people ?? [];
  if (people.length === 0) {
    add({ rule: 'people.none', sectionId: 'people', message: 'Add at least one person who is important to the child' });
  }

  // Arrangements: each one linked to people who are in the plan, and to at least one purpose.
  const arrangements = plan.arrangements ?? [];
  const known = new Set(people.map((p) => p.id));
  if (arrangements.length === 0) {
    add({
      rule: 'arrangements.none',
      sectionId: 'arrangements',
      message: 'Add at least one arrangement, even if it is "none for now"',
    });
  }
  arrangements.forEach((a, index) => {
    const name = `arrangement ${index + 1} (${(FORM_LABELS[a.form] ?? 'no form chosen').toLowerCase()})`;
    const linked = (a.personIds ?? []).filter((id) => known.has(id));
    if (linked.length === 0) {
      add({ rule: 'arrangements.people', sectionId: 'arrangements', index, message: `Select who ${name} is with` });
    } else if (linked.length < (a.personIds ?? []).length) {
      add({
        rule: 'arrangements.unknown-person',
        sectionId: 'arrangements',
        index,
        message: `Check who ${name} is with: it names someone who is no longer in the plan`,
      });
    }
    if ((a.purposes ?? []).length === 0) {
      add({ rule: 'arrangements.purposes', sectionId: 'arrangements', index, message: `Select what ${name} is for` });
    }
  });

  // The child's voice
  const child = plan.voices?.child;
  if (blank(child?.wishes) && blank(child?.notGivenReason)) {
    add({
      rule: 'voices.child',
      sectionId: 'voices',
      message: "Record the child's wishes and feelings, or why they could not be given",
    });
  }

  // Review
  const next = plan.review?.nextDate ?? '';
  if (!ISO_DATE.test(next)) {
    add({ rule: 'review.date', sectionId: 'review', message: 'Enter the date of the next review' });
  } else if (next <= todayIso) {
    add({
      rule: 'review.date-in-past',
      sectionId: 'review',
      message: 'The date of the next review must be in the future',
    });
  }

  // Sign-off
  const signOff = plan.signOff ?? [];
  const signed = (role: string) =>
    signOff.some((s) => s.role === role && !blank(s.name) && typeof s.date === 'string' && ISO_DATE.test(s.date));
  if (!signed('social_worker')) {
    add(
      {
        rule: 'signoff.social-worker',
        sectionId: 'signoff',
        message: "Add the social worker's sign-off, with the date",
      },
      'signatures',
    );
  }
  if (!signed('adoptive_parent')) {
    add(
      {
        rule: 'signoff.adoptive-parents',
        sectionId: 'signoff',
        message: "Add the adoptive parents' sign-off, with the date",
      },
      'signatures',
    );
  }
  signOff.forEach((s, index) => {
    const who = blank(s.name) ? `signatory ${index + 1}` : s.name.trim();
    if (blank(s.date)) {
      add(
        { rule: 'signoff.date', sectionId: 'signoff', index, message: `Enter the date ${who} signed off` },
        'signatures',
      );
    } else if (ISO_DATE.test(s.date ?? '') && (s.date ?? '') > todayIso) {
      add(
        {
          rule: 'signoff.date-in-future',
          sectionId: 'signoff',
          index,
          message: `The date ${who} signed off cannot be in the future`,
        },
        'signatures',
      );
    }
    if (s.stance === 'agrees_with_reservations' && blank(s.reservations)) {
      add(
        { rule: 'signoff.reservations', sectionId: 'signoff', index, message: `Enter ${who}'s reservations` },
        'signatures',
      );
    }
    if (s.stance === 'does_not_agree' && blank(s.reservations)) {
      add(
        { rule: 'signoff.disagreement', sectionId: 'signoff', index, message: `Record why ${who} does not agree` },
        'signatures',
      );
    }
  });

  return issues;
}

/** The issues, plus whether the plan is ready for sign-off and whether sign-off is complete. */
export function signOffReadiness(plan: PlanContent, today: string | Date): SignOffReadiness {
  const issues = signOffIssues(plan, today);
  return {
    issues,
    readyForSignOff: !issues.some((i) => i.stage === 'content'),
    complete: issues.length === 0,
  };
}
