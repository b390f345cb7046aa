/**
 * A session's feedback (issue 17): confidence in each learning outcome at the start and at the end, and
 * a short form at the end, answered in turn by the people in the room on one device. Responses are
 * anonymous and kept only on that device (feedbackPage.ts); this module holds their shape, reads what is
 * stored without trusting it, and sums them up for the trainer. Pure: no DOM, no storage.
 */

/** When a response was given: at the start of the session (before) or at the end (after). */
export const FEEDBACK_STAGES = ['before', 'after'] as const;
export type FeedbackStage = (typeof FEEDBACK_STAGES)[number];

/** The confidence scale, 1 (not at all confident) to 5 (very confident). */
export const CONFIDENCE_LEVELS = [1, 2, 3, 4, 5] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const RECOMMEND_ANSWERS = ['yes', 'maybe', 'no'] as const;
export type RecommendAnswer = (typeof RECOMMEND_ANSWERS)[number];

/** The free-text questions at the end, in the order they are asked. */
export const TEXT_QUESTIONS = ['useful', 'better', 'other'] as const;
export type TextQuestion = (typeof TEXT_QUESTIONS)[number];

/** The longest answer to a free-text question that is kept (the form's maxlength too). */
export const MAX_TEXT_LENGTH = 2000;

export interface FeedbackResponse {
  stage: FeedbackStage;
  /** Confidence in each learning outcome, in the session's order; null where the person did not answer. */
  confidence: (ConfidenceLevel | null)[];
  /** The end-of-session form; empty at the start. */
  useful: string;
  better: string;
  recommend: RecommendAnswer | null;
  other: string;
}

/** Where a session's responses are kept in localStorage ("Delete everything" clears it all). */
export const feedbackStorageKey = (session: string) => `staying-in-touch:feedback:${session}`;

const oneOf = <T extends string | number>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value);
const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_TEXT_LENGTH) : '');

/** A response as typed, trimmed; questions the stage does not ask are left empty. */
export function makeResponse(stage: FeedbackStage, answers: Omit<FeedbackResponse, 'stage'>): FeedbackResponse {
  const after = stage === 'after';
  return {
    stage,
    confidence: answers.confidence,
    useful: after ? text(answers.useful).trim() : '',
    better: after ? text(answers.better).trim() : '',
    recommend: after ? answers.recommend : null,
    other: after ? text(answers.other).trim() : '',
  };
}

/** True when a response answers nothing: it is not worth keeping. */
export function isEmptyResponse(response: FeedbackResponse): boolean {
  return (
    response.confidence.every((c) => c === null) &&
    response.recommend === null &&
    TEXT_QUESTIONS.every((q) => response[q] === '')
  );
}

/**
 * The responses kept for a session with `outcomes` learning outcomes. Anything that is not a response
 * is dropped, and each response has exactly one confidence answer per outcome, whatever was stored.
 */
export function readResponses(stored: unknown, outcomes: number): FeedbackResponse[] {
  const list = (stored as { responses?: unknown } | null)?.responses;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const r = item as Record<string, unknown>;
    const stage = oneOf(FEEDBACK_STAGES, r.stage);
    if (!stage) return [];
    const given = Array.isArray(r.confidence) ? r.confidence : [];
    const response = makeResponse(stage, {
      confidence: Array.from({ length: outcomes }, (_, i) => oneOf(CONFIDENCE_LEVELS, given[i]) ?? null),
      useful: text(r.useful),
      better: text(r.better),
      recommend: oneOf(RECOMMEND_ANSWERS, r.recommend) ?? null,
      other: text(r.other),
    });
    return isEmptyResponse(response) ? [] : [response];
  });
}

/** What is written to storage for a list of responses (read back by `readResponses`). */
export const storedResponses = (responses: FeedbackResponse[]) => ({ version: 1, responses });

export interface OutcomeSummary {
  /** The average confidence of those who answered, or null when nobody did. */
  before: number | null;
  after: number | null;
  /** After minus before, when both have answers. */
  change: number | null;
}

export interface FeedbackSummary {
  /** How many responses were given at the start, and at the end. */
  counts: Record<FeedbackStage, number>;
  outcomes: OutcomeSummary[];
  recommend: Record<RecommendAnswer, number>;
  /** Each free-text question's answers, in the order they were given, blanks left out. */
  text: Record<TextQuestion, string[]>;
}

const average = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

/** The trainer's summary: counts, average confidence before and after per outcome, and the change. */
export function summariseFeedback(responses: FeedbackResponse[], outcomes: number): FeedbackSummary {
  const at = (stage: FeedbackStage) => responses.filter((r) => r.stage === stage);
  const averageAt = (stage: FeedbackStage, outcome: number) =>
    average(
      at(stage).flatMap((r) => {
        const level = r.confidence[outcome];
        return level === null || level === undefined ? [] : [level];
      }),
    );
  const after = at('after');
  return {
    counts: { before: at('before').length, after: after.length },
    outcomes: Array.from({ length: outcomes }, (_, i) => {
      const [b, a] = [averageAt('before', i), averageAt('after', i)];
      return { before: b, after: a, change: b === null || a === null ? null : a - b };
    }),
    recommend: {
      yes: after.filter((r) => r.recommend === 'yes').length,
      maybe: after.filter((r) => r.recommend === 'maybe').length,
      no: after.filter((r) => r.recommend === 'no').length,
    },
    text: {
      useful: after.flatMap((r) => (r.useful ? [r.useful] : [])),
      better: after.flatMap((r) => (r.better ? [r.better] : [])),
      other: after.flatMap((r) => (r.other ? [r.other] : [])),
    },
  };
}
