/**
 * Runs session mode on /training/<id>/present/: shows one step at a time, keeps the step in the URL
 * hash, runs each activity's timer and answers the keyboard, a clicker and the on-screen buttons.
 * The step sequence and timer rules are in presenterSteps.ts and activityTimer.ts; this file is the DOM.
 */
import {
  POSITION_KEYS,
  activityOf,
  buildSteps,
  moveStep,
  positionLabel,
  stepIndexFromHash,
  type Move,
  type PresenterActivity,
} from './presenterSteps';
import {
  REMAINING_KEYS,
  createTimer,
  describeRemaining,
  formatClock,
  isRunning,
  isUp,
  pause,
  ranOutBetween,
  remainingAt,
  reset,
  toggle,
  type TimerState,
} from './activityTimer';
import { scriptTranslator } from '../i18n/scriptTranslator';

/** The messages session mode's script uses; the page sends them in `data-messages`. */
export const PRESENTER_KEYS = [
  ...POSITION_KEYS,
  ...REMAINING_KEYS,
  'trainer.present.announce.step',
  'trainer.present.announce.activity',
  'trainer.present.duration',
  'trainer.present.fullscreen.enter',
  'trainer.present.fullscreen.exit',
  'trainer.timer.label',
  'trainer.timer.start',
  'trainer.timer.pause',
  'trainer.timer.restart',
  'trainer.timer.state.up',
  'trainer.timer.state.running',
  'trainer.timer.state.notStarted',
  'trainer.timer.state.paused',
  'trainer.timer.announce.started',
  'trainer.timer.announce.paused',
  'trainer.timer.announce.reset',
  'trainer.timer.announce.up',
] as const;

const TICK_MS = 250;

const KEY_MOVES: Record<string, Move> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Session mode: #${id} is missing`);
  return el as T;
}

/** Keys typed into a form control, or Space on a control that Space already activates, are not ours. */
function keyBelongsToControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return event.key === ' ' && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

export function startPresenter(): void {
  const presenter = byId('presenter');
  const activities = JSON.parse(presenter.dataset.activities ?? '[]') as PresenterActivity[];
  const { t } = scriptTranslator<(typeof PRESENTER_KEYS)[number]>(presenter.dataset.messages);
  const steps = buildSteps(activities);
  const stepEls = steps.map((s) => byId(s.hash));
  const timers: TimerState[] = activities.map((a) => createTimer(a.minutes));

  const timerBox = byId('presenter-timer');
  const clock = byId('timer-clock');
  const timerState = byId('timer-state');
  const timerLabel = byId('timer-label');
  const toggleButton = byId<HTMLButtonElement>('timer-toggle');
  const resetButton = byId<HTMLButtonElement>('timer-reset');
  const previousButton = byId<HTMLButtonElement>('step-previous');
  const nextButton = byId<HTMLButtonElement>('step-next');
  const fullscreenButton = byId<HTMLButtonElement>('fullscreen-toggle');
  const stepAnnouncer = byId('step-announcer');
  const timerAnnouncer = byId('timer-announcer');

  let current = stepIndexFromHash(steps, location.hash);
  let ticking: number | undefined;
  let lastTick = performance.now();

  const currentActivity = () => activityOf(steps[current]);

  function renderTimer(now = performance.now()) {
    const activity = currentActivity();
    timerBox.hidden = activity === undefined;
    presenter.classList.toggle('presenter--timerless', activity === undefined);
    if (activity === undefined) return;
    const timer = timers[activity];
    const left = remainingAt(timer, now);
    const up = isUp(timer, now);
    const text = formatClock(left);
    if (clock.textContent !== text) clock.textContent = text;
    timerLabel.textContent = t('trainer.timer.label', { activity: activities[activity].title });
    timerState.textContent = up
      ? t('trainer.timer.state.up')
      : isRunning(timer)
        ? t('trainer.timer.state.running')
        : left === timer.durationMs
          ? t('trainer.timer.state.notStarted')
          : t('trainer.timer.state.paused', { left: describeRemaining(left, t) });
    toggleButton.textContent = t(
      up ? 'trainer.timer.restart' : isRunning(timer) ? 'trainer.timer.pause' : 'trainer.timer.start',
    );
    timerBox.classList.toggle('timer--up', up);
  }

  function tick() {
    const now = performance.now();
    timers.forEach((timer, i) => {
      if (ranOutBetween(timer, lastTick, now)) {
        timers[i] = pause(timer, now);
        timerAnnouncer.textContent = t('trainer.timer.announce.up', { activity: activities[i].title });
      }
    });
    lastTick = now;
    renderTimer(now);
    if (!timers.some(isRunning)) stopTicking();
  }

  function startTicking() {
    lastTick = performance.now();
    ticking ??= window.setInterval(tick, TICK_MS);
  }
  function stopTicking() {
    if (ticking !== undefined) window.clearInterval(ticking);
    ticking = undefined;
  }

  function toggleTimer() {
    const activity = currentActivity();
    if (activity === undefined) return;
    const now = performance.now();
    const timer = timers[activity];
    // A timer that has run out starts again from the full time.
    timers[activity] = isUp(timer, now) ? toggle(reset(timer), now) : toggle(timer, now);
    timerAnnouncer.textContent = t(
      isRunning(timers[activity]) ? 'trainer.timer.announce.started' : 'trainer.timer.announce.paused',
    );
    if (isRunning(timers[activity])) startTicking();
    renderTimer(now);
  }

  function resetTimer() {
    const activity = currentActivity();
    if (activity === undefined) return;
    timers[activity] = reset(timers[activity]);
    timerAnnouncer.textContent = t('trainer.timer.announce.reset', { clock: formatClock(timers[activity].durationMs) });
    renderTimer();
  }

  function describeStep(index: number): string {
    const step = steps[index];
    const position = positionLabel(step, activities, t);
    if (step.kind === 'start')
      return t('trainer.present.announce.step', {
        position,
        text: stepEls[index].querySelector('h2')?.textContent ?? '',
      });
    const a = activities[step.activity];
    return step.kind === 'activity'
      ? t('trainer.present.announce.activity', {
          position,
          title: a.title,
          duration: t('trainer.present.duration', { count: a.minutes }),
          summary: a.summary,
        })
      : t('trainer.present.announce.step', { position, text: a.prompts[step.prompt] });
  }

  function show(index: number, options: { announce: boolean }) {
    const before = currentActivity();
    current = index;
    const after = currentActivity();
    // Leaving an activity pauses its timer, so a hidden timer never runs out unseen.
    if (before !== undefined && before !== after && isRunning(timers[before])) {
      timers[before] = pause(timers[before], performance.now());
    }
    stepEls.forEach((el, i) => {
      el.hidden = i !== current;
    });
    previousButton.disabled = current === 0;
    nextButton.disabled = current === steps.length - 1;
    // A first visit keeps its bare URL: setting a hash while the page loads makes the browser scroll to it.
    const hash = `#${steps[current].hash}`;
    if (location.hash !== hash && (options.announce || location.hash)) history.replaceState(history.state, '', hash);
    if (options.announce) stepAnnouncer.textContent = describeStep(current);
    renderTimer();
  }

  const go = (move: Move) => {
    const target = moveStep(current, steps.length, move);
    if (target !== current) show(target, { announce: true });
  };

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else
      void presenter.requestFullscreen().catch(() => {
        /* refused: the page still works as it is */
      });
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || keyBelongsToControl(event)) return;
    const move = KEY_MOVES[event.key];
    if (move) {
      event.preventDefault();
      go(move);
    } else if (event.key === 't' || event.key === 'T') {
      event.preventDefault();
      toggleTimer();
    } else if (event.key === 'Escape' && document.fullscreenElement) {
      void document.exitFullscreen();
    }
  });
  previousButton.addEventListener('click', () => go('previous'));
  nextButton.addEventListener('click', () => go('next'));
  toggleButton.addEventListener('click', toggleTimer);
  resetButton.addEventListener('click', resetTimer);
  window.addEventListener('hashchange', () => {
    const index = stepIndexFromHash(steps, location.hash);
    if (index !== current) show(index, { announce: true });
  });

  if (document.fullscreenEnabled) {
    fullscreenButton.hidden = false;
    fullscreenButton.addEventListener('click', toggleFullscreen);
    document.addEventListener('fullscreenchange', () => {
      fullscreenButton.textContent = t(
        document.fullscreenElement ? 'trainer.present.fullscreen.exit' : 'trainer.present.fullscreen.enter',
      );
    });
  }

  presenter.classList.add('presenter--live');
  byId('presenter-nav').hidden = false;
  byId('presenter-keys').hidden = false;
  show(current, { announce: false });
}
