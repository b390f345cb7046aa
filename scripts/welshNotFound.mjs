// An Astro integration that puts the Welsh "page not found" where servers look for it: Astro writes
// only the site's root 404 page as a file (404.html); src/pages/cy/404.astro comes out as
// cy/404/index.html, which this moves to cy/404.html after the build (docs/nginx.conf and
// scripts/staticServer.mjs answer a missing page under /cy/ with it). It is no page of its own, so no
// address leads to cy/404/ afterwards, and the sitemap leaves it out (astro.config.mjs).
import { rename, rmdir } from 'node:fs/promises';

/** @returns {import('astro').AstroIntegration} */
export default function welshNotFound() {
  return {
    name: 'welsh-not-found',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await rename(new URL('cy/404/index.html', dir), new URL('cy/404.html', dir));
        await rmdir(new URL('cy/404/', dir));
      },
    },
  };
}
