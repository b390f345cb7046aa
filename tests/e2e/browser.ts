/**
 * One Chromium per test file, a fresh profile each time, a record of every request, and the checks every
 * file ends with.
 *
 * Start a test file with
 *
 *     const browser = useBrowser();
 *
 * at its top level (not inside a test or hook). The browser launches in `beforeAll`; use it in tests
 * and hooks. In `afterAll` it is checked and closed: no request left the site, and no page logged a
 * console error, a page error or a Content-Security-Policy violation (Chromium reports those as console
 * errors). A file that provokes errors on purpose names exactly those, and only those are let through:
 *
 *     const browser = useBrowser({ expectedProblems: [/ERR_INTERNET_DISCONNECTED/] });
 *
 * Launch options go in the same object (`useBrowser({ serviceWorkers: 'block' })`). A file that needs a
 * browser of its own in some tests (a fresh profile, another site) calls `useBrowsers()` once and then
 * `await browsers.launch()` in each test; each such browser gets the same end-of-file checks. A test may
 * close its browser early; the checks still run at the end of the file.
 *
 * `axeViolations(page)` runs axe-core in the page (WCAG 2.0, 2.1 and 2.2 A and AA).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogue';

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
  /** The origin this browser's pages belong to: any request elsewhere left the site. */
  site: string;
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

export interface LaunchOptions {
  offline?: boolean;
  /**
   * `'block'` keeps the site's worker from installing, so every request reaches the network, where a
   * test can make it fail with `context.route`.
   */
  serviceWorkers?: 'allow' | 'block';
  /** The site's origin when it is not the test server's (a copy of the site served elsewhere). */
  site?: string;
}

export interface EndCheckOptions {
  /** The console errors this file provokes on purpose, each by a pattern; every other one fails the file. */
  expectedProblems?: RegExp[];
}

async function launch(options: LaunchOptions = {}): Promise<Browser> {
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
    site: new URL(options.site ?? baseUrl()).origin,
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

/** Requests to anywhere other than `site` (the test server by default); data: and blob: URLs are local. */
export function outsideRequests(requests: string[], site = baseUrl()): string[] {
  const origin = new URL(site).origin;
  return requests.filter((u) => !u.startsWith(origin) && !/^(data|blob|about|chrome-extension):/.test(u));
}

/** The end-of-file checks, then the browser closed (even when a check fails). */
async function checkAndClose(browser: Browser, expected: RegExp[]) {
  try {
    expect(outsideRequests(browser.requests, browser.site), 'requests that left the site').toEqual([]);
    expect(
      browser.problems.filter((p) => !expected.some((e) => e.test(p))),
      'console errors, page errors and CSP violations',
    ).toEqual([]);
  } finally {
    await browser.close();
  }
}

/**
 * Browsers launched by the tests of this file, each checked and closed at the end of the file.
 * Call at the top level of the file.
 */
export function useBrowsers(checks: EndCheckOptions = {}): { launch(options?: LaunchOptions): Promise<Browser> } {
  const launched: Browser[] = [];
  afterAll(async () => {
    const failures: unknown[] = [];
    for (const browser of launched.splice(0)) {
      await checkAndClose(browser, checks.expectedProblems ?? []).catch((e: unknown) => failures.push(e));
    }
    if (failures.length) throw failures[0];
  });
  return {
    launch: async (options) => {
      const browser = await launch(options);
      launched.push(browser);
      return browser;
    },
  };
}

/** This file's browser: launched before its first test, checked and closed after its last (see above). */
export function useBrowser(options: LaunchOptions & EndCheckOptions = {}): Browser {
  const browsers = useBrowsers(options);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await browsers.launch(options);
  });
  const current = (): Browser => {
    if (!browser) throw new Error('useBrowser(): the browser launches in beforeAll; use it in tests and hooks');
    return browser;
  };
  return new Proxy({} as Browser, { get: (_, key) => Reflect.get(current(), key) });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/**
 * axe-core in the real page, WCAG 2.0/2.1/2.2 A and AA. Returns a readable list of violations, and
 * of any message key shown instead of its words (a language's words that did not load).
 * axe is put into the page once per page load; a page with frames is refused, as axe would not see into them.
 * Animations that end are waited for first.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const frames = page.frames().length - 1;
  if (frames > 0) throw new Error(`axeViolations: ${page.url()} has ${frames} frame(s), which axe would not check`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Check the page at rest: text fading in is part transparent, so its contrast is not yet its own.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe
        .run(document, options)
        .then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target) }))),
    AXE_OPTIONS,
  );
  return [
    ...violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.targets
          .map((t) => t.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    ),
    ...(await untranslatedKeys(page)).map((key) => `untranslated: "${key}" is shown instead of its words`),
  ];
}

/** Every message key: shown on a page instead of its words, it is a word that did not load. */
const MESSAGE_KEYS = new Set(Object.keys(CATALOGUES.en));

/**
 * Catalogue keys shown instead of their words (a translator without that area's words returns the
 * key): in the page's text, its title and the names and hints of its controls and images.
 */
async function untranslatedKeys(page: Page): Promise<string[]> {
  const text = await page.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''),
      ),
    ].join('\n'),
  );
  const tokens = new Set(text.split(/[^A-Za-z0-9_.]+/).map((token) => token.replace(/\.+$/, '')));
  return [...tokens].filter((token) => MESSAGE_KEYS.has(token));
}

/** Waits until every React island on the page has hydrated. */
export async function waitForIslands(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}
