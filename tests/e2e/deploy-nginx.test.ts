/**
 * Deployment: the shipped docs/nginx.conf, run by Debian's nginx on a loopback port over a copy of dist/,
 * serves pages as text/html and every other file with its type, compresses when asked, and sends every
 * header public/_headers promises (which our own static server sends in every other test). Plain http on
 * loopback: the test drops the certificate lines, so HSTS is checked as a header only (browsers act on it
 * over https alone).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { headerRuleMatches, parseHeaderRules } from '../../scripts/staticServer.mjs';
import { useBrowsers } from './browser';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
// CI installs nginx (.ci/run), so there a missing nginx fails the tests instead of skipping them.
const skip = !existsSync(NGINX) && !process.env.CI;
if (skip) console.warn(`deploy-nginx: skipped, ${NGINX} is not installed (apt-get install nginx).`);

/** The type each kind of file must be served with. A new kind of file in dist/ fails until it is listed. */
const EXPECTED_TYPES: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/,
  '.css': /^text\/css; charset=utf-8$/,
  '.js': /^(application|text)\/javascript; charset=utf-8$/,
  '.json': /^application\/json; charset=utf-8$/,
  '.svg': /^image\/svg\+xml; charset=utf-8$/,
  '.xml': /^(text|application)\/xml; charset=utf-8$/,
  '.txt': /^text\/plain; charset=utf-8$/,
  '.ttf': /^font\/ttf$/,
  '.woff2': /^font\/woff2$/,
  '.wasm': /^application\/wasm$/,
  '.webmanifest': /^application\/manifest\+json$/,
  // Pagefind's index files: binary, compressed by Pagefind itself.
  '.pagefind': /^application\/octet-stream$/,
  '.pf_meta': /^application\/octet-stream$/,
  '.pf_index': /^application\/octet-stream$/,
  '.pf_fragment': /^application\/octet-stream$/,
  '.pf_filter': /^application\/octet-stream$/,
  // The _headers file itself, read by other hosts.
  '': /^application\/octet-stream$/,
};
const COMPRESSED_KINDS = ['.html', '.css', '.js', '.json', '.svg', '.xml', '.ttf', '.wasm'];

/** Finds each top-level `server { … }` block in an nginx file (comments removed). */
function serverBlocks(conf: string): { start: number; end: number; text: string }[] {
  const blocks = [];
  for (const match of conf.matchAll(/^server\s*\{/gm)) {
    let depth = 0;
    let i = match.index;
    for (; i < conf.length; i++) {
      if (conf[i] === '{') depth++;
      else if (conf[i] === '}' && --depth === 0) break;
    }
    blocks.push({ start: match.index, end: i + 1, text: conf.slice(match.index, i + 1) });
  }
  return blocks;
}

/**
 * docs/nginx.conf made runnable by anyone on loopback: each server block listens on its own local port
 * (no TLS, so the certificate lines go), the site's root is the copy of dist/, and around it the parts of
 * Debian's /etc/nginx/nginx.conf that reach a site (the MIME map and default type) with the pid file, logs
 * and temporary files in `dir`.
 */
function runnableConfig(source: string, dir: string, root: string, ports: { site: number; redirect: number }) {
  const conf = source.replace(/#.*$/gm, '');
  const blocks = serverBlocks(conf);
  const sites = blocks.filter((b) => /^\s*root\s/m.test(b.text));
  expect(sites, 'docs/nginx.conf keeps the site in one server block with its root').toHaveLength(1);
  let out = conf;
  for (const block of blocks.toReversed()) {
    const isSite = block === sites[0];
    const port = isSite ? ports.site : ports.redirect;
    const text = block.text
      .replace(/^(\s*)listen\s[^;]*;/m, `$1listen 127.0.0.1:${port};`)
      .replace(/^\s*listen\s[^;]*;\n/gm, (line) => (line.includes('127.0.0.1') ? line : ''))
      .replace(/^\s*ssl_\w+\s[^;]*;\n/gm, '')
      .replace(/^(\s*)root\s[^;]*;/m, `$1root ${root};`);
    out = out.slice(0, block.start) + text + out.slice(block.end);
  }
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${dir}/${k};`);
  return [
    // As root, workers would otherwise run as a user that may not read the worktree.
    process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    'events { worker_connections 64; }',
    'http {',
    '  include mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...temp.map((t) => `  ${t}`),
    out,
    '}',
  ].join('\n');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Every file under `dir`, as URL paths. */
function sitePaths(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sitePaths(dir, `${base}/${e.name}`) : [`${base}/${e.name}`],
  );
}

describe.skipIf(skip)('docs/nginx.conf in Debian’s nginx', () => {
  const browsers = useBrowsers();
  let dir = '';
  let root = '';
  let nginx: ChildProcess;
  let site: number;
  let redirect: number;
  let stderr = '';
  let exited = '';
  let paths: string[] = [];
  /** The first file in the site that passes `test`. */
  const pick = (test: (path: string) => boolean, what: string) => {
    const path = paths.find(test);
    if (!path) throw new Error(`the site has no ${what}`);
    return path;
  };

  beforeAll(async () => {
    expect(existsSync(NGINX), `${NGINX} is missing: .ci/run installs Debian's nginx`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'sit-nginx-'));
    root = join(dir, 'site');
    cpSync(resolve('dist'), root, { recursive: true });
    // dist/ has no WOFF2 fonts and no bare WebAssembly today; these two stand in (content irrelevant) so
    // their types and compression are checked before the site ships any.
    writeFileSync(join(root, 'type-check.woff2'), Buffer.alloc(2048, 'wOF2'));
    writeFileSync(join(root, 'type-check.wasm'), Buffer.alloc(2048, '\0asm'));
    paths = sitePaths(root);
    copyFileSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
    [site, redirect] = [await freePort(), await freePort()];
    const conf = runnableConfig(readFileSync('docs/nginx.conf', 'utf8'), dir, root, { site, redirect });
    writeFileSync(join(dir, 'nginx.conf'), conf);
    nginx = spawn(
      NGINX,
      ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    nginx.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    nginx.on('exit', (code) => (exited = `nginx exited with ${code}: ${stderr}`));
    await vi.waitFor(
      async () => {
        if (exited) throw new Error(exited);
        expect((await get(site, '/')).status).toBe(200);
      },
      { timeout: 15_000, interval: 50 },
    );
    // nginx accepts the file without a warning (a type declared twice, say).
    expect(readFileSync(join(dir, 'error.log'), 'utf8')).not.toMatch(/\[(warn|error|crit|alert|emerg)\]/);
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((ok) => nginx.once('exit', ok));
      nginx.kill('SIGTERM');
      await gone;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves pages, folders without their slash and missing pages as HTML', async () => {
    const content = pick((p) => p.startsWith('/guides/') && p.endsWith('/index.html'), 'guide');
    for (const path of ['/', content.replace(/index\.html$/, ''), '/planner/', '/planner/template/']) {
      const reply = await get(site, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(reply.body.toString(), path).toMatch(/^<!DOCTYPE html>/i);
    }
    const folder = await get(site, '/planner');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/planner/');
    const missing = await get(site, '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.body.equals(readFileSync(join(root, '404.html')))).toBe(true);
    // Under /cy/ the Welsh site answers a missing page with its own "page not found", in Welsh.
    const welsh = await get(site, '/cy/no-such-page/');
    expect(welsh.status).toBe(404);
    expect(welsh.body.equals(readFileSync(join(root, 'cy/404.html')))).toBe(true);
    expect((await get(site, '/cy/guides/')).status).toBe(200);
  });

  it('serves every kind of file in the site with its type', async () => {
    const kinds = new Map<string, string>();
    for (const path of paths) if (!kinds.has(extname(path))) kinds.set(extname(path), path);
    expect(
      [...kinds.keys()].filter((k) => !(k in EXPECTED_TYPES)),
      'kinds of file with no expected type',
    ).toEqual([]);
    for (const kind of ['.html', '.css', '.js', '.json', '.svg', '.ttf', '.woff2', '.wasm', '.pf_fragment'])
      expect([...kinds.keys()]).toContain(kind);
    for (const [kind, path] of kinds) {
      const reply = await get(site, path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], `${path} (${kind})`).toMatch(EXPECTED_TYPES[kind]);
    }
  });

  it('compresses text, scripts, fonts and WebAssembly when the browser asks, and nothing else', async () => {
    for (const kind of COMPRESSED_KINDS) {
      // nginx leaves files under gzip_min_length (256 bytes) as they are.
      const path = pick((p) => extname(p) === kind && statSync(join(root, p)).size >= 256, `${kind} of 256 bytes`);
      const zipped = await get(site, path, { 'Accept-Encoding': 'gzip' });
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary, path).toBe('Accept-Encoding');
      expect(gunzipSync(zipped.body).equals(readFileSync(join(root, path))), path).toBe(true);
      const plain = await get(site, path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
    }
    // Already compressed: WOFF2 fonts and Pagefind's index.
    for (const kind of ['.woff2', '.pf_fragment', '.pf_index']) {
      const path = pick((p) => extname(p) === kind, kind);
      expect((await get(site, path, { 'Accept-Encoding': 'gzip' })).headers['content-encoding'], path).toBeUndefined();
    }
  });

  it('sends every header public/_headers promises, on pages, files, the worker and errors', async () => {
    const rules = parseHeaderRules(readFileSync('public/_headers', 'utf8'));
    expect(rules.flatMap((r) => r.headers).length).toBeGreaterThan(0);
    const samples = [
      '/',
      '/planner/',
      '/no-such-page/',
      '/sw.js',
      '/favicon.svg',
      pick((p) => p.startsWith('/_astro/') && p.endsWith('.js'), 'bundle'),
      pick((p) => p.endsWith('.css'), 'style sheet'),
      pick((p) => p.endsWith('.pf_fragment'), 'search fragment'),
    ];
    for (const path of samples) {
      const reply = await get(site, path);
      const promised = rules.filter((r) => headerRuleMatches(r.pattern, path)).flatMap((r) => r.headers);
      expect(promised.length, path).toBeGreaterThan(0);
      for (const [name, value] of promised) expect(reply.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
  });

  it('has browsers revalidate pages and the worker, and keep hashed bundles', async () => {
    for (const path of ['/', '/sw.js', '/pagefind/pagefind.js'])
      expect((await get(site, path)).headers['cache-control'], path).toBe('no-cache');
    const bundle = pick((p) => p.startsWith('/_astro/'), 'bundle');
    expect((await get(site, bundle)).headers['cache-control']).toMatch(/^max-age=\d{8,}$/);
  });

  it('sends plain http to https', async () => {
    const reply = await get(redirect, '/guides/?x=1', { Host: 'staying-in-touch.example' });
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('https://staying-in-touch.example/guides/?x=1');
  });

  it('shows pages in Chromium and search works under these headers', async () => {
    const browser = await browsers.launch({ site: `http://127.0.0.1:${site}` });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${site}/search/?q=letterbox`);
      await page.waitForFunction(() =>
        /\d+ results?/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
      expect(await page.locator('h1').count()).toBe(1);
      expect(browser.problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
