// Writes dist/sw.js (or <dir>/sw.js for `node scripts/build-sw.mjs <dir>`): the service worker template with
// this build's file list and a version derived from the files' contents, so any change to the site installs
// a new worker.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const DIST = process.argv[2] ?? 'dist';
// The licence notices (half a megabyte) are not worth a copy on every device that visits once.
const SKIP = [/^sw\.js$/, /^_headers$/, /^sitemap.*\.xml$/, /\.map$/, /^schemas\//, /^third-party-notices\.txt$/];

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

const files = (await walk(DIST))
  .map((f) => relative(DIST, f).split(sep).join('/'))
  .filter((f) => !SKIP.some((re) => re.test(f)))
  .sort();
const template = await readFile(new URL('./sw-template.js', import.meta.url), 'utf8');
// The worker's own code is part of the version too, so a change to it alone also gets a cache of its own.
const hash = createHash('sha256').update(template);
for (const f of files) hash.update(f).update(await readFile(join(DIST, f)));
const version = hash.digest('hex').slice(0, 16);
// Pages are cached under their folder URL ("/guides/x/"), which is how they are requested.
const urls = files.map((f) =>
  f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`,
);

const worker = template
  .replace("const VERSION = '__VERSION__';", `const VERSION = '${version}';`)
  .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(urls)};`);
if (/__(VERSION|PRECACHE)__/.test(worker))
  throw new Error('scripts/sw-template.js no longer has the lines build-sw.mjs fills in');
await writeFile(join(DIST, 'sw.js'), worker);
console.log(`Service worker: ${urls.length} files, version ${version}`);
