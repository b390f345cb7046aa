// An Astro integration that adds <link rel="modulepreload"> for every script a page's islands and
// module scripts import statically, after the build. Without them the browser finds each layer of
// imports only once the layer above has arrived: the plan builder's first screen waited for five
// requests in a row (issue 18). With them, every script the first screen needs is requested as the
// HTML is read, in one round trip. Dynamic imports (the PDF code, rarely needed screens) stay lazy.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Static `import … from "x"`, `import "x"` and `export … from "x"`; not `import("x")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/**
 * The site paths of the scripts `entries` import statically, directly or not, entries included.
 * @param {string[]} entries site paths such as `/_astro/PlannerShell.abc.js`
 * @param {(path: string) => Promise<string>} read the text of a site path
 */
export async function staticImportClosure(entries, read) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    for (const [, spec] of (await read(path)).matchAll(STATIC_IMPORT)) {
      queue.push(new URL(spec, `https://site${path}`).pathname);
    }
  }
  return [...seen];
}

/**
 * A page's HTML with a modulepreload link for each script its islands and module scripts import
 * statically, before `</head>`; the HTML unchanged if it has none.
 * @param {string} html
 * @param {(path: string) => Promise<string>} read
 */
export async function withModulePreloads(html, read) {
  const entries = [
    ...[...html.matchAll(/<astro-island\b[^>]*?\bcomponent-url="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<astro-island\b[^>]*?\brenderer-url="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]),
  ].filter((src) => src.startsWith('/'));
  if (!entries.length) return html;
  const already = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]));
  const links = (await staticImportClosure([...new Set(entries)], read))
    .filter((path) => !already.has(path))
    .map((path) => `<link rel="modulepreload" href="${path}">`)
    .join('');
  return html.replace('</head>', `${links}</head>`);
}

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** @returns {import('astro').AstroIntegration} */
export default function modulePreloads() {
  return {
    name: 'module-preloads',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const cache = new Map();
        const read = (path) => {
          if (!cache.has(path)) cache.set(path, readFile(join(root, path), 'utf8'));
          return cache.get(path);
        };
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const preloaded = await withModulePreloads(html, read);
          if (preloaded !== html) await writeFile(file, preloaded);
        }
      },
    },
  };
}
