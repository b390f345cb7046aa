/**
 * Content files may sit in subfolders (`sessions/day-one/opening.mdx` has the id `day-one/opening`),
 * and a single `[id]` route segment cannot hold a "/": the build stopped with "Missing parameter: id"
 * (issue 18). Every route parameter filled from a content entry's id is therefore a rest parameter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const PAGES = 'src/pages';
const pageFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pageFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );

/** A content id in a route's params: `id: entry.id`, `id: r.entry.id`. */
const idParams = (text: string) => [...text.matchAll(/\b(\w+):\s*[\w.]*\bentry\.id\b/g)].map((m) => m[1]);
/** The getStaticPaths functions an English page and its Welsh twin share (src/hub/pagePaths.ts), with their id params. */
const shared = new Map(
  readFileSync('src/hub/pagePaths.ts', 'utf8')
    .split(/^export /m)
    .slice(1)
    .map((chunk) => [/^(?:async\s+)?(?:function|const)\s+(\w+)/.exec(chunk)?.[1] ?? '', idParams(chunk)] as const),
);

it('routes built from content ids take them as rest parameters ([...id])', () => {
  const fromIds = pageFiles(PAGES).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const usesShared = /getStaticPaths = (\w+);/.exec(text)?.[1];
    return [...idParams(text), ...(usesShared ? (shared.get(usesShared) ?? []) : [])].map((param) => ({
      route: relative(PAGES, file),
      param,
    }));
  });
  // The resource pages and a session's session mode, presenter view and handout, in each language.
  expect(fromIds.length).toBeGreaterThanOrEqual(8);
  expect(fromIds.filter(({ route, param }) => !route.includes(`[...${param}]`))).toEqual([]);
});
