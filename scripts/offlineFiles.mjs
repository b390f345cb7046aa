// Which built files the service worker keeps, and under which URLs (used by build-sw.mjs; pure, so a
// unit test can give it any site). Three lists:
// - the precache, installed on the first visit to a page that registers the worker: the app shell
//   (home, the offline page, the 404 page), the plan builder and its code, the search page and
//   Pagefind's code. Its size does not depend on how many content pages the hub has (issue 18);
//   the pages a reader visits are cached as they are visited, and code for features used now and
//   then (the PDF code and its fonts, the passphrase strength estimator) once used.
// - the trainer set, cached on purpose on the first visit to any page under /training/ (issue 17):
//   every session, its presenter mode and handout, every activity sheet, the pack builder, and the
//   files those pages load. It is the one deliberate exception to issue 18's bound: it grows with the
//   number of sessions, so it is a cache and a count of its own, never part of the precache.
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
/**
 * A language's own app shell (its home, offline, 404, builder and search pages, under /<lang>/, and its
 * search index's metadata), kept when a reader opens a page in that language, so an English reader
 * downloads no Welsh pages.
 * @param {string[]} files paths relative to the built site
 * @param {string} lang a language other than English (its folder in the built site)
 * @returns {string[]}
 */
export const languageShellFiles = (files, lang) => [
  ...SHELL_PAGES.map((page) => `${lang}/${page}`).filter((page) => files.includes(page)),
  ...searchLanguageFiles(files, lang),
];

/** Pagefind's code and its index's entry; not the index chunks or result fragments, which grow with the site. */
const SEARCH_CODE = /^pagefind\/(pagefind\.js|pagefind-entry\.json)$/;
/** Pagefind's name for the English index (from `<html lang="en-GB">`); other languages' are their folders' ("cy"). */
const ENGLISH_SEARCH = 'en-gb';

/**
 * Pagefind's files for one language's index: its metadata and its word-stemming code, or the code for
 * a language it cannot stem (`wasm.unknown`, which Welsh uses). Each language's offline copy keeps only
 * its own, so neither reader downloads the other language's search files.
 * @param {string[]} files paths relative to the built site
 * @param {string} index Pagefind's name for the language ("en-gb", "cy")
 * @returns {string[]}
 */
export function searchLanguageFiles(files, index) {
  const meta = files.filter((f) => f.startsWith(`pagefind/pagefind.${index}_`) && f.endsWith('.pf_meta'));
  const stemming = `pagefind/wasm.${index}.pagefind`;
  const wasm = files.includes(stemming) ? stemming : 'pagefind/wasm.unknown.pagefind';
  return [...meta, ...(files.includes(wasm) ? [wasm] : [])];
}

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
 * only once used (`isOnDemandCode(file)`), and Pagefind's code with the English index's files.
 * @param {string[]} files paths relative to the built site
 * @param {(file: string) => boolean} isOnDemandCode
 * @returns {string[]}
 */
export function precacheFiles(files, isOnDemandCode) {
  const englishSearch = searchLanguageFiles(files, ENGLISH_SEARCH);
  return wholeSiteFiles(files).filter(
    (f) =>
      SHELL_PAGES.includes(f) ||
      f === 'favicon.svg' ||
      SEARCH_CODE.test(f) ||
      englishSearch.includes(f) ||
      (f.startsWith('_astro/') && !/\.(ttf|otf|woff2?)$/.test(f) && !isOnDemandCode(f)),
  );
}

/**
 * The trainers' pages in a language: everything under /training/, or /<lang>/training/ (the listing,
 * sessions, session mode, handouts, sheets, the pack).
 * @param {string} lang
 */
const trainerPage = (lang) => new RegExp(`^${lang === 'en' ? '' : `${lang}\\/`}training\\/(?:.+\\/)?index\\.html$`);
/**
 * A reference to another file in a page, stylesheet or script: an `href` or `src`, a CSS `url()`, or a
 * quoted relative or `_astro/` path in code (static and dynamic imports, the bundler's preload lists).
 */
const REFERENCE =
  /\b(?:href|src)\s*=\s*["']?([^"'\s>]+)|\burl\(\s*["']?([^"')\s]+)|["'`]((?:\.{1,2}\/|\/?_astro\/)[^"'`\s]+)["'`]/g;

/**
 * The built file a reference from `from` points at, or undefined for another site, a bare anchor or a
 * data URL.
 * @param {string} ref
 * @param {string} from the referring file, relative to the built site
 */
function referencedFile(ref, from) {
  if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(ref)) return undefined;
  // The bundler's preload lists name files from the site's root without the leading slash.
  const url = new URL(ref.startsWith('_astro/') ? `/${ref}` : ref, `https://site/${from}`);
  const path = decodeURIComponent(url.pathname).slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The trainer set: every page under /training/ and every file those pages need (stylesheets,
 * scripts and what they import, statically or not, fonts and images), followed through the files'
 * own references. Other pages they link to are not followed: those stay visited pages.
 * @param {string[]} files paths relative to the built site
 * @param {(file: string) => string | undefined} textOf a page's, stylesheet's or script's text (undefined for others)
 * @param {string} [lang] whose trainers' pages: English (/training/) by default, or another language's (/cy/training/)
 * @returns {string[]}
 */
export function trainerFiles(files, textOf, lang = 'en') {
  const site = new Set(wholeSiteFiles(files));
  const pages = [...site].filter((f) => trainerPage(lang).test(f));
  const kept = new Set(pages);
  const queue = [...pages];
  while (queue.length) {
    const from = /** @type {string} */ (queue.shift());
    for (const match of (textOf(from) ?? '').matchAll(REFERENCE)) {
      const file = referencedFile(match[1] ?? match[2] ?? match[3], from);
      if (!file || !site.has(file) || kept.has(file) || file.endsWith('.html')) continue;
      kept.add(file);
      queue.push(file);
    }
  }
  return [...kept].sort();
}
