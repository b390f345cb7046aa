// @ts-nocheck -- a template: scripts/build-sw.mjs fills in the version and the file list before it ships.
/* Staying in touch service worker. Generated into dist/sw.js by scripts/build-sw.mjs, which
   replaces the two constants below. Caches the whole site on install so the hub and the plan
   builder (PDF export included) work with no network after one visit. Plans are never cached:
   they live in IndexedDB and never pass through here. */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `sit-${VERSION}`;

self.addEventListener('install', (event) => {
  // Wait for the user to accept an update (see registerServiceWorker.ts): no skipWaiting here.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('sit-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Pages: network first so content stays fresh; the cached copy when offline.
      if (request.mode === 'navigate') {
        try {
          const fresh = await fetch(request);
          if (fresh.ok) cache.put(url.pathname, fresh.clone());
          return fresh;
        } catch {
          return (
            (await cache.match(url.pathname, { ignoreSearch: true })) ??
            (await cache.match(url.pathname + (url.pathname.endsWith('/') ? '' : '/'))) ??
            (await cache.match('/404.html')) ??
            Response.error()
          );
        }
      }
      // Assets are content-hashed or versioned with the site: cache first.
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone());
      return response;
    })(),
  );
});
