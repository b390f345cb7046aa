/**
 * Runs session mode on /training/<id>/present/: shows one step at a time, keeps the step in the URL
 * hash, runs each activity's timer and answers the keyboard, a clicker and the on-screen buttons.
 * The step sequence and timer rules are in presenterSteps.ts and activityTimer.ts; this file is the DOM.
 */
import {
  activityOf,
  buildSteps,
  moveStep,
  positionLabel,
  stepIndexFromHash,
  type Move,
  type PresenterActivity,
} from './presenterSteps';
import {
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
    timerLabel.textContent = `Timer: ${activities[activity].title}`;
    timerState.textContent = up
      ? 'Time is up'
      : isRunning(timer)
        ? 'Running'
        : left === timer.durationMs
          ? 'Not started'
          : `Paused, ${describeRemaining(left).toLowerCase()}`;
    toggleButton.textContent = up ? 'Restart timer' : isRunning(timer) ? 'Pause timer' : 'Start timer';
    timerBox.classList.toggle('timer--up', up);
  }

  function tick() {
    const now = performance.now();
    timers.forEach((timer, i) => {
      if (ranOutBetween(timer, lastTick, now)) {
        timers[i] = pause(timer, now);
        timerAnnouncer.textContent = `Time is up for ${activities[i].title}.`;
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
    timerAnnouncer.textContent = isRunning(timers[activity]) ? 'Timer started.' : 'Timer paused.';
    if (isRunning(timers[activity])) startTicking();
    renderTimer(now);
  }

  function resetTimer() {
    const activity = currentActivity();
    if (activity === undefined) return;
    timers[activity] = reset(timers[activity]);
    timerAnnouncer.textContent = `Timer reset to ${formatClock(timers[activity].durationMs)}.`;
    renderTimer();
  }

  function describeStep(index: number): string {
    const step = steps[index];
    const position = positionLabel(step, activities);
    if (step.kind === 'start') return `${position}: ${stepEls[index].querySelector('h2')?.textContent ?? ''}`;
    const a = activities[step.activity];
    return step.kind === 'activity'
      ? `${position}: ${a.title}, ${a.minutes} minutes. ${a.summary}`
      : `${position}: ${a.prompts[step.prompt]}`;
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
      fullscreenButton.textContent = document.fullscreenElement ? 'Exit full screen' : 'Full screen';
    });
  }

  presenter.classList.add('presenter--live');
  byId('presenter-nav').hidden = false;
  byId('presenter-keys').hidden = false;
  show(current, { announce: false });
}
