/**
 * The offline page's "Make the whole hub available offline": shows how much the whole site weighs
 * (offline-files.json, written by scripts/build-sw.mjs), and on request asks the service worker to
 * keep every file, then says whether it did. Its words come from the page (`OFFLINE_PAGE_MESSAGE_KEYS`).
 */
import type { Translate } from '../i18n/scriptTranslator';
import { keepWholeSite } from './registerServiceWorker';

export const OFFLINE_PAGE_MESSAGE_KEYS = [
  'hub.offlinePage.whole.size',
  'hub.offlinePage.whole.working',
  'hub.offlinePage.whole.done',
  'hub.offlinePage.whole.failed',
  'hub.offlinePage.whole.unsupported',
] as const;
export type OfflinePageMessageKey = (typeof OFFLINE_PAGE_MESSAGE_KEYS)[number];

export async function startOfflinePage(t: Translate<OfflinePageMessageKey>): Promise<void> {
  const button = document.getElementById('offline-whole') as HTMLButtonElement;
  const size = document.getElementById('offline-whole-size') as HTMLElement;
  const status = document.getElementById('offline-whole-status') as HTMLElement;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = t('hub.offlinePage.whole.unsupported');
    return;
  }
  try {
    const { bytes } = (await (await fetch('/offline-files.json', { cache: 'no-store' })).json()) as { bytes: number };
    size.textContent = t('hub.offlinePage.whole.size', { megabytes: Math.round(bytes / 1e5) / 10 });
  } catch {
    // Offline, this file may not be kept: the button still works if the worker can reach it later.
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = t('hub.offlinePage.whole.working');
    const kept = await keepWholeSite().catch(() => false);
    status.textContent = t(kept ? 'hub.offlinePage.whole.done' : 'hub.offlinePage.whole.failed');
    button.disabled = false;
  });
}
