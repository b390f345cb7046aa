/**
 * PDF renderer bench, run by `npm run bench` (or `npx tsx scripts/bench-pdf.ts`): renders a typical
 * plan, a typical signed plan and a large plan (62 pages: 20 people, 20 arrangements, about 12,000
 * words) 9 times each in one process, and prints the median and first (cold) render time, the PDF
 * size and the page count against the performance issue's goals for tagged, archival PDFs: a
 * typical plan ≤ 80 ms, a 50-page plan ≤ 160 ms, their files at most 1.3× their size before
 * tagging (tests/unit/pdf/pdfSizeBudgets.ts) — still ahead of Chromium's print-to-PDF (87 ms /
 * 316 ms, 150 KB / 643 KB measured). Times vary by machine and by load (the load average is
 * printed with them), so they are printed, never asserted; the sizes are held by a unit test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadFontsNode } from '../src/planner/pdf/loadFontsNode';
import { renderPlanPdfWithDetails } from '../src/planner/pdf/renderPlanPdf';
import { parsePlanFile } from '../src/planner/schema/planFile';
import { PDF_SIZE_BEFORE_TAGGING, SIZE_GOAL_PLANS, TAGGED_SIZE_FACTOR } from '../tests/unit/pdf/pdfSizeBudgets';
import { againstGoal, median, printTable } from './bench-report';

const RUNS = 9;
const CASES = [
  { name: 'typical', path: 'tests/fixtures/plans/complete.json', goalMs: 80 },
  { name: 'typical, signed', path: 'tests/unit/pdf/fixtures/signed-multilingual.json', goalMs: 80 },
  { name: 'large (50+ pages)', path: 'tests/fixtures/plans/large-20-people.json', goalMs: 160 },
];

const words = (v: unknown): number =>
  typeof v === 'string'
    ? v.split(/\s+/).filter(Boolean).length
    : Array.isArray(v)
      ? v.reduce((n: number, x) => n + words(x), 0)
      : v && typeof v === 'object'
        ? Object.values(v).reduce((n: number, x) => n + words(x), 0)
        : 0;

const fonts = await loadFontsNode();
const rows: Record<string, Record<string, string | number>> = {};
for (const c of CASES) {
  if (!existsSync(c.path)) {
    console.log(`Skipped ${c.name}: ${c.path} not found`);
    continue;
  }
  const parsed = parsePlanFile(readFileSync(c.path, 'utf8'));
  if (!parsed.ok) throw new Error(`${c.path}: ${JSON.stringify(parsed.message)}`);
  const plan = parsed.plan;
  const times: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await renderPlanPdfWithDetails(plan, { fonts, nameStyle: 'full', now: new Date('2026-11-23T10:00:00Z') });
    times.push(performance.now() - t);
    bytes = r.bytes.length;
    pages = r.pageCount;
  }
  const ms = median(times);
  const before = PDF_SIZE_BEFORE_TAGGING[c.path];
  const limit = before * TAGGED_SIZE_FACTOR;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ratio = `${(bytes / before).toFixed(2)}× ${kb(before)}`;
  rows[c.name] = {
    people: plan.people.length,
    arrangements: plan.arrangements.length,
    words: words(plan),
    pages,
    'render, median': againstGoal(`${Math.round(ms)} ms`, `≤ ${c.goalMs} ms`, ms <= c.goalMs),
    'render, first': `${Math.round(times[0])} ms`,
    size: SIZE_GOAL_PLANS.includes(c.path)
      ? againstGoal(`${kb(bytes)} = ${ratio}`, `≤ ${TAGGED_SIZE_FACTOR}×`, bytes <= limit)
      : `${kb(bytes)} = ${ratio}  (no goal)`,
  };
}
printTable(
  `PDF render (pdf-lib + DejaVu Sans subset), ${RUNS} runs each, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}; size against the size before tagging:`,
  rows,
);
