/**
 * PDF renderer bench, run by `npm run bench` (or `npx tsx scripts/bench-pdf.ts`): renders a typical
 * plan, a typical signed plan and a large plan (20 people, 20 arrangements, about 12,000 words)
 * 7 times each in one process, and prints the median and first (cold) render time, the PDF size and
 * the page count against the budgets. Figures vary by machine, so they are printed, not asserted.
 *
 * The budgets here (typical ≤ 250 ms and ≤ 200 KB, large ≤ 1500 ms) are tighter than the performance
 * issue's goals (a typical plan under 1 s, a large plan under 3 s), and are the ones printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadFontsNode } from '../src/planner/pdf/loadFontsNode';
import { renderPlanPdfWithDetails } from '../src/planner/pdf/renderPlanPdf';
import { parsePlanFile } from '../src/planner/schema/planFile';
import { againstGoal, median, printTable } from './bench-report';

const RUNS = 7;
const CASES = [
  { name: 'typical', path: 'tests/fixtures/plans/complete.json', budgetMs: 250, budgetKb: 200 },
  { name: 'typical, signed', path: 'tests/unit/pdf/fixtures/signed-multilingual.json', budgetMs: 250, budgetKb: 200 },
  { name: 'large', path: 'tests/fixtures/plans/large-20-people.json', budgetMs: 1500, budgetKb: undefined },
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
  if (!parsed.ok) throw new Error(`${c.path}: ${parsed.message}`);
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
  const kb = bytes / 1024;
  rows[c.name] = {
    people: plan.people.length,
    arrangements: plan.arrangements.length,
    words: words(plan),
    pages,
    'render, median': againstGoal(`${Math.round(ms)} ms`, `≤ ${c.budgetMs} ms`, ms <= c.budgetMs),
    'render, first': `${Math.round(times[0])} ms`,
    size:
      c.budgetKb === undefined
        ? `${kb.toFixed(1)} KB`
        : againstGoal(`${kb.toFixed(1)} KB`, `≤ ${c.budgetKb} KB`, kb <= c.budgetKb),
  };
}
printTable(`PDF render (pdf-lib + DejaVu Sans subset), ${RUNS} runs each, Node ${process.version}:`, rows);
