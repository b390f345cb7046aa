/**
 * The service worker's precache (scripts/offlineFiles.mjs) does not grow with the hub: adding content
 * pages (and their search fragments and index chunks) leaves it as it was, while the whole-site list,
 * cached only on request, grows. Fonts and the PDF code wait until a PDF is made.
 */
import { describe, expect, it } from 'vitest';
import { precacheFiles, urlOf, wholeSiteFiles } from '../../../scripts/offlineFiles.mjs';

/** A built site's files with `pages` content pages, as build-sw.mjs lists them. */
function site(pages: number): string[] {
  const content = Array.from({ length: pages }, (_, i) => [
    `guides/guide-${i}/index.html`,
    `pagefind/fragment/en-gb_${i.toString(16).padStart(7, '0')}.pf_fragment`,
  ]).flat();
  const indexChunks = Array.from({ length: Math.ceil(pages / 20) }, (_, i) => `pagefind/index/en-gb_${i}.pf_index`);
  return [
    'index.html',
    '404.html',
    'offline/index.html',
    'planner/index.html',
    'planner/template/index.html',
    'search/index.html',
    'glossary/index.html',
    'favicon.svg',
    'sw.js',
    '_headers',
    'sitemap-0.xml',
    'third-party-notices.txt',
    'schemas/plan-v1.json',
    'schemas/plan-v2.json',
    '_astro/PlannerShell.abc.js',
    '_astro/client.def.js',
    '_astro/renderPlanPdf.123.js',
    '_astro/DejaVuSans.456.ttf',
    'pagefind/pagefind.js',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind.en-gb_abc.pf_meta',
    'pagefind/wasm.en-gb.pagefind',
    ...content,
    ...indexChunks,
  ];
}
const isPdfCode = (f: string) => f.includes('renderPlanPdf');

describe('the precache', () => {
  it('is the same list for 40 content pages as for 50, and for 1,000', () => {
    const forty = precacheFiles(site(40), isPdfCode);
    expect(precacheFiles(site(50), isPdfCode)).toEqual(forty);
    expect(precacheFiles(site(1000), isPdfCode)).toEqual(forty);
  });

  it('holds the app shell, the builder, search and their code, and not fonts or the PDF code', () => {
    const urls = precacheFiles(site(40), isPdfCode).map(urlOf);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/',
        '/404.html',
        '/offline/',
        '/planner/',
        '/planner/template/',
        '/search/',
        '/favicon.svg',
        '/_astro/PlannerShell.abc.js',
        '/_astro/client.def.js',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind.en-gb_abc.pf_meta',
        '/pagefind/wasm.en-gb.pagefind',
      ]),
    );
    expect(urls.filter((u) => /renderPlanPdf|\.ttf|guides|glossary|pf_fragment|pf_index|pagefind-ui/.test(u))).toEqual(
      [],
    );
  });
});

describe('the whole site, cached on request', () => {
  it('grows with the pages and leaves out server files, the schemas and the licence notices', () => {
    // Ten pages, their ten fragments and one more index chunk.
    expect(wholeSiteFiles(site(50)).length - wholeSiteFiles(site(40)).length).toBe(21);
    const whole = wholeSiteFiles(site(40));
    for (const never of [
      'sw.js',
      '_headers',
      'sitemap-0.xml',
      'third-party-notices.txt',
      'schemas/plan-v1.json',
      'schemas/plan-v2.json',
    ])
      expect(whole).not.toContain(never);
    expect(wholeSiteFiles(site(40))).toEqual(
      expect.arrayContaining(['_astro/DejaVuSans.456.ttf', 'glossary/index.html']),
    );
  });
});
