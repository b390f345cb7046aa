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

// A page of an earlier build, left open across an update, still loads that build's files (its lazily loaded
// chunks) after this worker takes over, so earlier builds' caches stay until no page that may use them is
// open. On activation every open page counts as such a page; their ids are kept in this cache under
// OLDER_PAGES, and each later navigation checks whether any is still open.
const OLDER_PAGES = '/__sit/pages-of-older-builds';

async function olderCaches() {
  return (await caches.keys()).filter((k) => k.startsWith('sit-') && k !== CACHE);
}

async function recordOlderPages() {
  const older = await olderCaches();
  if (!older.length) return;
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const cache = await caches.open(CACHE);
  await cache.put(OLDER_PAGES, new Response(JSON.stringify(pages.map((p) => p.id))));
}

async function deleteUnusedOlderCaches() {
  const cache = await caches.open(CACHE);
  const record = await cache.match(OLDER_PAGES);
  if (!record) return;
  const ids = await record.json();
  const open = await Promise.all(ids.map((id) => self.clients.get(id)));
  if (open.some(Boolean)) return;
  await Promise.all((await olderCaches()).map((k) => caches.delete(k)));
  await cache.delete(OLDER_PAGES);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    recordOlderPages()
      .then(deleteUnusedOlderCaches)
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
  // A page opening is the moment to check whether the pages of older builds have all closed.
  if (request.mode === 'navigate') event.waitUntil(deleteUnusedOlderCaches());
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
      // Assets are content-hashed or versioned with the site: cache first, then an earlier build's copy for
      // a page of that build (its files are no longer on the server).
      const cached =
        (await cache.match(request, { ignoreSearch: true })) ?? (await caches.match(request, { ignoreSearch: true }));
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok) cache.put(request, response.clone());
      return response;
    })(),
  );
});
