// Which built files the service worker keeps, and under which URLs (used by build-sw.mjs; pure, so a
// unit test can give it any site). Two lists:
// - the precache, installed on the first visit to a page that registers the worker: the app shell
//   (home, the offline page, the 404 page), the plan builder and its code, the search page and
//   Pagefind's code. Its size does not depend on how many content pages the hub has (issue 18);
//   the pages a reader visits are cached as they are visited, and code for features used now and
//   then (the PDF code and its fonts, the passphrase strength estimator) once used.
// - the whole site, cached only when the reader chooses "Make the whole hub available offline".

/** Never cached: the worker itself, server files, the published JSON Schema and the licence notices. */
const NEVER = [/^sw\.js$/, /^_headers$/, /^sitemap.*\.xml$/, /\.map$/, /^schemas\//, /^third-party-notices\.txt$/];
/** The file listing the whole site for the "whole hub" choice; not itself part of that list. */
export const WHOLE_SITE_FILE = 'offline-files.json';

/** Pages of the app shell, the builder and search. */
const SHELL_PAGES = [
  'index.html',
  '404.html',
  'offline/index.html',
  'planner/index.html',
  'planner/template/index.html',
  'search/index.html',
];
/** Pagefind's code and its index's entry and metadata; not the index chunks or result fragments, which grow with the site. */
const SEARCH_CODE = /^pagefind\/(pagefind\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/;

/**
 * The URL a built file is requested by: pages by their folder ("/guides/x/"), the rest by their path.
 * @param {string} file
 * @returns {string}
 */
export const urlOf = (file) =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;

/**
 * Every file of the site worth a copy offline, as paths relative to the built site.
 * @param {string[]} files
 * @returns {string[]}
 */
export const wholeSiteFiles = (files) => files.filter((f) => !NEVER.some((re) => re.test(f)) && f !== WHOLE_SITE_FILE);

/**
 * The precache: the shell pages, the favicon, the bundled code and styles except fonts and code kept
 * only once used (`isOnDemandCode(file)`), and Pagefind's code.
 * @param {string[]} files paths relative to the built site
 * @param {(file: string) => boolean} isOnDemandCode
 * @returns {string[]}
 */
export const precacheFiles = (files, isOnDemandCode) =>
  wholeSiteFiles(files).filter(
    (f) =>
      SHELL_PAGES.includes(f) ||
      f === 'favicon.svg' ||
      SEARCH_CODE.test(f) ||
      (f.startsWith('_astro/') && !/\.(ttf|otf|woff2?)$/.test(f) && !isOnDemandCode(f)),
  );
