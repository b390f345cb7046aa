/**
 * What is still missing before a plan can be signed off, as messages to translate.
 *
 * Pure rules over the plan, shared by the builder (which links each message to its section) and the
 * PDF (which prints the status on page one). Two stages:
 * - `content`: the plan itself is ready for sign-off (purposes, people, arrangements, the child's
 *   views, a future review date);
 * - `signatures`: the people who must sign have done so (the social worker and every adoptive
 *   parent), with dates, and reservations written down where someone has them.
 *
 * The rules hold no words: each problem is a message key with its parameters (GOV.UK error-message
 * style in the catalogue, `signoff.rule.*`), and `messageText` (src/i18n/keyedMessage.ts) turns one into
 * text. A parameter may itself be a message (an arrangement's form, "signatory 2").
 *
 * Written defensively: plans read from files or PDFs may be drafts, so every list and field is
 * treated as possibly missing.
 */
import type { MessageKey } from '../../i18n/catalogue';
import type { KeyedMessage } from '../../i18n/keyedMessage';
import { FORMS, isRealIsoDate, type SectionId } from '../schema/planVocabulary';
import type { PlanContent } from '../schema/planSchema';

export type SignOffStage = 'content' | 'signatures';

export interface SignOffIssue extends KeyedMessage {
  /** Stable id of the rule, e.g. "review.date-in-past", for tests and analytics-free UI keys. */
  rule: string;
  /** The section the builder should link to. */
  sectionId: SectionId;
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

/**
 * The one rule for the date a signatory signed off, used by the signatory form and by the readiness
 * rules alike: given, a real date, and today or in the past. The problem's message takes the
 * signatory as `{who}`: "they" in the form, their name in the list of what is missing.
 */
export function signatoryDateProblem(
  date: string | undefined,
  today: string,
): { rule: string; key: MessageKey } | undefined {
  if (typeof date !== 'string' || date.trim() === '')
    return { rule: 'signoff.date', key: 'signoff.rule.signatoryDate.missing' };
  if (!isRealIsoDate(date)) return { rule: 'signoff.date-not-real', key: 'signoff.rule.signatoryDate.notReal' };
  if (date > today) return { rule: 'signoff.date-in-future', key: 'signoff.rule.signatoryDate.future' };
  return undefined;
}

/**
 * The one rule for the date of the next review: given, and after today. The review form applies it
 * when the section is saved as completed, the readiness rules list it, and `dueForReview` flags a
 * saved plan whose date has since come.
 */
export function nextReviewDateProblem(
  date: string | undefined,
  today: string,
): { rule: 'review.date' | 'review.date-in-past'; key: MessageKey } | undefined {
  if (typeof date !== 'string' || !ISO_DATE.test(date)) return { rule: 'review.date', key: 'signoff.rule.reviewDate' };
  if (date <= today) return { rule: 'review.date-in-past', key: 'signoff.rule.reviewDateInPast' };
  return undefined;
}

/**
 * Whether a plan is due for review: its review was settled (the section saved as completed, or the
 * plan sent for sign-off or signed) and the date of the next review is not after `today`. Such a
 * plan stays valid; the builder shows that it is due. A draft whose date was only typed is not.
 */
export function dueForReview(
  plan: Pick<PlanContent, 'status' | 'completedSections' | 'review'>,
  today: string,
): boolean {
  const settled = plan.status !== 'draft' || (plan.completedSections ?? []).includes('review');
  return settled && nextReviewDateProblem(plan.review?.nextDate, today)?.rule === 'review.date-in-past';
}

/** Every rule that is not yet met, in the order of the plan's sections. */
export function signOffIssues(plan: PlanContent, today: string | Date): SignOffIssue[] {
  const todayIso = typeof today === 'string' ? today : isoDate(today);
  const issues: SignOffIssue[] = [];
  const add = (issue: Omit<SignOffIssue, 'stage'>, stage: SignOffStage = 'content') => issues.push({ ...issue, stage });

  // About the child
  if (blank(plan.child?.name)) {
    add({ rule: 'child.name', sectionId: 'child', key: 'signoff.rule.childName' });
  }

  // Purposes
  const purposes = plan.purposes?.selected ?? [];
  if (purposes.length === 0) {
    add({ rule: 'purposes.none', sectionId: 'purposes', key: 'signoff.rule.purposesNone' });
  } else if (purposes.includes('other') && blank(plan.purposes?.other)) {
    add({ rule: 'purposes.other', sectionId: 'purposes', key: 'signoff.rule.purposesOther' });
  }

  // People
  const people = plan.people ?? [];
  if (people.length === 0) {
    add({ rule: 'people.none', sectionId: 'people', key: 'signoff.rule.peopleNone' });
  }

  // Arrangements: each one linked to people who are in the plan, and to at least one purpose.
  const arrangements = plan.arrangements ?? [];
  const known = new Set(people.map((p) => p.id));
  if (arrangements.length === 0) {
    add({ rule: 'arrangements.none', sectionId: 'arrangements', key: 'signoff.rule.arrangementsNone' });
  }
  arrangements.forEach((a, index) => {
    const form: MessageKey = FORMS.includes(a.form)
      ? `plan.option.formInSentence.${a.form}`
      : 'signoff.rule.arrangementNoForm';
    const params = {
      arrangement: {
        key: 'signoff.rule.arrangementName',
        params: { number: index + 1, form: { key: form } },
      },
    } satisfies KeyedMessage['params'];
    const linked = (a.personIds ?? []).filter((id) => known.has(id));
    if (linked.length === 0) {
      add({
        rule: 'arrangements.people',
        sectionId: 'arrangements',
        index,
        key: 'signoff.rule.arrangementPeople',
        params,
      });
    } else if (linked.length < (a.personIds ?? []).length) {
      add({
        rule: 'arrangements.unknown-person',
        sectionId: 'arrangements',
        index,
        key: 'signoff.rule.arrangementUnknownPerson',
        params,
      });
    }
    // "None for now" gives its reason instead of a purpose (format 2).
    const noneForNow = a.form === 'none_now';
    if ((a.purposes ?? []).length === 0 && !(noneForNow && !blank(a.noneReason))) {
      add({
        rule: noneForNow ? 'arrangements.none-reason' : 'arrangements.purposes',
        sectionId: 'arrangements',
        index,
        key: noneForNow ? 'signoff.rule.arrangementNoneReason' : 'signoff.rule.arrangementPurposes',
        params,
      });
    }
  });

  // The child's voice
  const child = plan.voices?.child;
  if (blank(child?.wishes) && blank(child?.notGivenReason)) {
    add({ rule: 'voices.child', sectionId: 'voices', key: 'signoff.rule.childVoice' });
  }

  // Review
  const reviewProblem = nextReviewDateProblem(plan.review?.nextDate, todayIso);
  if (reviewProblem) add({ ...reviewProblem, sectionId: 'review' });

  // Sign-off
  const signOff = (plan.signOff ?? []).filter(
    (s) => !blank(s.name) && typeof s.date === 'string' && ISO_DATE.test(s.date),
  );
  const signed = (role: string) => signOff.some((s) => s.role === role);
  if (!signed('social_worker')) {
    add({ rule: 'signoff.social-worker', sectionId: 'signoff', key: 'signoff.rule.socialWorker' }, 'signatures');
  }
  // Every adoptive parent in the register signs: as themselves, or (typed in by hand) as an adoptive
  // parent of the same name. A plan that lists none (every format 1 plan) needs one adoptive parent.
  const adoptiveParents = people.filter((p) => p.relationship === 'adoptive_parent');
  const sameName = (a: string, b: string) =>
    a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase() && a.trim() !== '';
  adoptiveParents.forEach((parent) => {
    const hasSigned = signOff.some(
      (s) => s.personId === parent.id || (!s.personId && s.role === 'adoptive_parent' && sameName(s.name, parent.name)),
    );
    if (!hasSigned) {
      add(
        {
          rule: 'signoff.adoptive-parent',
          sectionId: 'signoff',
          key: 'signoff.rule.adoptiveParent',
          params: { name: parent.name.trim() },
        },
        'signatures',
      );
    }
  });
  if (adoptiveParents.length === 0 && !signed('adoptive_parent')) {
    add({ rule: 'signoff.adoptive-parents', sectionId: 'signoff', key: 'signoff.rule.adoptiveParents' }, 'signatures');
  }
  (plan.signOff ?? []).forEach((s, index) => {
    const who: string | KeyedMessage = blank(s.name)
      ? { key: 'signoff.rule.unnamedSignatory', params: { number: index + 1 } }
      : s.name.trim();
    const dateProblem = signatoryDateProblem(s.date, todayIso);
    if (dateProblem) add({ ...dateProblem, sectionId: 'signoff', index, params: { who } }, 'signatures');
    if (s.stance === 'agrees_with_reservations' && blank(s.reservations)) {
      add(
        {
          rule: 'signoff.reservations',
          sectionId: 'signoff',
          index,
          key: 'signoff.rule.reservations',
          params: { who },
        },
        'signatures',
      );
    }
    if (s.stance === 'does_not_agree' && blank(s.reservations)) {
      add(
        {
          rule: 'signoff.disagreement',
          sectionId: 'signoff',
          index,
          key: 'signoff.rule.disagreement',
          params: { who },
        },
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
