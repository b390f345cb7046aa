/**
 * Session mode's running order: an opening step, then each activity followed by the points it puts
 * on screen (an input's findings) and its discussion prompts, one step at a time, then a closing step
 * that sends the room to the session's feedback page. Each step has a URL
 * hash (`#activity-2-prompt-1`) so a reload, a bookmark or a link resumes in the same place. Plain
 * data: no DOM, so it runs in Node for tests.
 */
import type { Translate } from '../i18n/scriptTranslator';

/** The parts of a session activity that session mode shows. */
export interface PresenterActivity {
  title: string;
  minutes: number;
  summary: string;
  /** What an input puts on screen, one point at a time, each from one of the session's sources. */
  points: readonly { text: string }[];
  prompts: readonly string[];
}

export type PresenterStep =
  | { kind: 'start'; hash: 'start' }
  | { kind: 'activity'; hash: string; activity: number }
  | { kind: 'point'; hash: string; activity: number; point: number }
  | { kind: 'prompt'; hash: string; activity: number; prompt: number }
  | { kind: 'close'; hash: 'close' };

/** Hash of the opening step, which shows the session title and aims. */
export const START_HASH = 'start';
/** Hash of the closing step, which points the room to the feedback page and the certificate. */
export const CLOSE_HASH = 'close';

/** `activity` and `prompt` count from 0; hashes count from 1, as people do. */
export const stepHash = (activity: number, prompt?: number) =>
  prompt === undefined ? `activity-${activity + 1}` : `activity-${activity + 1}-prompt-${prompt + 1}`;

const pointHash = (activity: number, point: number) => `activity-${activity + 1}-point-${point + 1}`;

/** Every step of a session, in the order a trainer presents them. */
export function buildSteps(activities: readonly PresenterActivity[]): PresenterStep[] {
  const steps: PresenterStep[] = [{ kind: 'start', hash: START_HASH }];
  activities.forEach((a, activity) => {
    steps.push({ kind: 'activity', hash: stepHash(activity), activity });
    a.points.forEach((_, point) => steps.push({ kind: 'point', hash: pointHash(activity, point), activity, point }));
    a.prompts.forEach((_, prompt) =>
      steps.push({ kind: 'prompt', hash: stepHash(activity, prompt), activity, prompt }),
    );
  });
  steps.push({ kind: 'close', hash: CLOSE_HASH });
  return steps;
}

/** Index of the step a URL hash names; the opening step for an empty or unknown hash. */
export function stepIndexFromHash(steps: readonly PresenterStep[], hash: string): number {
  // Step hashes are plain ASCII, so the hash is compared as it is: nothing to decode (or fail on).
  const wanted = hash.replace(/^#/, '');
  const index = steps.findIndex((s) => s.hash === wanted);
  return index === -1 ? 0 : index;
}

export type Move = 'next' | 'previous' | 'first' | 'last';

/** The step index after a move, kept within the session (no wrapping round). */
export function moveStep(index: number, count: number, move: Move): number {
  if (count <= 0) return 0;
  const target = { next: index + 1, previous: index - 1, first: 0, last: count - 1 }[move];
  return Math.min(count - 1, Math.max(0, target));
}

/** The messages `positionLabel` words a step's position with. */
export const POSITION_KEYS = [
  'trainer.present.position.start',
  'trainer.present.position.activity',
  'trainer.present.position.point',
  'trainer.present.position.prompt',
  'trainer.present.position.close',
] as const;

/** Where a step sits, for the position line: "Activity 2 of 6 · Prompt 1 of 3" or "… · Point 1 of 4". */
export function positionLabel(
  step: PresenterStep,
  activities: readonly PresenterActivity[],
  t: Translate<(typeof POSITION_KEYS)[number]>,
): string {
  if (step.kind === 'start') return t('trainer.present.position.start');
  if (step.kind === 'close') return t('trainer.present.position.close');
  const activity = { activity: step.activity + 1, activities: activities.length };
  if (step.kind === 'activity') return t('trainer.present.position.activity', activity);
  if (step.kind === 'point')
    return t('trainer.present.position.point', {
      ...activity,
      point: step.point + 1,
      points: activities[step.activity].points.length,
    });
  return t('trainer.present.position.prompt', {
    ...activity,
    prompt: step.prompt + 1,
    prompts: activities[step.activity].prompts.length,
  });
}

/** The activity a step belongs to, if any: its timer is the one on screen. */
export const activityOf = (step: PresenterStep): number | undefined =>
  step.kind === 'start' || step.kind === 'close' ? undefined : step.activity;

/** Whether a step's headline is the session's words (English on a Welsh page) rather than the page's. */
export const headlineInSessionWords = (step: PresenterStep): boolean => step.kind !== 'close';

/**
 * What a step shows in one line, for the presenter's "next" preview: a title, a point or a prompt;
 * for the closing step, `closingTitle`, in the page's language.
 */
export function stepHeadline(
  step: PresenterStep,
  activities: readonly PresenterActivity[],
  sessionTitle: string,
  closingTitle: string,
) {
  if (step.kind === 'start') return sessionTitle;
  if (step.kind === 'close') return closingTitle;
  const a = activities[step.activity];
  if (step.kind === 'activity') return a.title;
  return step.kind === 'point' ? a.points[step.point].text : a.prompts[step.prompt];
}

/** Total length of the session in minutes. */
export const totalMinutes = (activities: readonly PresenterActivity[]) =>
  activities.reduce((sum, a) => sum + a.minutes, 0);
