// @ts-nocheck -- a template: scripts/build-sw.mjs fills in the version and the file list before it ships.
/* Staying in touch service worker. Generated into dist/sw.js by scripts/build-sw.mjs, which
   replaces the five constants below. On install it caches the app shell, the plan builder and the
   search code (PRECACHE, the same size however many pages the hub has); pages and files are cached
   as they are visited or used (the PDF code and fonts once a PDF is made or read); the trainer set
   when a page under /training/ asks for it; the whole site only when the reader chooses "Make the
   whole hub available offline" (the offline page). Plans are never cached: they live in IndexedDB
   and never pass through here. */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `sit-${VERSION}`;
/*
 * The trainer set: every page under /training/ and the files they load (scripts/offlineFiles.mjs), so
 * a trainer who has opened any of them can run every session, print every handout and sheet and build
 * a pack with no connection (issue 17). It grows with the number of sessions, so on purpose it is kept
 * apart from the bounded precache (issue 18) in a cache of its own, named by its own version: an update
 * that leaves the trainers' pages as they were keeps it without downloading it again.
 */
const TRAINER_VERSION = '__TRAINER_VERSION__';
const TRAINER_SET = __TRAINER_SET__;
const TRAINER_PREFIX = 'sit-trainer-';
const TRAINER_CACHE = `${TRAINER_PREFIX}${TRAINER_VERSION}`;
/*
 * The site in other languages (Welsh, under /cy/): per language, its app shell (home, offline, 404,
 * builder and search pages), kept when a page in that language registers this worker, and its trainer
 * set, in a cache of its own, kept when one of its trainers' pages asks. An English reader downloads
 * neither; the code they load is the same files, in the precache.
 */
const LANGUAGES = __LANGUAGES__;
/** The trainer cache of a language ('en' or a key of LANGUAGES) for this version. */
const trainerCache = (lang) =>
  lang in LANGUAGES ? `${TRAINER_PREFIX}${lang}-${LANGUAGES[lang].trainerVersion}` : TRAINER_CACHE;
const trainerSetOf = (lang) => (lang in LANGUAGES ? LANGUAGES[lang].trainer : TRAINER_SET);
/** The language of a site path: a key of LANGUAGES when it starts /<lang>/, else English. */
const languageOfPath = (path) => Object.keys(LANGUAGES).find((l) => path.startsWith(`/${l}/`)) ?? 'en';
/** The offline page in the language of the page asked for (/cy/offline/ for a Welsh one). */
const offlinePageFor = (path) => {
  const lang = languageOfPath(path);
  return lang === 'en' ? OFFLINE_PAGE : `/${lang}${OFFLINE_PAGE}`;
};
/** This version's trainer caches, every language's. */
const TRAINER_CACHES = ['en', ...Object.keys(LANGUAGES)].map(trainerCache);
/** Written last into a trainer cache: one without it is incomplete and is never relied on. */
const TRAINER_SET_COMPLETE = '/__sit/trainer-set-complete';
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

/** Whether the trainer cache `name` holds its whole set. */
async function trainerSetComplete(name = TRAINER_CACHE) {
  return (await caches.has(name)) && Boolean(await (await caches.open(name)).match(TRAINER_SET_COMPLETE));
}

const fillingTrainerSet = new Map();
/**
 * Caches this version's trainer set in `lang` unless it is complete already. `addAll` keeps all or
 * nothing and the marker goes in last, so a set cut short by a lost connection is never taken for a
 * whole one; the next trainer page tries again. Several pages asking at once share one download.
 */
function keepTrainerSet(lang = 'en') {
  if (!fillingTrainerSet.has(lang)) {
    const name = trainerCache(lang);
    const filling = (async () => {
      if (await trainerSetComplete(name)) return;
      const cache = await caches.open(name);
      await cache.addAll(trainerSetOf(lang));
      await cache.put(TRAINER_SET_COMPLETE, new Response('1'));
    })().finally(() => fillingTrainerSet.delete(lang));
    fillingTrainerSet.set(lang, filling);
  }
  return fillingTrainerSet.get(lang);
}

/** Whether this device kept a whole trainer set in `lang` under some version. */
async function hadTrainerSet(lang = 'en') {
  const others = Object.keys(LANGUAGES).map((l) => `${TRAINER_PREFIX}${l}-`);
  const ofLang = (k) =>
    lang === 'en'
      ? k.startsWith(TRAINER_PREFIX) && !others.some((p) => k.startsWith(p))
      : k.startsWith(`${TRAINER_PREFIX}${lang}-`);
  const sets = (await caches.keys()).filter(ofLang);
  return (await Promise.all(sets.map((k) => trainerSetComplete(k)))).some(Boolean);
}

/** This version's page `path` from the trainer set of its language, once the set is complete. */
async function fromTrainerSet(path) {
  const name = trainerCache(languageOfPath(path));
  return (await trainerSetComplete(name)) ? (await caches.open(name)).match(path) : undefined;
}

/**
 * Keeps a language's app shell in this version's cache (a page in that language registered the worker).
 * Its pages are pages like any visited one, so an update carries them over (keepVisitedPages).
 */
async function keepLanguageShell(cache, lang) {
  if (!(lang in LANGUAGES)) return;
  const missing = [];
  for (const path of LANGUAGES[lang].shell) if (!(await cache.match(path))) missing.push(path);
  await cache.addAll(missing);
}

/** Pages read under an earlier version stay readable offline under this one. */
async function keepVisitedPages(cache) {
  // The trainer set is replaced whole (see install), not copied page by page into the bounded cache.
  for (const key of (await olderCaches()).filter((k) => !k.startsWith(TRAINER_PREFIX))) {
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
      // A device that kept an earlier trainer set gets this version's before this worker takes over;
      // the earlier one stays, and serves, until then (its cache goes with the older builds' caches).
      for (const lang of ['en', ...Object.keys(LANGUAGES)]) if (await hadTrainerSet(lang)) await keepTrainerSet(lang);
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
  return (await caches.keys()).filter((k) => k.startsWith('sit-') && k !== CACHE && !TRAINER_CACHES.includes(k));
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
  else if (event.data?.type === 'whole-site') answer(event, cacheWholeSite);
  else if (event.data?.type === 'trainer-set') answer(event, () => keepTrainerSet(event.data.lang ?? 'en'));
  else if (event.data?.type === 'language-shell') answer(event, (cache) => keepLanguageShell(cache, event.data.lang));
});

/**
 * Runs `keep` with this version's cache and tells the page, on the port it sent, whether every file
 * is now kept. After "Delete everything" there is no cache, and nothing is kept.
 */
function answer(event, keep) {
  const reply = event.ports[0];
  event.waitUntil(
    ownCache()
      .then((cache) => (cache ? keep(cache) : Promise.reject(new Error('deleted'))))
      .then(
        () => reply?.postMessage({ done: true }),
        () => reply?.postMessage({ done: false }),
      ),
  );
}

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
            (await fromTrainerSet(url.pathname)) ??
            (await cache.match(offlinePageFor(url.pathname))) ??
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
