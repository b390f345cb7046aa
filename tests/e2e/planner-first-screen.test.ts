/**
 * The plan builder's first screen on a first visit (issue 18), in English and in Welsh: nothing on the
 * page moves when "Loading…" gives way to the device question (cumulative layout shift < 0.05, from
 * Chromium's own layout-shift entries), and every script that screen needs is named in the HTML, so all
 * are requested as the page is read instead of one layer of imports after another.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translator } from '../../src/i18n/translator';
import { baseUrl, useBrowser } from './browser';

const browser = useBrowser();

/** Each language's builder and its first question, from the catalogue. */
const PAGES = [
  ['/planner/', translator('en').t('privacy.question.title')],
  ['/cy/planner/', translator('cy').t('privacy.question.title')],
] as const;

/** The sum of the page's layout shifts not caused by input, and what moved, from the buffered entries. */
const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        const observer = new PerformanceObserver(() => {});
        observer.observe({ type: 'layout-shift', buffered: true });
        // The buffered entries arrive with the first callback; takeRecords has them synchronously too.
        queueMicrotask(() => {
          type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
          const shifts = (observer.takeRecords() as Shift[]).filter((e) => !e.hadRecentInput);
          observer.disconnect();
          resolve({
            total: shifts.reduce((sum, e) => sum + e.value, 0),
            moved: shifts.flatMap((e) =>
              (e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML.slice(0, 80) ?? '?'),
            ),
          });
        });
      }),
  );

for (const [path, question] of PAGES)
  for (const [name, viewport] of [
    ['a laptop', { width: 1366, height: 650 }],
    ['a phone', { width: 412, height: 823 }],
  ] as const) {
    it(`first load of ${path} on ${name}: the device question replaces "Loading…" without moving the page (CLS < 0.05)`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1, name: question }).waitFor();
      await page.waitForLoadState('networkidle');
      const { total, moved } = await layoutShifts(page);
      console.log(
        `CLS of ${path} on ${name}: ${total.toFixed(4)}${moved.length ? ` (moved: ${moved.join(' | ')})` : ''}`,
      );
      expect(total).toBeLessThan(0.05);
      await page.close();
    });
  }

it.each(PAGES)(
  'every script the first screen of %s runs is named in the HTML, so none waits for another to arrive',
  async (path, question) => {
    const html = await (await fetch(`${baseUrl()}${path}`)).text();
    const named = new Set(
      [...html.matchAll(/(?:modulepreload" href|component-url|renderer-url|<script type="module" src)="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    const page = await browser.context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseUrl()}${path}`);
    await page.getByRole('heading', { level: 1, name: question }).waitFor();
    const firstScreen = [...scripts];
    expect(firstScreen.length).toBeGreaterThan(5);
    expect(firstScreen.filter((s) => !named.has(s))).toEqual([]);
    // Its first control is there to use.
    await expect.poll(() => page.getByRole('radio').count()).toBeGreaterThan(1);
    await page.close();
  },
);
