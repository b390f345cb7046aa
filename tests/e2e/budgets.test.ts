/**
 * Byte budgets, measured in the browser: what a page actually downloads at load.
 * Content pages: 0 bytes of JavaScript, HTML + CSS ≤ 14 KB gzip. Trainers' pages: only the script that
 * keeps the trainer set offline (and, on a handout or sheet, the lines that keep its print style in the
 * address), ≤ 3 KB gzip. Session mode's two windows: ≤ 12 KB gzip of JavaScript each;
 * the trainers' tools (a session's feedback, the day agenda): ≤ 8 KB gzip each.
 * The offline copy installed on a first visit to the builder or search: ≤ 500 KB gzip.
 * Every listing page: at most 50 resources and ≤ 14 KB gzip, however many resources the hub holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { baseUrl, useBrowser } from './browser';

const browser = useBrowser();

/** Loads a page and returns gzip bytes of each kind of resource it fetched. */
async function weigh(path: string) {
  const page = await browser.newPage();
  const bodies: { type: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    pending.push(
      r.body().then(
        (b) => {
          bodies.push({ type: r.request().resourceType(), bytes: gzipSync(b, { level: 6 }).length });
        },
        () => {},
      ),
    );
  });
  await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await page.close();
  const sum = (types: string[]) => bodies.filter((b) => types.includes(b.type)).reduce((s, b) => s + b.bytes, 0);
  return { js: sum(['script']), htmlCss: sum(['document', 'stylesheet']) };
}

const CONTENT_PAGES = [
  '/',
  '/resources/',
  '/research/',
  '/glossary/',
  '/about/',
  '/privacy/',
  '/research/why-staying-in-touch-matters/',
  '/guides/step-1-purpose/',
  '/voices/adopted-teenager/',
  '/examples/infant-parent-mental-health/',
];

describe('content page budgets', () => {
  it.each(CONTENT_PAGES)('%s ships no JavaScript and ≤ 14 KB gzip of HTML + CSS', async (path) => {
    const { js, htmlCss } = await weigh(path);
    expect(js).toBe(0);
    expect(htmlCss).toBeLessThanOrEqual(14 * 1024);
  });

  it('the search page loads its script (and only on that page)', async () => {
    const { js } = await weigh('/search/?q=letterbox');
    expect(js).toBeGreaterThan(0);
  });
});

describe("trainers' pages", () => {
  // Any page under /training/ keeps the whole trainer set offline (issue 17), so a trainer's first stop,
  // wherever it is, is enough; that takes a few lines of script and nothing more.
  it.each([
    '/training/why-staying-in-touch-matters-session/',
    '/training/why-staying-in-touch-matters-session/handout/',
    '/training/sheets/eco-map/',
    // The certificate adds only the few lines that write its date in the page's language.
    '/training/why-staying-in-touch-matters-session/certificate/',
  ])('%s ships ≤ 3 KB gzip of JavaScript and ≤ 14 KB gzip of HTML + CSS', async (path) => {
    const { js, htmlCss } = await weigh(path);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(3 * 1024);
    expect(htmlCss).toBeLessThanOrEqual(14 * 1024);
  });
});

describe('session mode budgets', () => {
  // Both windows run on a trainer's laptop, often on a venue's weak connection: the step logic, the
  // timers, the clock and the sync between windows fit in a few KB, with no framework.
  it.each([
    '/training/why-staying-in-touch-matters-session/present/',
    '/training/why-staying-in-touch-matters-session/presenter/',
  ])('%s ships ≤ 12 KB gzip of JavaScript', async (path) => {
    const { js } = await weigh(path);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(12 * 1024);
  });
});

describe("trainers' tools", () => {
  // Tools a trainer works in, so they need a script (content pages stay at none): kept small, with no framework.
  it.each(['/training/why-staying-in-touch-matters-session/feedback/', '/training/agenda/'])(
    '%s ships ≤ 8 KB gzip of JavaScript and ≤ 14 KB gzip of HTML + CSS',
    async (path) => {
      const { js, htmlCss } = await weigh(path);
      expect(js).toBeGreaterThan(0);
      expect(js).toBeLessThanOrEqual(8 * 1024);
      expect(htmlCss).toBeLessThanOrEqual(14 * 1024);
    },
  );
});

describe('the offline copy installed on a first visit to the builder or search', () => {
  /** The built service worker's precache list, and each file's gzip size. */
  const precached = () => {
    const worker = readFileSync('dist/sw.js', 'utf8');
    const urls = JSON.parse(/const PRECACHE = (\[.*?\]);/s.exec(worker)![1]) as string[];
    return urls.map((url) => ({
      url,
      bytes: gzipSync(readFileSync(`dist${url.endsWith('/') ? `${url}index.html` : url}`)).length,
    }));
  };

  it('is at most 500 KB gzip: code for features used now and then is kept only once used', () => {
    const files = precached();
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    expect(total, files.map((f) => `${f.url} ${f.bytes}`).join('\n')).toBeLessThanOrEqual(500_000);
    // The PDF code and the passphrase strength estimator, each far above the budget on its own.
    expect(files.filter((f) => /renderPlanPdf|pdfReaderWorker|passphraseEstimator/.test(f.url))).toEqual([]);
  });
});

describe('listing pages', () => {
  // A listing is in pages of 50 (issue 18), so no listing page grows with the hub: each is checked as
  // built (HTML with its CSS inlined, gzip), in both languages, with no browser.
  const LISTINGS =
    /^(cy\/)?(resources|sections\/[^/]+|topics\/[^/]+|audiences\/[^/]+|research|guides|voices|examples|training)\/(page\/\d+\/)?index\.html$/;
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => LISTINGS.test(file));

  it('each lists at most 50 resources in ≤ 14 KB gzip', () => {
    expect(pages).toContain('resources/page/2/index.html');
    expect(pages).toContain('cy/resources/page/2/index.html');
    const over = pages.flatMap((file) => {
      const html = readFileSync(`dist/${file}`);
      const items = html.toString().split('<li><h2 class="resource-list__title"').length - 1;
      const bytes = gzipSync(html, { level: 6 }).length;
      return items > 50 || bytes > 14 * 1024 ? [`${file}: ${items} resources, ${bytes} bytes gzip`] : [];
    });
    expect(over).toEqual([]);
  });
});
