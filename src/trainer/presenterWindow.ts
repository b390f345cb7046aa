/**
 * Session mode's presenter window (/training/<id>/presenter/), opened from the audience's window:
 * the notes for the step, the next step, the session clock and the activity's time planned against
 * used, with the same buttons and keys. The running session, and keeping the two windows in step,
 * is presenterSession.ts; this file draws it.
 */
import {
  POSITION_KEYS,
  activityOf,
  headlineInSessionWords,
  positionLabel,
  stepHeadline,
  type PresenterActivity,
  type PresenterStep,
} from './presenterSteps';
import type { TimerState } from './activityTimer';
import { TIMER_VIEW_KEYS, setText, timerView } from './timerView';
import { USE_KEYS, describeUse, elapsedAt, formatElapsed, isOverPlan, usedAt } from './sessionClock';
import { startPresenterSession, type PresenterSession, type RenderReason } from './presenterSession';
import { fitText } from './fitText';
import { around } from './messageParts';
import {
  ANNOUNCE_KEYS,
  TIMER_ANNOUNCE_KEYS,
  announceParts,
  byId,
  stepAnnouncement,
  timeUpAnnouncement,
  timerAnnouncement,
} from './sessionWords';
import { scriptTranslator } from '../i18n/scriptTranslator';

/** The messages the presenter window's script uses; the page sends them in `data-messages`. */
export const PRESENTER_WINDOW_KEYS = [
  ...POSITION_KEYS,
  ...TIMER_VIEW_KEYS,
  ...USE_KEYS,
  ...ANNOUNCE_KEYS,
  ...TIMER_ANNOUNCE_KEYS,
  'trainer.presenter.next.last',
  'trainer.presenter.next.step',
  'trainer.present.close.heading',
] as const;

export function startPresenterWindow(): void {
  const desk = byId('presenter');
  const sessionId = desk.dataset.session ?? '';
  const sessionTitle = desk.dataset.title ?? '';
  const activities = JSON.parse(desk.dataset.activities ?? '[]') as PresenterActivity[];
  const { t } = scriptTranslator<(typeof PRESENTER_WINDOW_KEYS)[number]>(desk.dataset.messages);

  const notesBox = byId('console-notes');
  const notes = [...notesBox.querySelectorAll<HTMLElement>('[data-notes]')];
  const position = byId('now-position');
  const headline = byId('now-headline');
  const nextHeadline = byId('next-headline');
  // The next step's words are the session's (English on a Welsh page); "Next:" and its position are the page's.
  const nextText = document.createElement('span');
  const sessionLang = desk.dataset.sessionLang;
  const closingTitle = t('trainer.present.close.heading');
  /** Marks a headline as the session's language when it is the session's words and that differs. */
  const marksSessionWords = (el: HTMLElement, step: PresenterStep) => {
    if (sessionLang && headlineInSessionWords(step)) el.lang = sessionLang;
    else el.removeAttribute('lang');
  };
  const clockBox = byId('session-clock-box');
  const sessionClock = byId('session-clock');
  const drawTimer = timerView('console-timer', t);
  const activityUse = byId('activity-use');
  const toggleButton = byId<HTMLButtonElement>('timer-toggle');
  const resetButton = byId<HTMLButtonElement>('timer-reset');
  const previousButton = byId<HTMLButtonElement>('step-previous');
  const nextButton = byId<HTMLButtonElement>('step-next');
  const stepAnnouncer = byId('step-announcer');
  const timerAnnouncer = byId('timer-announcer');

  let shown = -1;
  let shownTimer: TimerState | undefined;

  function drawClocks(session: PresenterSession, step: PresenterStep, now: number) {
    const { timers, clock } = session.state();
    setText(sessionClock, formatElapsed(elapsedAt(clock, now)));
    const activity = activityOf(step);
    drawTimer(
      activity === undefined ? undefined : timers[activity],
      activity === undefined ? '' : activities[activity].title,
      now,
    );
    if (activity === undefined) return;
    const used = usedAt(clock, activity, now);
    setText(activityUse, describeUse(activities[activity].minutes, used, t));
    activityUse.classList.toggle('activity-use--over', isOverPlan(activities[activity].minutes, used));
  }

  const statusBox = byId('console-status');
  function fit() {
    if (shown < 0) return;
    fitText(notesBox, { min: 0.6 });
    fitText(statusBox, { min: 0.6 });
  }

  function render(reason: RenderReason, session: PresenterSession, now: number) {
    const index = session.index();
    const step = session.steps[index];
    if (index !== shown) {
      const first = shown === -1;
      shown = index;
      const activity = activityOf(step);
      const wanted = activity === undefined ? step.kind : String(activity);
      notes.forEach((el) => {
        el.hidden = el.dataset.notes !== wanted;
      });
      setText(position, positionLabel(step, activities, t));
      setText(headline, stepHeadline(step, activities, sessionTitle, closingTitle));
      marksSessionWords(headline, step);
      const next = session.steps[index + 1];
      if (next) {
        const line = t('trainer.presenter.next.step', { position: positionLabel(next, activities, t) });
        const [before, after] = around(line, 'text');
        nextText.textContent = stepHeadline(next, activities, sessionTitle, closingTitle);
        marksSessionWords(nextText, next);
        nextHeadline.replaceChildren(before, nextText, after);
      } else setText(nextHeadline, t('trainer.presenter.next.last'));
      previousButton.disabled = index === 0;
      nextButton.disabled = index === session.steps.length - 1;
      const hash = `#${step.hash}`;
      if (location.hash !== hash && (!first || location.hash)) history.replaceState(history.state, '', hash);
      if (reason === 'step')
        announceParts(stepAnnouncer, stepAnnouncement(step, activities, sessionTitle, t), sessionLang);
      fit();
    }
    const activity = activityOf(step);
    const timer = activity === undefined ? undefined : session.state().timers[activity];
    if (reason === 'timer' && timer && shownTimer) {
      const words = timerAnnouncement(shownTimer, timer, t);
      if (words) timerAnnouncer.textContent = words;
    }
    shownTimer = timer;
    drawClocks(session, step, now);
  }

  desk.classList.add('console--live');
  document.documentElement.classList.add('session-live');
  byId('console-live').hidden = false;
  byId('console-controls').hidden = false;
  clockBox.hidden = false;

  const session = startPresenterSession({
    sessionId,
    activities,
    render,
    timeUp(activity) {
      announceParts(timerAnnouncer, timeUpAnnouncement(activities[activity], t), sessionLang);
    },
  });

  previousButton.addEventListener('click', () => session.go('previous'));
  nextButton.addEventListener('click', () => session.go('next'));
  toggleButton.addEventListener('click', () => session.toggleTimer());
  resetButton.addEventListener('click', () => session.resetTimer());
  byId('clock-restart').addEventListener('click', () => session.restartClock());
  window.addEventListener('resize', fit);
  void document.fonts?.ready.then(fit);
}
