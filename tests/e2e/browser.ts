/**
 * Shared helpers for end-to-end tests: one Chromium per test file, a fresh profile each time,
 * and a record of every request so tests can assert nothing left the site.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** Every URL requested by any page in this context. */
  requests: string[];
  /** Content-Security-Policy violations and console errors seen in any page. */
  problems: string[];
  /** The type of every dialog any page opened (each accepted: "Leave site?" leaves). */
  dialogs: string[];
  /** The browser profile's folder, deleted by `close`. */
  profile: string;
  /** Closes the browser and keeps its profile, for looking through what it left on disk. */
  closeKeepingProfile(): Promise<void>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `serviceWorkers: 'block'` keeps the site's worker from installing, so every request reaches the
 * network, where a test can make it fail with `context.route`.
 */
export async function launch(
  options: { offline?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'sit-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    acceptDownloads: true,
    args: ARGS,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    offline: options.offline,
    serviceWorkers: options.serviceWorkers,
  });
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    requests,
    problems,
    dialogs,
    profile,
    closeKeepingProfile: () => context.close(),
    newPage: async () => context.pages().find((p) => p.url() === 'about:blank') ?? context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests to anywhere other than the local server (data: and blob: URLs are local). */
export function outsideRequests(requests: string[]): string[] {
  const origin = new URL(baseUrl()).origin;
  return requests.filter((u) => !u.startsWith(origin) && !/^(data|blob|about|chrome-extension):/.test(u));
}

/** axe-core in the real page, WCAG 2.0/2.1/2.2 A and AA. Returns a readable list of violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}

/** Waits until every React island on the page has hydrated. */
export async function waitForIslands(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}
