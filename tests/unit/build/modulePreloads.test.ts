/**
 * The build's modulepreload links (scripts/modulePreloads.mjs): a page names every script its islands
 * and module scripts import statically, and none they import dynamically; pages without scripts stay as
 * they are.
 */
import { describe, expect, it } from 'vitest';
import { staticImportClosure, withModulePreloads } from '../../../scripts/modulePreloads.mjs';

// Minified chunks as the bundler writes them.
const FILES: Record<string, string> = {
  '/_astro/Shell.a1.js':
    'import{j as e}from"./jsx.b2.js";import"./side.c3.js";const l=()=>import("./Pdf.d4.js");export{x as default};',
  '/_astro/jsx.b2.js': 'export{r as j}from"./react.e5.js";',
  '/_astro/side.c3.js': 'console.log(1);',
  '/_astro/react.e5.js': 'var r=1;export{r};',
  '/_astro/Pdf.d4.js': 'import"./huge.f6.js";',
  '/_astro/client.g7.js': 'import{r}from"./react.e5.js";',
  '/_astro/page.h8.js': 'import{s}from"./side.c3.js";',
};
const read = (path: string) => Promise.resolve(FILES[path] ?? '');

describe('module preloads', () => {
  it('follow static imports and re-exports, not dynamic imports', async () => {
    expect((await staticImportClosure(['/_astro/Shell.a1.js'], read)).sort()).toEqual([
      '/_astro/Shell.a1.js',
      '/_astro/jsx.b2.js',
      '/_astro/react.e5.js',
      '/_astro/side.c3.js',
    ]);
  });

  it('are added once each for the islands and module scripts of a page', async () => {
    const html =
      '<html><head><title>x</title></head><body><astro-island uid="1" component-url="/_astro/Shell.a1.js" renderer-url="/_astro/client.g7.js"></astro-island><script type="module" src="/_astro/page.h8.js"></script></body></html>';
    const out = await withModulePreloads(html, read);
    const links = [...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(
      [
        '/_astro/Shell.a1.js',
        '/_astro/client.g7.js',
        '/_astro/jsx.b2.js',
        '/_astro/page.h8.js',
        '/_astro/react.e5.js',
        '/_astro/side.c3.js',
      ].sort(),
    );
    expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
    expect(links).not.toContain('/_astro/Pdf.d4.js');
  });

  it('leave a page without scripts alone', async () => {
    const html = '<html><head></head><body><p>Text</p></body></html>';
    expect(await withModulePreloads(html, read)).toBe(html);
  });
});
