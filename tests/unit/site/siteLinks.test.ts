/** The sitemap sweep's pure logic: which pages each shard visits, and which links of a page are broken. */
import { describe, expect, it } from 'vitest';
import {
  brokenLinks,
  htmlIds,
  servedFile,
  shardCount,
  shardNumber,
  shareOf,
  sitemapPaths,
  welshPageLeaks,
  type BuiltSite,
} from '../../e2e/siteLinks';

describe('sitemapPaths', () => {
  it('reads every sitemap the index lists, dropping the origin', () => {
    const files: Record<string, string> = {
      'sitemap-index.xml':
        '<sitemapindex><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap>' +
        '<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap></sitemapindex>',
      'sitemap-0.xml': '<urlset><url><loc>https://example.org/</loc></url><url><loc>https://example.org/a/</loc></url>',
      'sitemap-1.xml': '<urlset><url><loc>https://example.org/b/c/</loc></url></urlset>',
    };
    expect(sitemapPaths((f) => files[f])).toEqual(['/', '/a/', '/b/c/']);
  });
});

describe('shards', () => {
  it('takes the number from the file name', () => {
    expect(shardNumber('site-pages-1.test.ts')).toBe(1);
    expect(shardNumber('site-pages-12.test.ts')).toBe(12);
    expect(shardNumber('site.test.ts')).toBeUndefined();
    expect(shardNumber('site-pages-1.ts')).toBeUndefined();
  });

  it('counts the shard files among others, and refuses a gap in their numbers', () => {
    expect(shardCount(['site.test.ts', 'site-pages-2.test.ts', 'site-pages-1.test.ts', 'siteLinks.ts'])).toBe(2);
    expect(() => shardCount(['site-pages-1.test.ts', 'site-pages-3.test.ts'])).toThrow(/no gap/);
    expect(shardCount(['site.test.ts'])).toBe(0);
  });

  it('gives every item to exactly one shard, in turn', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const shares = [1, 2, 3].map((n) => shareOf(items, n, 3));
    expect(shares).toEqual([
      ['a', 'd', 'g'],
      ['b', 'e'],
      ['c', 'f'],
    ]);
    expect(shares.flat().sort()).toEqual(items);
    expect(() => shareOf(items, 4, 3)).toThrow(/no shard 4 of 3/);
    expect(() => shareOf(items, 0, 3)).toThrow();
  });
});

describe('servedFile', () => {
  const files = new Set(['index.html', 'about/index.html', 'plan.schema.json', 'a b/index.html', '404.html']);
  it('answers folders with their index.html and files as themselves', () => {
    expect(servedFile('/', files)).toBe('index.html');
    expect(servedFile('/about/', files)).toBe('about/index.html');
    expect(servedFile('/about', files)).toBe('about/index.html');
    expect(servedFile('/plan.schema.json', files)).toBe('plan.schema.json');
    expect(servedFile('/a%20b/', files)).toBe('a b/index.html');
    expect(servedFile('/about/../index.html', files)).toBe('index.html');
  });
  it('finds nothing where the server answers 404', () => {
    expect(servedFile('/missing/', files)).toBeUndefined();
    expect(servedFile('/plan.schema.json/', files)).toBeUndefined();
    expect(servedFile('/%E0%A4%A', files)).toBeUndefined();
  });
});

describe('htmlIds', () => {
  it('reads ids quoted either way or not at all, and decodes entities', () => {
    const html = `<h2 id="one">x</h2><div class="a" id='two'></div><p id=three>t</p>
      <section data-id="not-an-id" id="a&amp;b"></section><span ID="Four&#x2019;s"></span>`;
    expect([...htmlIds(html)].sort()).toEqual(['Four’s', 'a&b', 'one', 'three', 'two']);
  });
  it('ignores id= in text', () => {
    expect([...htmlIds('<p>write id="x" in the tag</p>')]).toEqual([]);
  });
});

describe('brokenLinks', () => {
  const site: BuiltSite = {
    origin: 'http://127.0.0.1:4000',
    files: new Set(['index.html', 'about/index.html', 'guide.pdf']),
    idsIn: (file) => new Set(file === 'about/index.html' ? ['who'] : ['main']),
  };
  const page = (hrefs: string[]) => ({ path: '/', hrefs, ids: new Set(['main', 'shown-by-script']) });

  it('passes links to files of the site, to anchors that exist, and to other sites', () => {
    expect(
      brokenLinks(
        page([
          'http://127.0.0.1:4000/about/',
          'http://127.0.0.1:4000/about/#who',
          'http://127.0.0.1:4000/guide.pdf#page=2',
          'http://127.0.0.1:4000/?q=x#shown-by-script',
          'https://elsewhere.example/missing/',
        ]),
        site,
      ),
    ).toEqual([]);
  });

  it('reports a missing page, and a missing anchor here or on the page linked to, once each', () => {
    expect(
      brokenLinks(
        page([
          'http://127.0.0.1:4000/gone/',
          'http://127.0.0.1:4000/gone/',
          'http://127.0.0.1:4000/about/#nobody',
          'http://127.0.0.1:4000/#shown%20nowhere',
        ]),
        site,
      ),
    ).toEqual([
      '/gone/ (linked from /) is not a file of the built site',
      '/about/#nobody (linked from /) has no such anchor',
      '/#shown nowhere (linked from /) has no such anchor',
    ]);
  });

  it('reads anchors of the page itself from the page as shown, of other pages from their files', () => {
    expect(brokenLinks(page(['http://127.0.0.1:4000/about/#main']), site)).toEqual([
      '/about/#main (linked from /) has no such anchor',
    ]);
  });
});

describe('welshPageLeaks', () => {
  const origin = 'http://127.0.0.1:4000';
  it('lets a Welsh page link to Welsh pages, files and other sites', () => {
    const hrefs = [
      `${origin}/cy/`,
      `${origin}/cy/guides/x/#a`,
      `${origin}/schemas/plan-v2.json`,
      `${origin}/third-party-notices.txt`,
      'https://www.gov.wales/adoption',
    ];
    expect(welshPageLeaks(hrefs, origin)).toEqual([]);
  });
  it('finds links to English pages', () => {
    expect(welshPageLeaks([`${origin}/guides/x/`, `${origin}/`, `${origin}/cymru/`], origin)).toEqual([
      `${origin}/guides/x/`,
      `${origin}/`,
      `${origin}/cymru/`,
    ]);
  });
});
