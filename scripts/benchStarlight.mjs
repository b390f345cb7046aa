// Starlight on the same generated pages, for `npm run bench -- --pages N --starlight` (issue 18: our
// build at least 1.5× faster than Starlight's, both with English and Welsh). Starlight is installed
// with npm into a folder of its own under the system's temporary folder, once, at the version the
// issue measured and our Astro's version; nothing is added to this project's dependencies.
//
// The Starlight site holds the generated pages only (ours also builds the hub's own pages, its tools
// and their Welsh), each as a Starlight doc with its title and summary, English at the root and Welsh
// under /cy/, as Starlight's two locales. Its build runs Pagefind itself; it has no service worker.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import YAML from 'yaml';

export const STARLIGHT = '0.42.4';
const ASTRO = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;
const DEPS = join(tmpdir(), `sit-bench-starlight-${STARLIGHT}-astro-${ASTRO}`);

/** Starlight and Astro in a folder of their own, installed once with npm. */
export function installStarlight() {
  if (existsSync(join(DEPS, 'node_modules/@astrojs/starlight/package.json'))) return;
  mkdirSync(DEPS, { recursive: true });
  writeFileSync(
    join(DEPS, 'package.json'),
    JSON.stringify({ private: true, type: 'module', dependencies: { astro: ASTRO, '@astrojs/starlight': STARLIGHT } }),
  );
  console.log(`Installing Starlight ${STARLIGHT} with Astro ${ASTRO} into ${DEPS} (once)…`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: DEPS,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`npm install of Starlight failed in ${DEPS}`);
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: 'Staying in touch (bench)',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en-GB' }, cy: { label: 'Cymraeg', lang: 'cy' } },
    }),
  ],
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The generated pages of our bench site (`<site>/src/content/…/bench/`), as Starlight docs. */
function copyPages(site, root) {
  const docs = join(root, 'src/content/docs');
  for (const [from, to] of [
    ['src/content', docs],
    ['src/content/cy', join(docs, 'cy')],
  ])
    for (const collection of ['briefings', 'guides', 'voices', 'examples', 'sessions']) {
      const dir = join(site, from, collection, 'bench');
      if (!existsSync(dir)) continue;
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
        const file = join(entry.parentPath, entry.name);
        const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
        const data = YAML.parse(front);
        const out = join(to, collection, relative(dir, file));
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, `---\n${YAML.stringify({ title: data.title, description: data.summary })}---\n${body}`);
      }
    }
  // Starlight's home page in each language, as every Starlight site has.
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Staying in touch (bench)\n---\nGenerated bench content.\n');
  cpSync(join(docs, 'index.mdx'), join(docs, 'cy/index.mdx'));
}

/**
 * Builds the generated pages of the bench site at `site` with Starlight (installStarlight first),
 * clean, `runs` times; returns each build's milliseconds.
 */
export function buildStarlight(site, runs) {
  // Inside the install folder, so its packages resolve as installed (linked ones would not be bundled).
  const root = mkdtempSync(join(DEPS, 'site-'));
  try {
    // Astro bundles the Astro packages a project's package.json names (Starlight's virtual modules need it).
    cpSync(join(DEPS, 'package.json'), join(root, 'package.json'));
    writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
    copyPages(site, root);
    const times = [];
    for (let i = 0; i < runs; i++) {
      for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', '../node_modules/.astro'])
        rmSync(join(root, dir), { recursive: true, force: true });
      const t = performance.now();
      const r = spawnSync(process.execPath, [join(DEPS, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 30,
        encoding: 'utf8',
      });
      if (r.status !== 0) {
        const errors = `${r.stdout}\n${r.stderr}`.split('\n').filter((line) => /error/i.test(line));
        throw new Error(`Starlight's build failed:\n${errors.slice(0, 20).join('\n')}`);
      }
      times.push(performance.now() - t);
    }
    return times;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
