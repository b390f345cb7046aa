// The stack's floor, for `npm run bench -- --pages N --floor` (issue 18): the same generated pages,
// English and Welsh, built as the barest site the stack can make (Astro with MDX content
// collections, one page template of a heading and the page's content, no layout, no other pages,
// no integrations but MDX), then indexed by Pagefind. What it takes is what Astro and Pagefind
// themselves take for these pages; no build of ours can be faster than it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ output: 'static', integrations: [mdx()], markdown: { syntaxHighlight: false } });
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const page = z.object({ title: z.string(), summary: z.string() }).passthrough();
export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content' }), schema: page }),
};
`;
const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={entry.id.startsWith('cy/') ? 'cy' : 'en'}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main></body>
</html>
`;

/** The generated pages of the bench site at `site` (`src/content/…/bench/`), English under en/, Welsh under cy/. */
function copyPages(site, root) {
  for (const [from, lang] of [
    ['src/content', 'en'],
    ['src/content/cy', 'cy'],
  ])
    for (const collection of ['briefings', 'guides', 'voices', 'examples', 'sessions']) {
      const dir = join(site, from, collection, 'bench');
      let entries;
      try {
        entries = readdirSync(dir, { recursive: true, withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
        const file = join(entry.parentPath, entry.name);
        const out = join(root, 'src/content', lang, collection, relative(dir, file));
        mkdirSync(join(out, '..'), { recursive: true });
        cpSync(file, out);
      }
    }
}

/**
 * Builds the generated pages of the bench site at `site` as the bare site, clean, `runs` times, each
 * followed by Pagefind; returns each run's milliseconds (astro build + pagefind).
 */
export function buildFloor(site, runs) {
  const root = mkdtempSync(join(tmpdir(), 'sit-bench-floor-'));
  try {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
    writeFileSync(join(root, 'src/pages/[...id].astro'), PAGE);
    copyPages(site, root);
    // This project's packages, linked one by one, so the floor's build caches are its own.
    mkdirSync(join(root, 'node_modules'));
    for (const name of readdirSync('node_modules'))
      if (name === '.bin' || !name.startsWith('.'))
        symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
    const times = [];
    for (let i = 0; i < runs; i++) {
      for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
        rmSync(join(root, dir), { recursive: true, force: true });
      const t = performance.now();
      for (const [cmd, args] of [
        [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']],
        ['node_modules/.bin/pagefind', ['--site', 'dist', '--quiet']],
      ]) {
        const r = spawnSync(cmd, args, {
          cwd: root,
          stdio: ['ignore', 'pipe', 'pipe'],
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        });
        if (r.status !== 0) throw new Error(`The floor's ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
      }
      times.push(performance.now() - t);
    }
    return times;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
