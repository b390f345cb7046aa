/**
 * An activity's timer as both session windows draw it: the clock, which activity it is for, its state
 * in words and the start/pause/restart button. The audience and presenter windows differ only in the
 * box around it (`boxId`); each window's page holds the same ids inside that box.
 */
import type { Translate } from '../i18n/scriptTranslator';
import {
  REMAINING_KEYS,
  describeRemaining,
  formatClock,
  isRunning,
  isUp,
  remainingAt,
  type TimerState,
} from './activityTimer';
import { byId } from './sessionWords';

/** The messages the timer uses. */
export const TIMER_VIEW_KEYS = [
  ...REMAINING_KEYS,
  'trainer.timer.label',
  'trainer.timer.start',
  'trainer.timer.pause',
  'trainer.timer.restart',
  'trainer.timer.state.up',
  'trainer.timer.state.running',
  'trainer.timer.state.notStarted',
  'trainer.timer.state.paused',
] as const;

/** Sets an element's text only when it changes, so a ticking clock does not rewrite the page. */
export function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Draws the timer of the activity titled `activity`, or hides the box when the step has none. */
export function timerView(boxId: string, t: Translate<(typeof TIMER_VIEW_KEYS)[number]>) {
  const box = byId(boxId);
  const clock = byId('timer-clock');
  const label = byId('timer-label');
  const state = byId('timer-state');
  const toggle = byId<HTMLButtonElement>('timer-toggle');
  return (timer: TimerState | undefined, activity: string, now: number): void => {
    box.hidden = timer === undefined;
    if (timer === undefined) return;
    const left = remainingAt(timer, now);
    const up = isUp(timer, now);
    setText(clock, formatClock(left));
    setText(label, t('trainer.timer.label', { activity }));
    setText(
      state,
      up
        ? t('trainer.timer.state.up')
        : isRunning(timer)
          ? t('trainer.timer.state.running')
          : left === timer.durationMs
            ? t('trainer.timer.state.notStarted')
            : t('trainer.timer.state.paused', { left: describeRemaining(left, t) }),
    );
    setText(toggle, t(up ? 'trainer.timer.restart' : isRunning(timer) ? 'trainer.timer.pause' : 'trainer.timer.start'));
    box.classList.toggle('timer--up', up);
  };
}
