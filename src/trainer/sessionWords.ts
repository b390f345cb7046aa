/**
 * What both session-mode windows read out: a step when it changes, a timer when it starts, pauses or is
 * reset. Shared so the audience's and the presenter's windows say the same thing.
 */
import { formatClock, timerChange, type TimerState } from './activityTimer';
import { POSITION_KEYS, positionLabel, type PresenterActivity, type PresenterStep } from './presenterSteps';
import type { Translate } from '../i18n/scriptTranslator';

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Session mode: #${id} is missing`);
  return el as T;
}

/** The messages `stepAnnouncement` uses. */
export const ANNOUNCE_KEYS = [
  ...POSITION_KEYS,
  'trainer.present.announce.step',
  'trainer.present.announce.activity',
  'trainer.present.duration',
] as const;

/** "Activity 1 of 6: Welcome, 15 minutes. Ground rules…", or the position and the step's one line. */
export function stepAnnouncement(
  step: PresenterStep,
  activities: readonly PresenterActivity[],
  sessionTitle: string,
  t: Translate<(typeof ANNOUNCE_KEYS)[number]>,
): string {
  const position = positionLabel(step, activities, t);
  if (step.kind === 'start') return t('trainer.present.announce.step', { position, text: sessionTitle });
  const a = activities[step.activity];
  if (step.kind === 'activity')
    return t('trainer.present.announce.activity', {
      position,
      title: a.title,
      duration: t('trainer.present.duration', { count: a.minutes }),
      summary: a.summary,
    });
  const text = step.kind === 'point' ? a.points[step.point].text : a.prompts[step.prompt];
  return t('trainer.present.announce.step', { position, text });
}

/** The messages `timerAnnouncement` uses. */
export const TIMER_ANNOUNCE_KEYS = [
  'trainer.timer.announce.started',
  'trainer.timer.announce.paused',
  'trainer.timer.announce.reset',
  'trainer.timer.announce.up',
] as const;

/** "Timer started." and so on, for a change between two states of the timer on screen. */
export function timerAnnouncement(
  before: TimerState,
  after: TimerState,
  t: Translate<(typeof TIMER_ANNOUNCE_KEYS)[number]>,
): string | undefined {
  const change = timerChange(before, after);
  if (change === 'started') return t('trainer.timer.announce.started');
  if (change === 'paused') return t('trainer.timer.announce.paused');
  if (change === 'reset') return t('trainer.timer.announce.reset', { clock: formatClock(after.durationMs) });
  return undefined;
}
