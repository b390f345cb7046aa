/**
 * "Delete everything" removes the offline copy without hanging: the site's caches always go, and the
 * wait for the browser to confirm the worker's removal is bounded (Chromium can hold its queue of
 * registration jobs indefinitely when the removal arrives while another tab is registering).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeOfflineCopy, UNREGISTER_WAIT_MS } from '../../../src/offline/registerServiceWorker';

function fakeBrowser(unregister: () => Promise<boolean>) {
  const stored = new Set(['sit-abc123', 'sit-older', 'someone-elses']);
  const registration = { unregister: vi.fn(unregister) };
  vi.stubGlobal('navigator', { serviceWorker: { getRegistrations: async () => [registration] } });
  vi.stubGlobal('caches', {
    keys: async () => [...stored],
    delete: async (key: string) => stored.delete(key),
  });
  vi.stubGlobal('window', { caches: {} });
  return { stored, registration };
}

describe('removeOfflineCopy', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('removes the worker and the site’s caches, leaving other caches', async () => {
    const { stored, registration } = fakeBrowser(async () => true);
    await removeOfflineCopy();
    expect(registration.unregister).toHaveBeenCalledOnce();
    expect([...stored]).toEqual(['someone-elses']);
  });

  it('does not wait for ever when the browser never confirms the removal', async () => {
    const { stored, registration } = fakeBrowser(() => new Promise<boolean>(() => undefined));
    let finished = false;
    const removing = removeOfflineCopy().then(() => (finished = true));
    await vi.advanceTimersByTimeAsync(UNREGISTER_WAIT_MS - 1);
    expect(finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await removing;
    expect(registration.unregister).toHaveBeenCalledOnce(); // asked, and left queued with the browser
    expect([...stored]).toEqual(['someone-elses']);
  });
});
