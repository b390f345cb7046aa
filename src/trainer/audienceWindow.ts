/**
 * Session mode's audience window (/training/<id>/present/): one step at a time, filling the window,
 * the activity's timer and the buttons and keys that move on. The running session (step, timers,
 * clock, keeping the presenter's window in step) is presenterSession.ts; this file draws it.
 */
import { POSITION_KEYS, activityOf, type PresenterActivity } from './presenterSteps';
import type { TimerState } from './activityTimer';
import { TIMER_VIEW_KEYS, timerView } from './timerView';
import { startPresenterSession, type PresenterSession, type RenderReason } from './presenterSession';
import { fitText } from './fitText';
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

/** The messages the audience window's script uses; the page sends them in `data-messages`. */
export const AUDIENCE_KEYS = [
  ...POSITION_KEYS,
  ...TIMER_VIEW_KEYS,
  ...ANNOUNCE_KEYS,
  ...TIMER_ANNOUNCE_KEYS,
  'trainer.present.fullscreen.enter',
  'trainer.present.fullscreen.exit',
] as const;

/** The window the presenter's view opens in: one per session, so the button brings back the same one. */
export const presenterWindowName = (sessionId: string) => `staying-in-touch-presenter-${sessionId}`;

export function startAudienceWindow(): void {
  const presenter = byId('presenter');
  const sessionId = presenter.dataset.session ?? '';
  const activities = JSON.parse(presenter.dataset.activities ?? '[]') as PresenterActivity[];
  const sessionTitle = presenter.dataset.title ?? '';
  // The session's words are English on a Welsh page until the session is translated.
  const sessionLang = presenter.dataset.sessionLang;
  const { t } = scriptTranslator<(typeof AUDIENCE_KEYS)[number]>(presenter.dataset.messages);

  const stepsBox = byId('presenter-steps');
  const drawTimer = timerView('presenter-timer', t);
  const toggleButton = byId<HTMLButtonElement>('timer-toggle');
  const resetButton = byId<HTMLButtonElement>('timer-reset');
  const previousButton = byId<HTMLButtonElement>('step-previous');
  const nextButton = byId<HTMLButtonElement>('step-next');
  const fullscreenButton = byId<HTMLButtonElement>('fullscreen-toggle');
  const stepAnnouncer = byId('step-announcer');
  const timerAnnouncer = byId('timer-announcer');

  let shown = -1;
  let shownTimer: TimerState | undefined;

  function fit() {
    if (shown >= 0) fitText(stepsBox, { min: 0.4 });
  }

  function render(reason: RenderReason, session: PresenterSession, now: number) {
    const index = session.index();
    const step = session.steps[index];
    const { timers } = session.state();
    if (index !== shown) {
      const first = shown === -1;
      shown = index;
      session.steps.forEach((s, i) => {
        byId(s.hash).hidden = i !== index;
      });
      previousButton.disabled = index === 0;
      nextButton.disabled = index === session.steps.length - 1;
      // A first visit keeps its bare URL: setting a hash while the page loads makes the browser scroll to it.
      const hash = `#${step.hash}`;
      if (location.hash !== hash && (!first || location.hash)) history.replaceState(history.state, '', hash);
      if (reason === 'step')
        announceParts(stepAnnouncer, stepAnnouncement(step, activities, sessionTitle, t), sessionLang);
      fit();
    }
    const activity = activityOf(step);
    const timer = activity === undefined ? undefined : timers[activity];
    if (reason === 'timer' && timer && shownTimer && activity !== undefined) {
      const words = timerAnnouncement(shownTimer, timer, t);
      if (words) timerAnnouncer.textContent = words;
    }
    shownTimer = timer;
    drawTimer(timer, activity === undefined ? '' : activities[activity].title, now);
  }

  presenter.classList.add('presenter--live');
  document.documentElement.classList.add('session-live');
  byId('presenter-controls').hidden = false;

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
  window.addEventListener('resize', fit);
  void document.fonts?.ready.then(fit);

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.fullscreenElement) void document.exitFullscreen();
  });
  if (document.fullscreenEnabled) {
    fullscreenButton.hidden = false;
    fullscreenButton.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else
        void presenter.requestFullscreen().catch(() => {
          /* refused: the page still works as it is */
        });
    });
    document.addEventListener('fullscreenchange', () => {
      fullscreenButton.textContent = t(
        document.fullscreenElement ? 'trainer.present.fullscreen.exit' : 'trainer.present.fullscreen.enter',
      );
      fit();
    });
  }
}
