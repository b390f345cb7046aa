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

it('routes built from content ids take them as rest parameters ([...id])', () => {
  const fromIds = pageFiles(PAGES).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\b(\w+):\s*[\w.]*\bentry\.id\b/g)].map((m) => ({
      route: relative(PAGES, file),
      param: m[1],
    })),
  );
  expect(fromIds.length).toBeGreaterThanOrEqual(3);
  expect(fromIds.filter(({ route, param }) => !route.includes(`[...${param}]`))).toEqual([]);
});
