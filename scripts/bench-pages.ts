/**
 * Bytes each page template loads at start, gzip level 6, as Chromium fetches them from the built
 * site (dist/), run by `npm run bench`. JavaScript counts script files and inline scripts (the
 * plan builder's island loader), as tests/e2e/planner-budget.test.ts and budgets.test.ts count them.
 * Goals: content pages 0 KB of JavaScript (and ≤ 14 KB gzip of HTML + CSS, from budgets.test.ts); a
 * trainer's page only the script that keeps the trainer set offline, ≤ 3 KB gzip (budgets.test.ts); the
 * plan builder's initial JavaScript ≤ 120 KB gzip, issue 18's goal (its test holds the same budget).
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { againstGoal, launchChromium, printTable } from './bench-report';
import { startStaticServer } from './staticServer.mjs';

const KB = 1024;
const kb = (bytes: number) => (bytes / KB).toFixed(1);

/**
 * Name, path and goal. `content` pages ship no JavaScript, a `trainer` page only its offline script; the
 * search page has its own script and no goal.
 */
const TEMPLATES: [name: string, path: string, kind: 'content' | 'trainer' | 'search' | 'builder'][] = [
  ['home', '/', 'content'],
  ['listing', '/resources/', 'content'],
  ['research briefing', '/research/why-staying-in-touch-matters/', 'content'],
  ['practice guide', '/guides/step-1-purpose/', 'content'],
  ['reflection', '/voices/adopted-teenager/', 'content'],
  ['worked example', '/examples/infant-parent-mental-health/', 'content'],
  ['training session', '/training/why-staying-in-touch-matters-session/', 'trainer'],
  ['glossary', '/glossary/', 'content'],
  ['search', '/search/?q=letterbox', 'search'],
  ['plan builder', '/planner/', 'builder'],
];

const server = await startStaticServer({ root: 'dist', port: 0 });
const browser = await launchChromium();

/** Loads `path` in a fresh context and sums the gzip bytes of what it fetched, by kind. */
async function weigh(page: Page, path: string, settled: (page: Page) => Promise<void>) {
  const sizes = { html: 0, css: 0, js: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (r) =>
    pending.push(
      r.body().then(
        (b) => {
          const kind = ({ document: 'html', stylesheet: 'css', script: 'js' } as const)[r.request().resourceType()];
          sizes[kind ?? 'other'] += gzipSync(b, { level: 6 }).length;
        },
        () => {},
      ),
    ),
  );
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await settled(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  return { ...sizes, inlineJs: inline ? gzipSync(Buffer.from(inline), { level: 6 }).length : 0 };
}

const rows: Record<string, Record<string, string>> = {};
for (const [name, path, kind] of TEMPLATES) {
  const context = await browser.newContext();
  if (kind === 'builder') {
    // The builder's first view for someone who has answered "Is this a shared or public computer?"
    // (as planner-budget.test.ts measures it): the plans list, with its code.
    await context.addInitScript(() => {
      if (!localStorage.getItem('staying-in-touch:settings'))
        localStorage.setItem('staying-in-touch:settings', JSON.stringify({ deviceMode: 'personal' }));
    });
  }
  const page = await context.newPage();
  const s = await weigh(page, path, async (p) => {
    if (kind === 'builder') await p.getByRole('heading', { level: 1, name: 'Your plans' }).waitFor();
  });
  const js = s.js + s.inlineJs;
  rows[name] = {
    'HTML KB': kb(s.html),
    'CSS files KB': kb(s.css),
    'other KB': kb(s.other),
    'JavaScript KB (files + inline)':
      kind === 'content'
        ? againstGoal(kb(js), '0 KB', js === 0)
        : kind === 'trainer'
          ? againstGoal(kb(js), '≤ 3 KB', js <= 3 * KB)
          : kind === 'builder'
            ? againstGoal(kb(js), '≤ 120 KB', js <= 120 * KB)
            : `${kb(js)}  (no goal: its own search script)`,
    'HTML + CSS KB':
      kind === 'content' || kind === 'trainer'
        ? againstGoal(kb(s.html + s.css), '≤ 14 KB', s.html + s.css <= 14 * KB)
        : kb(s.html + s.css),
  };
  await context.close();
}
printTable('Bytes loaded at start, per page template (gzip level 6; CSS is inlined into the HTML):', rows);

await browser.close();
await server.close();
