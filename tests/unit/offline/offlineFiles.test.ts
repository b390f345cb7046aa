/**
 * The service worker's precache (scripts/offlineFiles.mjs) does not grow with the hub: adding content
 * pages (and their search fragments and index chunks) leaves it as it was, while the whole-site list,
 * cached only on request, grows. Fonts and the PDF code wait until a PDF is made. The trainer set,
 * counted apart on purpose, holds every trainers' page and what they load, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import {
  languageShellFiles,
  precacheFiles,
  searchLanguageFiles,
  trainerFiles,
  urlOf,
  wholeSiteFiles,
} from '../../../scripts/offlineFiles.mjs';

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

/** A trainers' corner as the build writes it: pages under /training/ and the code and styles they load. */
function trainerSite(sessions: number): { files: string[]; texts: Record<string, string> } {
  const texts: Record<string, string> = {
    'training/index.html':
      '<link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/Keep.k1.js"></script><a href="/guides/guide-1/">A guide</a><a href="https://example.org/">elsewhere</a>',
    'training/pack/index.html':
      '<script type="module" src="/_astro/pack.p1.js"></script><a href="/planner/">builder</a><a href="#main">skip</a>',
    'training/sheets/index.html': '<a href="/training/sheets/eco-map/">Eco-map</a>',
    'training/sheets/eco-map/index.html': "<style>@font-face{src:url('/_astro/Sheet.f1.woff2')}</style>",
    '_astro/Keep.k1.js': 'import{t}from"./translate.t1.js";',
    '_astro/pack.p1.js': 'import"./translate.t1.js";const d=()=>import("./packDocument.d1.js");',
    '_astro/packDocument.d1.js': 'const m=["_astro/pack.c1.css"];',
    '_astro/pack.c1.css': '.pack{background:url(./paper.i1.svg)}',
    '_astro/translate.t1.js': 'export const t=1;',
    '_astro/PlannerShell.abc.js': 'import"./react.r1.js";',
    'planner/index.html': '<script type="module" src="/_astro/PlannerShell.abc.js"></script>',
  };
  for (let i = 0; i < sessions; i++) {
    for (const page of ['', 'present/', 'presenter/', 'handout/'])
      texts[`training/session-${i}/${page}index.html`] =
        page === 'present/' ? '<script type="module" src="/_astro/present.s1.js"></script>' : '<h1>Session</h1>';
  }
  texts['_astro/present.s1.js'] = 'import"./translate.t1.js";';
  const files = [
    ...site(40),
    ...Object.keys(texts).filter((f) => !site(40).includes(f)),
    '_astro/paper.i1.svg',
    '_astro/Sheet.f1.woff2',
    'training/feedback.csv',
  ];
  return { files, texts };
}

describe('the trainer set', () => {
  const { files, texts } = trainerSite(6);
  const set = trainerFiles(files, (f) => texts[f]);

  it('holds every page under /training/: the listing, each session with its session mode and handout, the sheets and the pack', () => {
    const trainerPages = files.filter((f) => f.startsWith('training/') && f.endsWith('/index.html'));
    expect(trainerPages).toHaveLength(4 + 6 * 4);
    expect(set).toEqual(expect.arrayContaining(trainerPages));
  });

  it('holds what those pages load, followed through imports (static and dynamic), styles and fonts', () => {
    expect(set.filter((f) => !f.endsWith('.html'))).toEqual([
      '_astro/Keep.k1.js',
      '_astro/Sheet.f1.woff2',
      '_astro/pack.c1.css',
      '_astro/pack.p1.js',
      '_astro/packDocument.d1.js',
      '_astro/paper.i1.svg',
      '_astro/present.s1.js',
      '_astro/translate.t1.js',
      'favicon.svg',
    ]);
  });

  it('leaves out the plan builder, content pages the trainers’ pages link to, and files nothing loads', () => {
    expect(
      set.filter(
        (f) => /planner|PlannerShell|react|guides|glossary|index\.html$/.test(f) && !f.startsWith('training/'),
      ),
    ).toEqual([]);
    expect(set).not.toContain('training/feedback.csv');
  });

  it('grows with the sessions while the precache stays as it was', () => {
    const more = trainerSite(9);
    expect(trainerFiles(more.files, (f) => more.texts[f]).length - set.length).toBe(3 * 4);
    expect(precacheFiles(more.files, isPdfCode)).toEqual(precacheFiles(files, isPdfCode));
  });
});

describe('the site in Welsh', () => {
  const { files, texts } = trainerSite(3);
  // The Welsh twin of every page, loading the same code.
  const welshPages = files.filter((f) => f.endsWith('.html') && f !== '404.html').map((f) => `cy/${f}`);
  const both = [...files, ...welshPages, 'cy/404.html'];
  const textsBoth = { ...texts, ...Object.fromEntries(welshPages.map((f) => [f, texts[f.slice(3)]])) };

  it('adds nothing to the precache an English reader downloads', () => {
    expect(precacheFiles(both, isPdfCode)).toEqual(precacheFiles(files, isPdfCode));
    expect(trainerFiles(both, (f) => textsBoth[f])).toEqual(trainerFiles(files, (f) => texts[f]));
  });

  it('has a shell of its own: the Welsh home, offline, 404, builder and search pages', () => {
    expect(languageShellFiles(both, 'cy').map(urlOf).sort()).toEqual([
      '/cy/',
      '/cy/404.html',
      '/cy/offline/',
      '/cy/planner/',
      '/cy/planner/template/',
      '/cy/search/',
    ]);
    expect(languageShellFiles(files, 'cy')).toEqual([]);
  });

  describe('Pagefind’s files for each language’s index', () => {
    // Pagefind writes each language's metadata, and a stemmer for English; Welsh, which it cannot stem, uses wasm.unknown.
    const WELSH_SEARCH = ['pagefind/pagefind.cy_def.pf_meta', 'pagefind/wasm.unknown.pagefind'];
    const withSearch = [...site(40), ...WELSH_SEARCH, 'pagefind/fragment/cy_0a.pf_fragment'];

    it('are in the precache for English only: a reader of one language downloads no other’s', () => {
      const precache = precacheFiles(withSearch, isPdfCode);
      expect(precache).toEqual(
        expect.arrayContaining(['pagefind/pagefind.en-gb_abc.pf_meta', 'pagefind/wasm.en-gb.pagefind']),
      );
      expect(precache.filter((f) => f.includes('cy_') || f.includes('unknown'))).toEqual([]);
    });

    it('are in the Welsh shell for Welsh: its metadata and the code for a language Pagefind cannot stem', () => {
      const shell = languageShellFiles(withSearch, 'cy');
      expect(shell.filter((f) => f.startsWith('pagefind/')).sort()).toEqual(WELSH_SEARCH);
    });

    it('take a language’s own stemmer when Pagefind has one', () => {
      expect(searchLanguageFiles(withSearch, 'en-gb')).toEqual([
        'pagefind/pagefind.en-gb_abc.pf_meta',
        'pagefind/wasm.en-gb.pagefind',
      ]);
      expect(searchLanguageFiles(site(40), 'cy')).toEqual([]);
    });
  });

  it('has a trainer set of its own: the Welsh trainers’ pages and the same code theirs load', () => {
    const english = trainerFiles(both, (f) => textsBoth[f]);
    const welsh = trainerFiles(both, (f) => textsBoth[f], 'cy');
    expect(welsh.filter((f) => f.endsWith('.html'))).toEqual(
      english.filter((f) => f.endsWith('.html')).map((f) => `cy/${f}`),
    );
    expect(welsh.filter((f) => !f.endsWith('.html'))).toEqual(english.filter((f) => !f.endsWith('.html')));
  });
});
