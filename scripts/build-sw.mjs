// Writes dist/sw.js (or <dir>/sw.js for `node scripts/build-sw.mjs <dir>`): the service worker template with
// this build's precache list (scripts/offlineFiles.mjs) and a version derived from every file's contents,
// so any change to the site installs a new worker. Also writes offline-files.json: the whole site's
// files and their total size, for "Make the whole hub available offline".
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { precacheFiles, urlOf, WHOLE_SITE_FILE, wholeSiteFiles } from './offlineFiles.mjs';

const DIST = process.argv[2] ?? 'dist';
/**
 * Code for features used now and then, cached once used rather than installed with the precache:
 * pdf-lib and fontkit, known by strings their code always carries (as tests/e2e/planner-budget.test.ts
 * does), and the passphrase strength estimator (zxcvbn-ts and its 1.5 MB of word lists).
 */
const ON_DEMAND_CODE = /FlateDecode|GSUB|zxcvbn/;

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
let bytes = 0;
for (const f of files) {
  const content = await readFile(join(DIST, f));
  hash.update(f).update(content);
  bytes += (await stat(join(DIST, f))).size;
  if (f.endsWith('.js') && ON_DEMAND_CODE.test(content.toString('latin1'))) onDemandCode.add(f);
}
const precache = precacheFiles(files, (f) => onDemandCode.has(f)).map(urlOf);
// What is precached is part of the version too: the same files kept differently need a cache of their own.
const version = hash.update(JSON.stringify(precache)).digest('hex').slice(0, 16);

const worker = template
  .replace("const VERSION = '__VERSION__';", `const VERSION = '${version}';`)
  .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(precache)};`);
if (/__(VERSION|PRECACHE)__/.test(worker))
  throw new Error('scripts/sw-template.js no longer has the lines build-sw.mjs fills in');
await writeFile(join(DIST, 'sw.js'), worker);
await writeFile(join(DIST, WHOLE_SITE_FILE), JSON.stringify({ bytes, files: files.map(urlOf) }));
console.log(
  `Service worker: ${precache.length} files precached, ${files.length} in the whole site (${(bytes / 1e6).toFixed(1)} MB), version ${version}`,
);
