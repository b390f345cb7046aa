// `npm run bench`: figures that vary by machine, so they are printed, never asserted.
// Build time (median of 3 clean builds), gzip bytes per page template as loaded in Chromium,
// and the plan builder's and PDF renderer's own benches when present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from './staticServer.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = (cmd, args, stdout = 'ignore') => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', stdout, 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

const builds = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  run('npx', ['astro', 'build']);
  run('npx', ['pagefind', '--site', 'dist']);
  builds.push(performance.now() - t);
}
console.log(`\nBuild (astro + pagefind), median of 3: ${(median(builds) / 1000).toFixed(2)} s\n`);

const TEMPLATES = {
  home: '/',
  listing: '/resources/',
  'research briefing': '/research/why-staying-in-touch-matters/',
  'practice guide': '/guides/step-1-purpose/',
  reflection: '/voices/adopted-teenager/',
  'worked example': '/examples/infant-parent-mental-health/',
  'training session': '/training/why-staying-in-touch-matters-session/',
  glossary: '/glossary/',
  search: '/search/?q=letterbox',
  'plan builder': '/planner/',
};

const server = await startStaticServer({ root: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const rows = {};
for (const [name, path] of Object.entries(TEMPLATES)) {
  const page = await browser.newPage();
  const sizes = { html: 0, css: 0, js: 0, other: 0 };
  const pending = [];
  page.on('response', (r) =>
    pending.push(
      r.body().then(
        (b) => {
          const kind = { document: 'html', stylesheet: 'css', script: 'js' }[r.request().resourceType()] ?? 'other';
          sizes[kind] += gzipSync(b, { level: 6 }).length;
        },
        () => {},
      ),
    ),
  );
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  rows[name] = Object.fromEntries(Object.entries(sizes).map(([k, v]) => [`${k} KB gz`, +(v / 1024).toFixed(1)]));
  await page.close();
}
console.log('Bytes loaded at start, per page template (CSS is inlined into the HTML):');
console.table(rows);
await browser.close();
await server.close();

for (const script of ['scripts/bench-planner.ts', 'scripts/bench-pdf.ts']) {
  if (existsSync(script)) {
    console.log(`\n${script}:`);
    run('npx', ['tsx', script], 'inherit');
  }
}
