/** Tabs of the builder tell each other which plan they are editing, over a real BroadcastChannel. */
import { afterEach, describe, expect, it } from 'vitest';
import { createTabCoordinator, type TabCoordinator, type TabEvents } from '../../../src/planner/privacy/tabCoordinator';

const open: TabCoordinator[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

let clock = 1000;
function tab(id: string, events: TabEvents = {}) {
  const c = createTabCoordinator(events, { tabId: id, now: () => clock++, helloWaitMs: 20 });
  open.push(c);
  return c;
}

describe('tab coordination', () => {
  it('tells a tab that opens later which plans other tabs are editing', async () => {
    const a = tab('a');
    a.hold('plan-1');
    await settle();
    const b = tab('b');
    await b.ready;
    expect(b.heldElsewhere('plan-1')).toBe(true);
    expect(b.heldElsewhere('plan-2')).toBe(false);
    a.hold(undefined);
    await settle();
    expect(b.heldElsewhere('plan-1')).toBe(false);
  });

  it('on "Take over", the holder saves first, stops editing and is told', async () => {
    const log: string[] = [];
    const a = tab('a', {
      onTakenOver: async (planId) => {
        await settle(10);
        log.push(`a saved and stopped editing ${planId}`);
      },
    });
    a.hold('plan-1');
    const b = tab('b');
    await b.ready;
    await b.takeOver('plan-1');
    log.push('b takes over');
    b.hold('plan-1');
    await settle();
    expect(log).toEqual(['a saved and stopped editing plan-1', 'b takes over']);
    expect(a.heldElsewhere('plan-1')).toBe(true);
    expect(b.heldElsewhere('plan-1')).toBe(false);
  });

  it('does not wait for ever for a tab that does not answer', async () => {
    const b = tab('b');
    const started = Date.now();
    await b.takeOver('plan-1', 50);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('when two tabs start editing the same plan at once, exactly one yields', async () => {
    const yielded: string[] = [];
    const a = tab('a', { onYield: () => yielded.push('a') });
    const b = tab('b', { onYield: () => yielded.push('b') });
    a.hold('plan-1'); // earlier
    b.hold('plan-1');
    await settle();
    expect(yielded).toEqual(['b']);
    expect(b.heldElsewhere('plan-1')).toBe(true);
    expect(a.heldElsewhere('plan-1')).toBe(false);
  });

  it('passes on "everything deleted", "settings changed" and "lock"', async () => {
    const heard: string[] = [];
    tab('a', {
      onWiped: () => heard.push('wiped'),
      onSettingsChanged: () => heard.push('settings'),
      onLockAll: () => heard.push('lock'),
    });
    const b = tab('b');
    b.announce('lock');
    b.announce('settings');
    b.announce('wiped');
    await settle();
    expect(heard).toEqual(['lock', 'settings', 'wiped']);
  });

  it('ignores messages that are not from the builder', async () => {
    const a = tab('a');
    const stranger = new BroadcastChannel('staying-in-touch:tabs');
    stranger.postMessage({ t: 'hold', planId: 'plan-1' }); // no sender
    stranger.postMessage('hello');
    await settle();
    stranger.close();
    expect(a.heldElsewhere('plan-1')).toBe(false);
  });

  it('works alone where BroadcastChannel is missing', async () => {
    const alone = createTabCoordinator({}, { channel: null });
    await alone.ready;
    alone.hold('plan-1');
    expect(alone.heldElsewhere('plan-1')).toBe(false);
    await alone.takeOver('plan-1', 10);
    alone.close();
  });
});
