/**
 * Content files may sit in subfolders (`sessions/day-one/opening.mdx` has the id `day-one/opening`),
 * and a single `[id]` route segment cannot hold a "/": the build stopped with "Missing parameter: id"
 * (issue 18). Every route parameter filled from a content entry's id is therefore a rest parameter,
 * and the content checks and the translation status read subfolders with the ids the build gives.
 * (`npm run bench -- --pages N` builds sessions in subfolders.)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { TYPE_FOLDERS } from '../../../src/hub/contentRules';
import { loadResources } from '../../../scripts/contentFiles';

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

it('the content checks read files in subfolders, with the id the build gives them', () => {
  const root = mkdtempSync(join(tmpdir(), 'sit-content-'));
  try {
    for (const folder of Object.values(TYPE_FOLDERS)) mkdirSync(join(root, folder));
    mkdirSync(join(root, 'sessions/day-one'));
    writeFileSync(join(root, 'sessions/welcome.mdx'), '---\ntitle: Welcome\n---\nText.\n');
    writeFileSync(join(root, 'sessions/day-one/opening.mdx'), '---\ntitle: Opening\n---\nText.\n');
    expect(loadResources(root).map((r) => [r.type, r.id, r.data.title])).toEqual([
      ['session', 'day-one/opening', 'Opening'],
      ['session', 'welcome', 'Welcome'],
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
