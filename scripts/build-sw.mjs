// Writes dist/sw.js (or <dir>/sw.js for `node scripts/build-sw.mjs <dir>`): the service worker template with
// this build's precache list and trainer set (scripts/offlineFiles.mjs), a version derived from every
// file's contents, so any change to the site installs a new worker, and the trainer set's own version,
// so an update that leaves the trainers' pages as they were downloads nothing more for them. Also writes
// offline-files.json: the whole site's files and their total size, for "Make the whole hub available offline".
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  languageShellFiles,
  precacheFiles,
  trainerFiles,
  urlOf,
  WHOLE_SITE_FILE,
  wholeSiteFiles,
} from './offlineFiles.mjs';

const DIST = process.argv[2] ?? 'dist';
/** The site's languages besides English, each under /<lang>/ (src/i18n/languages.ts). */
const OTHER_LANGUAGES = ['cy'];
/**
 * Code for features used now and then, cached once used rather than installed with the precache:
 * pdf-lib and fontkit, known by strings their code always carries (as tests/e2e/planner-budget.test.ts
 * does), the passphrase strength estimator (zxcvbn-ts and its 1.5 MB of word lists), and a plan's
 * documents as blocks with the whole catalogue they are worded from (the PDF's and the print view's,
 * known by the print view's running line, pdf/documentBlocks.ts).
 */
const ON_DEMAND_CODE = /FlateDecode|GSUB|zxcvbn|plan\.pdf\.print\.running/;

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

const files = wholeSiteFiles((await walk(DIST)).map((f) => relative(DIST, f).split(sep).join('/'))).sort();
const template = await readFile(new URL('./sw-template.js', import.meta.url), 'utf8');
// The worker's own code is part of the version too, so a change to it alone also gets a cache of its own.
const hash = createHash('sha256').update(template);
const onDemandCode = new Set();
/** @type {Map<string, Buffer>} */
const contents = new Map();
let bytes = 0;
// Read a few at a time (a 1,000-page site has thousands of files), hashed in order.
for (let i = 0; i < files.length; i += 64) {
  const batch = files.slice(i, i + 64);
  const read = await Promise.all(batch.map((f) => readFile(join(DIST, f))));
  for (const [j, f] of batch.entries()) {
    const content = read[j];
    contents.set(f, content);
    hash.update(f).update(content);
    bytes += content.length;
    if (f.endsWith('.js') && ON_DEMAND_CODE.test(content.toString('latin1'))) onDemandCode.add(f);
  }
}
/**
 * A page's, stylesheet's or script's text, whose references lead to the files the trainer set needs;
 * decoded only for the files the trainer sets look at.
 */
const textOf = (/** @type {string} */ f) =>
  /\.(html|css|m?js)$/.test(f) ? contents.get(f)?.toString('utf8') : undefined;
const precache = precacheFiles(files, (f) => onDemandCode.has(f)).map(urlOf);
// What is precached is part of the version too: the same files kept differently need a cache of their own.
const version = hash.update(JSON.stringify(precache)).digest('hex').slice(0, 16);
/** A trainer set's version: a hash of its files, so an update that leaves them as they were keeps it. */
function setVersion(/** @type {string[]} */ set) {
  const setHash = createHash('sha256');
  for (const f of set) setHash.update(f).update(/** @type {Buffer} */ (contents.get(f)));
  return setHash.digest('hex').slice(0, 16);
}
const trainer = trainerFiles(files, textOf);
const trainerBytes = trainer.reduce((sum, f) => sum + /** @type {Buffer} */ (contents.get(f)).length, 0);
const trainerVersion = setVersion(trainer);
// Each other language's shell and trainer set, kept only when a reader opens a page in that language.
const languages = Object.fromEntries(
  OTHER_LANGUAGES.map((lang) => {
    const set = trainerFiles(files, textOf, lang);
    return [
      lang,
      { shell: languageShellFiles(files, lang).map(urlOf), trainer: set.map(urlOf), trainerVersion: setVersion(set) },
    ];
  }),
);

const worker = template
  .replace("const VERSION = '__VERSION__';", `const VERSION = '${version}';`)
  .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(precache)};`)
  .replace("const TRAINER_VERSION = '__TRAINER_VERSION__';", `const TRAINER_VERSION = '${trainerVersion}';`)
  .replace('const TRAINER_SET = __TRAINER_SET__;', `const TRAINER_SET = ${JSON.stringify(trainer.map(urlOf))};`)
  .replace('const LANGUAGES = __LANGUAGES__;', `const LANGUAGES = ${JSON.stringify(languages)};`);
if (/__(VERSION|PRECACHE|TRAINER_VERSION|TRAINER_SET|LANGUAGES)__/.test(worker))
  throw new Error('scripts/sw-template.js no longer has the lines build-sw.mjs fills in');
await writeFile(join(DIST, 'sw.js'), worker);
await writeFile(join(DIST, WHOLE_SITE_FILE), JSON.stringify({ bytes, files: files.map(urlOf) }));
console.log(
  `Service worker: ${precache.length} files precached; trainer set ${trainer.length} files (${(trainerBytes / 1e6).toFixed(1)} MB); ${OTHER_LANGUAGES.map((l) => `${l}: shell ${languages[l].shell.length}, trainer set ${languages[l].trainer.length} files; `).join('')}${files.length} in the whole site (${(bytes / 1e6).toFixed(1)} MB); version ${version}`,
);
