/**
 * Keeps tabs of the plan builder from overwriting each other. Each tab says, over a
 * BroadcastChannel, which plan it is editing ("hold"); a tab about to edit a plan another tab holds
 * is told, and can open a read-only copy or take over, in which case the holder first saves and then
 * becomes read-only. Tabs also tell each other when everything was deleted, when the device's
 * settings changed (so they reopen their storage) and when the plans were locked.
 *
 * Two tabs that start editing the same plan at the same moment both see the other's hold; the one
 * that started later yields, so exactly one keeps editing. A tab that crashed never releases its
 * hold; "Take over" then simply goes ahead after a short wait. The store also refuses to overwrite a
 * plan saved elsewhere (resilientPlanStore.ts), so even without BroadcastChannel nothing is lost.
 */
import { TABS_CHANNEL } from '../../device/tabChannel';

/** The part of BroadcastChannel used here, so tests can pass their own. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export type TabMessage =
  | { t: 'hello'; from: string }
  | { t: 'hold'; from: string; planId: string; since: number }
  | { t: 'release'; from: string; planId: string }
  | { t: 'takeover'; from: string; planId: string }
  | { t: 'released'; from: string; planId: string; to: string }
  | { t: 'wiped' | 'settings' | 'lock'; from: string };

export interface TabEvents {
  /** Another tab's holds changed: re-render. */
  onChange?(): void;
  /** Another tab took over the plan this tab was editing. Resolve once this tab has saved. */
  onTakenOver?(planId: string): Promise<void> | void;
  /** This tab lost a tie with another that started editing the same plan at the same moment. */
  onYield?(planId: string): void;
  onWiped?(): void;
  onSettingsChanged?(): void;
  onLockAll?(): void;
}

export interface TabCoordinator {
  /** Resolves once the other open tabs have said what they hold (or after a short wait). */
  readonly ready: Promise<void>;
  /** True when another tab is editing this plan. */
  heldElsewhere(planId: string): boolean;
  /** Starts editing this plan here (or, with undefined, stops editing). */
  hold(planId: string | undefined): void;
  /** Asks the tab editing this plan to save and stop; resolves when it has, or after `waitMs`. */
  takeOver(planId: string, waitMs?: number): Promise<void>;
  announce(what: 'wiped' | 'settings' | 'lock'): void;
  close(): void;
}

const randomId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

function isMessage(data: unknown): data is TabMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { t?: unknown }).t === 'string' &&
    typeof (data as { from?: unknown }).from === 'string'
  );
}

export function createTabCoordinator(
  events: TabEvents,
  options: { channel?: ChannelLike | null; tabId?: string; now?: () => number; helloWaitMs?: number } = {},
): TabCoordinator {
  const channel =
    options.channel !== undefined
      ? options.channel
      : typeof BroadcastChannel === 'undefined'
        ? null
        : new BroadcastChannel(TABS_CHANNEL);
  const tabId = options.tabId ?? randomId();
  const now = options.now ?? (() => Date.now());
  /** What each other tab is editing. */
  const others = new Map<string, { planId: string; since: number }>();
  let mine: { planId: string; since: number } | undefined;
  const waiting = new Map<string, () => void>();

  const send = (message: TabMessage) => channel?.postMessage(message);
  const sendHold = () => mine && send({ t: 'hold', from: tabId, planId: mine.planId, since: mine.since });
  /** Whether `other` wins a tie with this tab's hold of the same plan. */
  const beats = (other: { since: number }, from: string) =>
    mine !== undefined && (other.since < mine.since || (other.since === mine.since && from < tabId));

  channel?.addEventListener('message', (event) => {
    const m = event.data;
    if (!isMessage(m) || m.from === tabId) return;
    switch (m.t) {
      case 'hello':
        sendHold();
        break;
      case 'hold':
        others.set(m.from, { planId: m.planId, since: m.since });
        if (mine?.planId === m.planId) {
          if (beats(m, m.from)) {
            const lost = mine.planId;
            mine = undefined;
            send({ t: 'release', from: tabId, planId: lost });
            events.onYield?.(lost);
          } else sendHold(); // tell the latecomer this plan is taken
        }
        events.onChange?.();
        break;
      case 'release':
        if (others.get(m.from)?.planId === m.planId) others.delete(m.from);
        events.onChange?.();
        break;
      case 'takeover':
        if (mine?.planId === m.planId) {
          const planId = mine.planId;
          void Promise.resolve(events.onTakenOver?.(planId)).finally(() => {
            if (mine?.planId === planId) mine = undefined;
            send({ t: 'released', from: tabId, planId, to: m.from });
          });
        }
        break;
      case 'released':
        if (others.get(m.from)?.planId === m.planId) others.delete(m.from);
        if (m.to === tabId) waiting.get(m.planId)?.();
        events.onChange?.();
        break;
      case 'wiped':
        events.onWiped?.();
        break;
      case 'settings':
        events.onSettingsChanged?.();
        break;
      case 'lock':
        events.onLockAll?.();
        break;
    }
  });

  send({ t: 'hello', from: tabId });
  const ready = channel
    ? new Promise<void>((resolve) => setTimeout(resolve, options.helloWaitMs ?? 150))
    : Promise.resolve();

  return {
    ready,
    heldElsewhere: (planId) => [...others.values()].some((o) => o.planId === planId),
    hold(planId) {
      if (mine?.planId === planId) return;
      if (mine) send({ t: 'release', from: tabId, planId: mine.planId });
      mine = planId === undefined ? undefined : { planId, since: now() };
      sendHold();
    },
    takeOver(planId, waitMs = 2000) {
      return new Promise<void>((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          waiting.delete(planId);
          for (const [from, o] of others) if (o.planId === planId) others.delete(from);
          resolve();
        };
        // A tab that does not answer (it crashed, or is frozen in the background) is not waited for.
        const timer = setTimeout(finish, waitMs);
        waiting.set(planId, finish);
        send({ t: 'takeover', from: tabId, planId });
      });
    },
    announce: (what) => send({ t: what, from: tabId }),
    close() {
      if (mine) send({ t: 'release', from: tabId, planId: mine.planId });
      mine = undefined;
      channel?.close();
    },
  };
}
