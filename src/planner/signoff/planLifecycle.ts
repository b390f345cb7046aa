/**
 * A plan's life: Draft → Ready for sign-off → Signed off, then "Start a new version" after sign-off;
 * and the signatories recorded on the way.
 *
 * Pure transitions over the plan (no React, no storage): each returns the changed plan, or the
 * reasons it cannot happen yet as messages to translate (see `messageText`), so the builder can
 * explain a button that is not available. A signed-off plan is read-only: `guardPlanUpdate` is the one gate every change in the
 * builder passes through, and it lets a signed plan change only by becoming its next version, or in
 * its exchange log.
 */
import { LIMITS } from '../schema/planVocabulary';
import type { Plan, PlanContent, SignOff } from '../schema/planSchema';
import { canonicalJson, canonicalPlanText } from './fingerprintPlan';
import type { KeyedMessage } from '../../i18n/keyedMessage';
import { signOffReadiness } from './signOffRules';

export type TransitionResult = { ok: true; plan: Plan } | { ok: false; reasons: KeyedMessage[] };

const refuse = (...reasons: KeyedMessage[]): TransitionResult => ({ ok: false, reasons });
/** A reason that is a message with no parameters. */
const because = (key: KeyedMessage['key']): KeyedMessage => ({ key });
/** A reason as the message alone, without the issue's rule, section and stage. */
const reasonOf = ({ key, params }: KeyedMessage): KeyedMessage => (params ? { key, params } : { key });

/** A signed-off plan cannot be changed; only a new version of it can. */
export const isReadOnly = (plan: Pick<PlanContent, 'status'>): boolean => plan.status === 'signed';

/** The plan as one version: everything but its earlier versions. */
export function planContent(plan: Plan | PlanContent): PlanContent {
  if (!('previousVersions' in plan)) return plan;
  const { previousVersions: _, ...content } = plan;
  return content;
}

/** Adds a signatory, or replaces the one with the same id in place. A signed plan is left alone. */
export function upsertSignatory(plan: Plan, signatory: SignOff): Plan {
  if (isReadOnly(plan)) return plan;
  const index = plan.signOff.findIndex((s) => s.id === signatory.id);
  if (index === -1 && plan.signOff.length >= LIMITS.signOff) return plan;
  const signOff =
    index === -1 ? [...plan.signOff, signatory] : plan.signOff.map((s, i) => (i === index ? signatory : s));
  return { ...plan, signOff };
}

export function removeSignatory(plan: Plan, id: string): Plan {
  if (isReadOnly(plan)) return plan;
  return { ...plan, signOff: plan.signOff.filter((s) => s.id !== id) };
}

/** Draft → Ready for sign-off, once the plan has everything the sign-off rules ask of its content. */
export function markReadyForSignOff(plan: Plan, today: string | Date): TransitionResult {
  if (plan.status !== 'draft') return refuse(because('signoff.lifecycle.onlyDraftCanBeReady'));
  const { issues, readyForSignOff } = signOffReadiness(plan, today);
  if (!readyForSignOff) return refuse(...issues.filter((i) => i.stage === 'content').map(reasonOf));
  return { ok: true, plan: { ...plan, status: 'ready' } };
}

/** Ready for sign-off → Draft, to make bigger changes before asking people to sign. */
export function returnToDraft(plan: Plan): TransitionResult {
  if (plan.status !== 'ready') return refuse(because('signoff.lifecycle.onlyReadyCanReturn'));
  return { ok: true, plan: { ...plan, status: 'draft' } };
}

/** Ready for sign-off → Signed off, once every rule passes (content and signatures). */
export function signOffPlan(plan: Plan, today: string | Date): TransitionResult {
  if (plan.status !== 'ready') return refuse(because('signoff.lifecycle.markReadyFirst'));
  const { issues, complete } = signOffReadiness(plan, today);
  if (!complete) return refuse(...issues.map(reasonOf));
  return { ok: true, plan: { ...plan, status: 'signed' } };
}

export interface NewVersionInput {
  /** What changes in the new version, and why. Required. */
  summary: string;
  /** Who is making the change: a name or role. May be empty. */
  by: string;
  now: Date;
}

/** Checks the summary of a new version; returns the problem (GOV.UK error-message style). */
export function newVersionSummaryProblem(summary: string): KeyedMessage | undefined {
  if (summary.trim() === '') return because('signoff.lifecycle.summaryMissing');
  if (summary.length > LIMITS.text) return { key: 'signoff.lifecycle.summaryTooLong', params: { max: LIMITS.text } };
  return undefined;
}

/**
 * Signed off, version N → Draft, version N+1. Version N is kept whole in `previousVersions` (so it
 * stays viewable and exportable with the fingerprint it was signed with); the new version starts
 * with the same answers, no signatures, and a change-log entry with the summary.
 */
export function startNewVersion(plan: Plan, input: NewVersionInput): TransitionResult {
  if (plan.status !== 'signed') return refuse(because('signoff.lifecycle.onlySignedNeedsVersion'));
  const problem = newVersionSummaryProblem(input.summary);
  if (problem) return refuse(problem);
  if (input.by.length > LIMITS.name)
    return refuse({ key: 'signoff.lifecycle.byTooLong', params: { max: LIMITS.name } });
  if (plan.previousVersions.length >= LIMITS.previousVersions) {
    return refuse({ key: 'signoff.lifecycle.tooManyVersions', params: { max: LIMITS.previousVersions } });
  }
  if (plan.changeLog.length >= LIMITS.changeLog) return refuse(because('signoff.lifecycle.changeLogFull'));
  const at = input.now.toISOString();
  return {
    ok: true,
    plan: {
      ...plan,
      status: 'draft',
      version: plan.version + 1,
      updatedAt: at,
      signOff: [],
      changeLog: [
        ...plan.changeLog,
        { version: plan.version + 1, at, by: input.by.trim(), summary: input.summary.trim() },
      ],
      previousVersions: [...plan.previousVersions, planContent(plan)],
    },
  };
}

const sameContent = (a: PlanContent, b: PlanContent) => canonicalPlanText(a) === canonicalPlanText(b);

/**
 * Whether `after` is `before` with only its exchange log changed: the agency logs each letter after
 * the plan is signed, and the log is not part of what was signed (nor of its fingerprint).
 */
function onlyExchangeLogChanged(before: Plan, after: Plan): boolean {
  const { exchangeLog: _before, updatedAt: _b, ...signedBefore } = before;
  const { exchangeLog: _after, updatedAt: _a, ...signedAfter } = after;
  return canonicalJson(signedBefore) === canonicalJson(signedAfter);
}

/**
 * The read-only guard: the plan to keep after an update. Unsigned plans take any update; a signed
 * plan takes only its own next version (made by `startNewVersion`: the signed content kept
 * unchanged as the last earlier version) or a change to its exchange log; anything else leaves it
 * as it was.
 */
export function guardPlanUpdate(before: Plan, after: Plan): Plan {
  if (!isReadOnly(before) || after === before) return after;
  if (onlyExchangeLogChanged(before, after)) return after;
  const kept = after.previousVersions;
  const isNextVersion =
    after.version === before.version + 1 &&
    after.status === 'draft' &&
    kept.length === before.previousVersions.length + 1 &&
    before.previousVersions.every((v, i) => v === kept[i] || sameContent(v, kept[i])) &&
    sameContent(kept[kept.length - 1], before);
  return isNextVersion ? after : before;
}

export interface VersionEntry {
  version: number;
  status: PlanContent['status'];
  /** The content of this version; for the current version, the plan without its history. */
  content: PlanContent;
  current: boolean;
  /** The change-log summary that started this version, if any. */
  summary?: string;
}

/** Every version of the plan, oldest first, the current one last. */
export function planVersions(plan: Plan): VersionEntry[] {
  const summaryOf = (version: number) => plan.changeLog.filter((c) => c.version === version).at(-1)?.summary;
  return [
    ...plan.previousVersions.map((content) => ({
      version: content.version,
      status: content.status,
      content,
      current: false,
    })),
    { version: plan.version, status: plan.status, content: planContent(plan), current: true },
  ].map((entry) => {
    const summary = summaryOf(entry.version);
    return summary === undefined ? entry : { ...entry, summary };
  });
}

/** One version's content, or undefined when the plan has no such version. */
export function findVersion(plan: Plan, version: number): PlanContent | undefined {
  return planVersions(plan).find((v) => v.version === version)?.content;
}
