/**
 * The pure logic of the sitemap sweep (site-pages-N.test.ts, run by sitePages.ts): which pages a shard
 * visits, and whether a page's links resolve, checked against the files of the built site instead of
 * by visiting every target. No browser and no file system here, so it is unit-tested
 * (tests/unit/site/siteLinks.test.ts).
 */
import { posix } from 'node:path';

/** The paths (origin stripped, so any deploy origin works) of every `<loc>` in a sitemap file. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** Every page listed in the sitemap index's sitemaps. `read` returns a file of the built site by its path. */
export function sitemapPaths(read: (file: string) => string): string[] {
  return sitemapLocs(read('sitemap-index.xml')).flatMap((file) => sitemapLocs(read(file.replace(/^\//, ''))));
}

const SHARD_FILE = /^site-pages-(\d+)\.test\.ts$/;

/** The shard number in a shard file's name (`site-pages-2.test.ts` is 2), or undefined for any other file. */
export function shardNumber(fileName: string): number | undefined {
  const m = SHARD_FILE.exec(fileName);
  return m ? Number(m[1]) : undefined;
}

/** How many shards the files in a folder make; they must be numbered 1, 2, 3 … with no gap. */
export function shardCount(fileNames: string[]): number {
  const numbers = fileNames.map(shardNumber).filter((n) => n !== undefined);
  const count = numbers.length;
  const expected = Array.from({ length: count }, (_, i) => i + 1);
  if (numbers.sort((a, b) => a - b).join() !== expected.join())
    throw new Error(`shard files must be numbered 1 to ${count} with no gap; found ${numbers.join(', ')}`);
  return count;
}

/** Shard `shard` of `shards` (counting from 1): every shards-th item, so neighbouring pages spread out. */
export function shareOf<T>(items: T[], shard: number, shards: number): T[] {
  if (!Number.isInteger(shard) || shard < 1 || shard > shards) throw new Error(`no shard ${shard} of ${shards}`);
  return items.filter((_, i) => i % shards === shard - 1);
}

/**
 * The file of the built site the static server answers `pathname` with (a folder is its index.html),
 * or undefined when it answers 404. `files` holds every file's path relative to the site, with `/`.
 */
export function servedFile(pathname: string, files: ReadonlySet<string>): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = posix.normalize(decoded).replace(/^\/+/, '');
  if (path.startsWith('..')) return undefined;
  if (path && files.has(path)) return path;
  const index = posix.join(path, 'index.html');
  return files.has(index) ? index : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) =>
    code[0] !== '#'
      ? (ENTITIES[code.toLowerCase()] ?? whole)
      : String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1))),
  );

/** Every element id in an HTML file, as the browser reads it (quoted or not, entities decoded). */
export function htmlIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<[a-z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi))
    ids.add(decodeEntities(m[1] ?? m[2] ?? m[3]));
  return ids;
}

export interface LinkingPage {
  /** The page's path on the site. */
  path: string;
  /** Every link on the page, as the browser resolved it (absolute). */
  hrefs: string[];
  /** The ids in the page as shown, for links to its own anchors. */
  ids: ReadonlySet<string>;
}

export interface BuiltSite {
  /** The site's origin: links elsewhere are not checked here. */
  origin: string;
  /** Every file of the built site, relative to it, with `/`. */
  files: ReadonlySet<string>;
  /** The ids in one of the site's HTML files. */
  idsIn(file: string): ReadonlySet<string>;
}

/** The links of `page` into the site that would answer 404, or whose anchor is not on the page linked to. */
export function brokenLinks(page: LinkingPage, site: BuiltSite): string[] {
  const broken = new Set<string>();
  for (const href of page.hrefs) {
    const url = new URL(href);
    if (url.origin !== site.origin) continue;
    const file = servedFile(url.pathname, site.files);
    if (!file) {
      broken.add(`${url.pathname} (linked from ${page.path}) is not a file of the built site`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (!anchor || !file.endsWith('.html')) continue;
    const ids = servedFile(page.path, site.files) === file ? page.ids : site.idsIn(file);
    if (!ids.has(anchor)) broken.add(`${url.pathname}#${anchor} (linked from ${page.path}) has no such anchor`);
  }
  return [...broken];
}

/**
 * The links on a Welsh page that leave the Welsh site for an English page: internal links must stay
 * under /cy/, except files that exist once (the schemas, the licence notices: a path with an extension).
 * `hrefs` are absolute; those on another origin are not the site's.
 */
export function welshPageLeaks(hrefs: string[], origin: string): string[] {
  return hrefs.filter((href) => {
    const url = new URL(href);
    if (url.origin !== origin) return false;
    return !/^\/cy(\/|$)/.test(url.pathname) && !/\.[a-z0-9]+$/i.test(url.pathname);
  });
}
