// @ts-nocheck -- a template: scripts/build-sw.mjs fills in the version and the file list before it ships.
/* Staying in touch service worker. Generated into dist/sw.js by scripts/build-sw.mjs, which
   replaces the two constants below. On install it caches the app shell, the plan builder and the
   search code (PRECACHE, the same size however many pages the hub has); pages and files are cached
   as they are visited or used (the PDF code and fonts once a PDF is made or read); the whole site
   only when the reader chooses "Make the whole hub available offline" (the offline page). Plans are
   never cached: they live in IndexedDB and never pass through here. */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `sit-${VERSION}`;
/** The whole site's files and size (scripts/build-sw.mjs). */
const WHOLE_SITE = '/offline-files.json';
/** Kept in the cache once the reader has chosen the whole site, so each new version keeps it whole. */
const WHOLE_SITE_CHOSEN = '/__sit/whole-site-chosen';
/** Shown for a page that was never visited when there is no connection. */
const OFFLINE_PAGE = '/offline/';

async function cacheWholeSite(cache) {
  const { files } = await (await fetch(WHOLE_SITE, { cache: 'no-store' })).json();
  await cache.addAll(files);
  await cache.put(WHOLE_SITE_CHOSEN, new Response('1'));
}

/** Pages read under an earlier version stay readable offline under this one. */
async function keepVisitedPages(cache) {
  for (const key of await olderCaches()) {
    const older = await caches.open(key);
    if (await older.match(WHOLE_SITE_CHOSEN)) await cacheWholeSite(cache);
    for (const request of await older.keys()) {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/') && !(await cache.match(path))) await cache.put(path, await older.match(request));
    }
  }
}

self.addEventListener('install', (event) => {
  // Wait for the user to accept an update (see registerServiceWorker.ts): no skipWaiting here.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(PRECACHE);
      await keepVisitedPages(cache);
    }),
  );
});

/**
 * This version's cache, or nothing once "Delete everything from this device" has removed it: the
 * browser may take a while to remove this worker after that, and until then it keeps nothing new.
 */
async function ownCache() {
  return (await caches.has(CACHE)) ? caches.open(CACHE) : undefined;
}

/** Caches same-site files a page used before this worker was in charge of it (its own address included). */
async function keepFiles(urls) {
  const cache = await ownCache();
  if (!cache) return;
  await Promise.all(
    urls
      .map((u) => new URL(u, self.location.origin))
      .filter((u) => u.origin === self.location.origin && !u.pathname.startsWith('/__sit/'))
      .map(async (u) => {
        const key = u.pathname.endsWith('/') ? u.pathname : u.pathname + u.search;
        if (await cache.match(key, { ignoreSearch: true })) return;
        const response = await fetch(u).catch(() => undefined);
        // "Delete everything" may have removed the cache meanwhile: then nothing is kept again.
        if (response?.ok && (await caches.has(CACHE))) await cache.put(key, response);
      }),
  );
}

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
  const cache = await ownCache();
  await cache?.put(OLDER_PAGES, new Response(JSON.stringify(pages.map((p) => p.id))));
}

async function deleteUnusedOlderCaches() {
  const cache = await ownCache();
  const record = await cache?.match(OLDER_PAGES);
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
  else if (event.data?.type === 'keep') event.waitUntil(keepFiles(event.data.urls ?? []));
  else if (event.data?.type === 'whole-site') {
    // The page hears back on the port it sent: whether every file is now kept.
    const reply = event.ports[0];
    event.waitUntil(
      ownCache()
        .then((cache) => (cache ? cacheWholeSite(cache) : Promise.reject(new Error('deleted'))))
        .then(
          () => reply?.postMessage({ done: true }),
          () => reply?.postMessage({ done: false }),
        ),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // A page opening is the moment to check whether the pages of older builds have all closed.
  if (request.mode === 'navigate') event.waitUntil(deleteUnusedOlderCaches());
  event.respondWith(
    (async () => {
      const cache = await ownCache();
      if (!cache) return fetch(request);
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
            (await cache.match(OFFLINE_PAGE)) ??
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
