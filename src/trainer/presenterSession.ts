/**
 * The running session behind both session-mode windows: the step on screen, the activity timers and
 * the session clock. It keeps them in this tab's sessionStorage, so a reload resumes where it was with
 * timers still running, and sends every change to the session's other window over a BroadcastChannel
 * (same origin, no server), so the audience's window and the presenter's move together. Each window
 * draws the state its own way through `render`. "Delete everything" in another tab makes it drop what
 * it keeps and keep nothing more.
 */
import { isWipedMessage, TABS_CHANNEL } from '../device/tabChannel';
import { isRunning, isUp, pause, ranOutBetween, reset, toggle } from './activityTimer';
import {
  activityOf,
  buildSteps,
  moveStep,
  stepIndexFromHash,
  type Move,
  type PresenterActivity,
  type PresenterStep,
} from './presenterSteps';
import {
  channelName,
  forgetAllSessions,
  initialState,
  parseJson,
  readMessage,
  readState,
  storageKey,
  type PresenterMessage,
  type PresenterState,
} from './presenterState';
import { enterActivity, restartClock } from './sessionClock';

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

/** Why the window is drawn again: the step changed (from here or the other window), or time passed. */
export type RenderReason = 'start' | 'step' | 'timer' | 'tick';

export interface PresenterSession {
  readonly steps: readonly PresenterStep[];
  state(): PresenterState;
  index(): number;
  go(move: Move): void;
  toggleTimer(): void;
  resetTimer(): void;
  restartClock(): void;
}

interface Options {
  sessionId: string;
  activities: readonly PresenterActivity[];
  render(reason: RenderReason, session: PresenterSession, now: number): void;
  /** Called once when an activity's timer runs out in this window. */
  timeUp(activity: number): void;
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked: the session still runs, it just does not survive a reload
  }
}

/** Keys typed into a form control, or Space on a control that Space already activates, are not ours. */
function keyBelongsToControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return event.key === ' ' && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

export function startPresenterSession({ sessionId, activities, render, timeUp }: Options): PresenterSession {
  const steps = buildSteps(activities);
  const store = sessionStore();
  const key = storageKey(sessionId);
  const saved = readState(parseJson(store?.getItem(key) ?? null), steps, activities);
  // A step named in the address (a bookmark, a link, a reload) wins over the one remembered.
  const fromHash = location.hash ? steps[stepIndexFromHash(steps, location.hash)].hash : undefined;
  let state: PresenterState = saved
    ? { ...saved, step: fromHash ?? saved.step }
    : initialState(activities, fromHash ?? steps[0].hash);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(sessionId)) : undefined;
  let lastTick = Date.now();

  const index = () => stepIndexFromHash(steps, state.step);

  const session: PresenterSession = {
    steps,
    state: () => state,
    index,
    go(move) {
      const target = moveStep(index(), steps.length, move);
      if (target !== index()) change(stepState(target, Date.now()), 'step');
    },
    toggleTimer() {
      const activity = activityOf(steps[index()]);
      if (activity === undefined) return;
      const now = Date.now();
      const timer = state.timers[activity];
      // A timer that has run out starts again from the full time.
      const next = isUp(timer, now) ? toggle(reset(timer), now) : toggle(timer, now);
      change({ ...state, timers: state.timers.map((t, i) => (i === activity ? next : t)) }, 'timer');
    },
    resetTimer() {
      const activity = activityOf(steps[index()]);
      if (activity === undefined) return;
      change({ ...state, timers: state.timers.map((t, i) => (i === activity ? reset(t) : t)) }, 'timer');
    },
    restartClock() {
      change({ ...state, clock: restartClock(state.clock, Date.now()) }, 'timer');
    },
  };

  /** The state after moving to step `target`: the clock follows, and a timer left behind pauses. */
  function stepState(target: number, now: number): PresenterState {
    const before = activityOf(steps[index()]);
    const after = activityOf(steps[target]);
    // Leaving an activity pauses its timer, so a hidden timer never runs out unseen.
    const timers =
      before !== undefined && before !== after && isRunning(state.timers[before])
        ? state.timers.map((t, i) => (i === before ? pause(t, now) : t))
        : state.timers;
    return { step: steps[target].hash, timers, clock: enterActivity(state.clock, after, now) };
  }

  // After "Delete everything" in another tab, this tab keeps nothing more (the session itself runs on).
  let keeping = true;
  function save() {
    if (!keeping) return;
    try {
      store?.setItem(key, JSON.stringify(state));
    } catch {
      /* storage full or blocked: the session goes on, unsaved */
    }
  }

  function send(message: PresenterMessage) {
    channel?.postMessage(message);
  }

  let ticking: number | undefined;
  /**
   * Ticks start again from each change, so a timer started now is redrawn on its own quarter seconds
   * and its display turns over as each second of it runs out, not up to a tick late.
   */
  function restartTicking() {
    if (ticking !== undefined) window.clearInterval(ticking);
    // lastTick stays: the next tick still sees a timer that ran out since the last one.
    ticking = window.setInterval(tick, TICK_MS);
  }

  function change(next: PresenterState, reason: RenderReason) {
    state = next;
    save();
    send({ kind: 'state', state });
    restartTicking();
    render(reason, session, Date.now());
  }

  function tick() {
    const now = Date.now();
    state.timers.forEach((timer, i) => {
      if (ranOutBetween(timer, lastTick, now)) {
        // Both windows see the same wall clock, so each pauses its own copy: nothing to send.
        state = { ...state, timers: state.timers.map((t, j) => (j === i ? pause(t, now) : t)) };
        save();
        timeUp(i);
      }
    });
    lastTick = now;
    render('tick', session, now);
  }

  channel?.addEventListener('message', (event: MessageEvent) => {
    const message = readMessage(event.data, steps, activities);
    if (message?.kind === 'hello') send({ kind: 'state', state });
    else if (message?.kind === 'state') {
      const moved = message.state.step !== state.step;
      state = message.state;
      save();
      restartTicking();
      render(moved ? 'step' : 'timer', session, Date.now());
    }
  });

  // "Delete everything" clears the sessionStorage of the tab it runs in only: this tab's is cleared here.
  const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel(TABS_CHANNEL) : undefined;
  tabs?.addEventListener('message', (event: MessageEvent) => {
    if (!isWipedMessage(event.data)) return;
    keeping = false;
    try {
      if (store) forgetAllSessions(store);
    } catch {
      /* storage blocked: there is nothing kept to drop */
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || keyBelongsToControl(event)) return;
    const move = KEY_MOVES[event.key];
    if (move) {
      event.preventDefault();
      session.go(move);
    } else if (event.key === 't' || event.key === 'T') {
      event.preventDefault();
      session.toggleTimer();
    }
  });
  window.addEventListener('hashchange', () => {
    const target = stepIndexFromHash(steps, location.hash);
    if (target !== index()) change(stepState(target, Date.now()), 'step');
  });
  restartTicking();
  save();
  render('start', session, Date.now());
  // Ask a window already open on this session for its state: the two then show the same step.
  send({ kind: 'hello' });
  return session;
}
