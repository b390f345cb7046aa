/**
 * Shared by the bench scripts (`npm run bench`): Chromium as the benches launch it, the statistics
 * they print, and one way of printing a figure next to its goal — `18.2 ms  (goal < 50 ms) ✓`.
 * Figures vary by machine and by load, so they are printed, never asserted.
 */
import { chromium, type Browser } from 'playwright-core';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

/** A figure, its goal and whether it meets it: `18.2 ms  (goal < 50 ms) ✓`. */
export const againstGoal = (figure: string, goal: string, ok: boolean) => `${figure}  (goal ${goal}) ${ok ? '✓' : '✗'}`;

/** Debian's Chromium, headless, with nothing talking to the network but the pages under test. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Prints rows as a plain aligned table: the row names in the first column, then one column per key.
 * (console.table quotes every string, which makes `18.2 ms  (goal < 50 ms) ✓` hard to read.)
 */
export function printTable(title: string, rows: Record<string, Record<string, string | number>>): void {
  const columns = [...new Set(Object.values(rows).flatMap((r) => Object.keys(r)))];
  const table = [
    ['', ...columns],
    ...Object.entries(rows).map(([name, row]) => [name, ...columns.map((c) => String(row[c] ?? '—'))]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((line) => [...line[i]].length)));
  console.log(title);
  for (const [i, line] of table.entries()) {
    console.log(`  ${line.map((cell, j) => cell + ' '.repeat(widths[j] - [...cell].length)).join('   ')}`.trimEnd());
    if (i === 0) console.log(`  ${widths.map((w) => '─'.repeat(w)).join('   ')}`);
  }
}
