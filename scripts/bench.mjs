// `npm run bench`: figures that vary by machine, so they are printed, never asserted, each next to
// its goal. Build time (median of 3 clean builds, exactly as `npm run build` builds), then one script
// per area, each on the site just built: bytes per page template, search, the plan builder, the PDF.
// One bench failing does not stop the others; the command then exits non-zero.
//
// `npm run bench -- --pages 1000` builds a temporary copy of the project with 1,000 generated pages
// and their Welsh counterparts (scripts/benchSite.mjs), times its clean build against issue 18's goal
// and runs the benches that read the site's pages (bytes per template, search) on it. `--starlight`
// also builds the same pages with Starlight in both languages (scripts/benchStarlight.mjs) and prints
// how many times faster our build is. `--floor` also builds the same pages as the barest site Astro
// with MDX and Pagefind can make (scripts/benchFloor.mjs): the least any build of them can take here.
//
// Run through npm, so `astro`, `pagefind` and `tsx` resolve to node_modules/.bin and run on the
// project's Node 24 (see /work/shared/stack.md); process.execPath is that Node too.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeBenchSite } from './benchSite.mjs';

const { values: options } = parseArgs({
  options: {
    pages: { type: 'string' },
    starlight: { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
  },
});
const pages = options.pages === undefined ? 0 : Number(options.pages);
if (!Number.isInteger(pages) || pages < 0) throw new Error(`--pages takes a whole number, not ${options.pages}`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const run = (cmd, args, { cwd = '.', stdout = 'ignore' } = {}) => {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', stdout, 'inherit'] });
  if (r.error) throw r.error;
  return r;
};
/** Runs a step of the build, a command line as package.json writes it, in `cwd`; returns what it printed. */
const buildStep = (command, cwd) => {
  const r = spawnSync(command, { cwd, shell: true, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${command} failed in ${cwd}`);
  }
  return r.stdout;
};
/**
 * CPU seconds (user + system) used so far by this process's finished children, from Linux's
 * /proc/self/stat (cutime, cstime, in clock ticks of 1/100 s); NaN elsewhere. On a busy machine the
 * wall-clock time mostly says how long the build waited for a core; its CPU time says what it cost.
 */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}
/** Seconds of one of Astro's build steps from its log ("[build] ✓ Completed in 5.31s." and the like). */
const step = (log, pattern) => Number(pattern.exec(log)?.[1] ?? NaN) * 1000;

/**
 * The build's steps exactly as `npm run build` runs them (package.json), but the licence notices,
 * which do not change with the pages: Astro (with the Node options it builds with), Pagefind, the
 * service worker.
 */
const [ASTRO_BUILD, PAGEFIND, SERVICE_WORKER] = JSON.parse(readFileSync('package.json', 'utf8'))
  .scripts.build.split(' && ')
  .filter((command) => command !== 'npm run notices');

/** Three clean builds of the project at `cwd` (its output and caches deleted first); returns each one's times. */
function timeBuilds(cwd) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      rmSync(join(cwd, dir), { recursive: true, force: true });
    const cpu0 = childCpu();
    const t0 = performance.now();
    const log = buildStep(ASTRO_BUILD, cwd);
    const t1 = performance.now();
    buildStep(PAGEFIND, cwd);
    const t2 = performance.now();
    buildStep(SERVICE_WORKER, cwd);
    const t3 = performance.now();
    runs.push({
      total: t3 - t0,
      cpu: childCpu() - cpu0,
      astro: t1 - t0,
      content: step(log, /Collecting build info\.\.\.\s*\n.*Completed in ([\d.]+)s/),
      bundling: [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 1000, 0),
      rendering: step(log, /\n\S+ ✓ Completed in ([\d.]+)s\./),
      pagefind: t2 - t1,
      serviceWorker: t3 - t2,
    });
  }
  return runs;
}

/** The build's figures: the median run's total, and the median of each step. */
function printBuilds(title, runs, goal) {
  const total = median(runs.map((r) => r.total));
  console.log(
    `\n${title}: ${goal ? goal(total) : `${s(total)}  (no goal set)`}  (runs: ${runs.map((r) => s(r.total)).join(', ')})`,
  );
  const steps = ['cpu', 'astro', 'content', 'bundling', 'rendering', 'pagefind', 'serviceWorker'];
  const names = {
    cpu: 'CPU time (user + system)',
    astro: 'astro build, of which',
    content: '  content and start-up',
    bundling: '  bundling (vite)',
    rendering: '  rendering pages',
    pagefind: 'pagefind',
    serviceWorker: 'service worker',
  };
  console.log(
    `  (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores: wall-clock times include waiting for one)`,
  );
  for (const k of steps) console.log(`  ${names[k].padEnd(24)} ${s(median(runs.map((r) => r[k])))}`);
  console.log('');
  return total;
}

const againstGoal = (figure, goal, ok) => `${figure}  (goal ${goal}) ${ok ? '✓' : '✗'}`;
let cwd = '.';
if (pages) {
  const site = makeBenchSite(pages);
  cwd = site.root;
  const made = Object.entries(site.counts)
    .map(([c, n]) => `${n} ${c}`)
    .join(', ');
  console.log(`Generated ${pages} pages (${made}) and a Welsh page for each but the sessions, in ${cwd}`);
  const builds = timeBuilds(cwd);
  const ours = printBuilds(
    `Clean build of ${pages} generated pages and their Welsh pages (astro + pagefind + service worker), median of 3`,
    builds,
    (ms) => againstGoal(s(ms), '≤ 15 s, with Welsh', ms <= 15_000),
  );
  if (options.starlight) {
    const { buildStarlight, installStarlight, STARLIGHT } = await import('./benchStarlight.mjs');
    installStarlight();
    const cpu0 = childCpu();
    const theirs = median(buildStarlight(cwd, 3));
    const theirCpu = (childCpu() - cpu0) / 3;
    const ourCpu = median(builds.map((r) => r.cpu));
    const ratio = theirs / ours;
    console.log(
      `Starlight ${STARLIGHT}, the same generated pages in English and Welsh, median of 3: ${s(theirs)} (CPU ${s(theirCpu)} a build)`,
    );
    console.log(
      `  ours is ${againstGoal(`${ratio.toFixed(2)}× faster`, '≥ 1.5×', ratio >= 1.5)}; by CPU time ${(theirCpu / ourCpu).toFixed(2)}×\n`,
    );
  }
  if (options.floor) {
    const { buildFloor } = await import('./benchFloor.mjs');
    const cpu0 = childCpu();
    const floor = median(buildFloor(cwd, 3));
    const floorCpu = (childCpu() - cpu0) / 3;
    console.log(
      `The stack's floor: the same generated pages as a bare Astro + MDX site (one template, no layout), then Pagefind, median of 3: ${s(floor)} (CPU ${s(floorCpu)} a build)`,
    );
    console.log(
      `  ours takes ${(ours / floor).toFixed(2)}× the floor (CPU ${(median(builds.map((r) => r.cpu)) / floorCpu).toFixed(2)}×); a goal below the floor cannot be met with Astro and Pagefind\n`,
    );
  }
} else {
  printBuilds('Build (astro + pagefind + service worker), median of 3', timeBuilds(cwd));
}

// Each bench runs on the site just built; at scale, only those whose figures depend on the number of pages.
const BENCHES = pages
  ? ['scripts/bench-pages.ts', 'scripts/bench-search.ts']
  : [
      'scripts/bench-pages.ts',
      'scripts/bench-search.ts',
      'scripts/bench-planner.ts',
      'scripts/bench-pdf.ts',
      'scripts/bench-family.ts',
      'scripts/bench-letters.ts',
    ];
const failed = [];
for (const script of BENCHES) {
  if (run('tsx', [script], { cwd, stdout: 'inherit' }).status !== 0) {
    failed.push(script);
    console.error(`${script} failed; its figures are missing above.`);
  }
  console.log('');
}
if (pages) rmSync(cwd, { recursive: true, force: true });
if (failed.length) {
  console.error(`Bench failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
