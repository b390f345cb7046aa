// `npm run bench`: figures that vary by machine, so they are printed, never asserted, each next to
// its goal. Build time (median of 3 builds, exactly as `npm run build` builds), then one script per
// area, each on the site just built: bytes per page template, search, the plan builder, the PDF.
// One bench failing does not stop the others; the command then exits non-zero.
//
// Run through npm, so `astro`, `pagefind` and `tsx` resolve to node_modules/.bin and run on the
// project's Node 24 (see /work/shared/stack.md); process.execPath is that Node too.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = (cmd, args, stdout = 'ignore') => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', stdout, 'inherit'] });
  if (r.error) throw r.error;
  return r.status === 0;
};
const must = (cmd, args) => {
  if (!run(cmd, args)) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

const builds = [];
for (let i = 0; i < 3; i++) {
  rmSync('dist', { recursive: true, force: true });
  const t = performance.now();
  must('astro', ['build']);
  must('pagefind', ['--site', 'dist']);
  must(process.execPath, ['scripts/build-sw.mjs']);
  builds.push(performance.now() - t);
}
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `\nBuild (astro + pagefind + service worker), median of 3: ${s(median(builds))}  (no goal set; runs: ${builds.map(s).join(', ')})\n`,
);

const BENCHES = [
  'scripts/bench-pages.ts',
  'scripts/bench-search.ts',
  'scripts/bench-planner.ts',
  'scripts/bench-pdf.ts',
  'scripts/bench-family.ts',
  'scripts/bench-letters.ts',
];
const failed = [];
for (const script of BENCHES) {
  if (!run('tsx', [script], 'inherit')) {
    failed.push(script);
    console.error(`${script} failed; its figures are missing above.`);
  }
  console.log('');
}
if (failed.length) {
  console.error(`Bench failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
