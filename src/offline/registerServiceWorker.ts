/**
 * Registers the service worker from the plan builder, search, the trainers' pages and the offline
 * page, so content pages stay free of JavaScript; once it is in charge, it keeps the registering page
 * and the files it loaded. When a new version of the site is waiting, shows a banner; updating first lets the page save (the `sit:before-update` event),
 * then reloads. The banner's words come from the calling page: a translator's `t`, or the
 * `UPDATE_MESSAGE_KEYS` packed for its script (src/i18n/scriptMessages.ts). A page the audience sees
 * (session mode) passes none and shows no banner.
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { languageOfPath } from '../i18n/localPath';
import type { Translate } from '../i18n/scriptTranslator';

export const BEFORE_UPDATE_EVENT = 'sit:before-update';

/** The messages the update banner shows. */
export const UPDATE_MESSAGE_KEYS = [
  'hub.offline.update.text',
  'hub.offline.update.button',
  'hub.offline.update.heldBack',
] as const;

/** What a page's listener to `sit:before-update` may do. */
export interface BeforeUpdateDetail {
  /** The update waits for this (a save) before the page reloads. */
  waitFor(p: Promise<unknown>): void;
  /** A reload would lose work that cannot be saved here: do not update this page now. */
  holdBack(): void;
}
export type UpdateMessageKey = (typeof UPDATE_MESSAGE_KEYS)[number];
export type UpdateMessages = Translate<UpdateMessageKey>;

function showUpdateBanner(worker: ServiceWorker, t: UpdateMessages) {
  if (document.getElementById('sit-update')) return;
  const banner = document.createElement('div');
  banner.id = 'sit-update';
  banner.className = 'update-banner';
  banner.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = t('hub.offline.update.text');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = t('hub.offline.update.button');
  button.addEventListener('click', async () => {
    // Listeners (the plan builder's autosave) may hand back promises to finish first, or hold back.
    const pending: Promise<unknown>[] = [];
    let heldBack = false;
    const detail: BeforeUpdateDetail = {
      waitFor: (p) => void pending.push(p),
      holdBack: () => void (heldBack = true),
    };
    window.dispatchEvent(new CustomEvent(BEFORE_UPDATE_EVENT, { detail }));
    if (heldBack) {
      text.textContent = t('hub.offline.update.heldBack');
      button.remove();
      return;
    }
    await Promise.allSettled(pending);
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage('skip-waiting');
  });
  banner.append(text, button);
  document.body.prepend(banner);
}

/** Resolves to whether the worker is registered and active (false without support, in development, or on failure). */
export async function registerServiceWorker(t?: UpdateMessages): Promise<boolean> {
  if (!('serviceWorker' in navigator) || location.hostname === '' || import.meta.env.DEV) return false;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => {
        if (t && worker.state === 'installed' && navigator.serviceWorker.controller) showUpdateBanner(worker, t);
      };
      check();
      worker.addEventListener('statechange', check);
    };
    watch(registration.waiting);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  } catch {
    // Offline support is an extra: the site works without it (for example in private browsing). With no
    // connection the browser cannot check the worker for a new version and refuses; one in charge still serves.
    if (!navigator.serviceWorker.controller) return false;
  }
  // This page and what it loaded came before the worker was in charge of it: ask it to keep them.
  const ready = await navigator.serviceWorker.ready;
  const used = performance.getEntriesByType('resource').map((e) => e.name);
  ready.active?.postMessage({ type: 'keep', urls: [location.href, ...used] });
  // A page in another language than English keeps that language's app shell too (see scripts/sw-template.js).
  const lang = languageOfPath(location.pathname);
  if (lang !== DEFAULT_LANGUAGE) void askToKeep({ type: 'language-shell', lang });
  return true;
}

/** Asks the active service worker to keep a set of files; resolves to whether it kept them all. */
async function askToKeep(message: {
  type: 'whole-site' | 'trainer-set' | 'language-shell';
  lang?: Language;
}): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return false;
  const channel = new MessageChannel();
  const answer = new Promise<boolean>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<{ done: boolean }>) => resolve(event.data.done);
  });
  worker.postMessage(message, [channel.port2]);
  return answer;
}

/** Asks the service worker to keep every file of the site ("Make the whole hub available offline"). */
export const keepWholeSite = () => askToKeep({ type: 'whole-site' });

/**
 * Asks the service worker to keep the trainer set in this page's language (every page under
 * /training/, or /cy/training/, and what they load; see scripts/sw-template.js). Quick once it is
 * kept: the worker only checks it is complete.
 */
export const keepTrainerSet = () => askToKeep({ type: 'trainer-set', lang: languageOfPath(location.pathname) });

/**
 * How long "Delete everything" waits for the browser to confirm the worker's removal. The browser
 * queues the removal behind any registration in progress (each page that opens registers the
 * worker again); Chromium has been seen to hold that queue indefinitely when the removal arrives
 * during one, which left the page on "Loading…". The removal stays queued and happens when the
 * browser gets to it; meanwhile the worker, finding its cache gone, keeps nothing new.
 */
export const UNREGISTER_WAIT_MS = 3000;

/** Removes the service worker and everything it cached (used by "Delete everything from this device"). */
export async function removeOfflineCopy(): Promise<void> {
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    const removed = Promise.all(registrations.map((r) => r.unregister()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, UNREGISTER_WAIT_MS)));
    await Promise.race([removed, waited]).finally(() => clearTimeout(timer));
  }
  if ('caches' in window) {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith('sit-')).map((k) => caches.delete(k)));
  }
}
