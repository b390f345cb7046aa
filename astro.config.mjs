// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import modulePreloads from './scripts/modulePreloads.mjs';
import welshNotFound from './scripts/welshNotFound.mjs';
import { INTL_LOCALES } from './src/i18n/languages.ts';

// SITE_URL is where the hub is deployed; the sitemap needs an absolute origin.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  // English at today's paths, Welsh under /cy/ (src/pages/cy/): Astro.currentLocale tells a page which.
  // The language names and tags themselves live in src/i18n/languages.ts.
  i18n: { locales: ['en', 'cy'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // The sitemap lists each page in both languages, each with its alternates (hreflang en-GB and cy).
  integrations: [
    mdx(),
    react(),
    // The Welsh "page not found" (moved to cy/404.html by welshNotFound) is no page to list, like the English one.
    sitemap({ i18n: { defaultLocale: 'en', locales: INTL_LOCALES }, filter: (page) => !page.endsWith('/cy/404/') }),
    modulePreloads(),
    welshNotFound(),
  ],
  // Four pages rendered at a time: a page's file is written while the next renders. Output is
  // byte-identical; rendering 1,000 generated pages and their Welsh took about a fifth less time
  // (npm run bench -- --pages 1000; issue 18).
  build: { inlineStylesheets: 'always', concurrency: 4 },
  // Shiki writes inline styles, which the CSP forbids; the hub has no code samples to colour.
  markdown: { syntaxHighlight: false },
  // Every page gets a CSP <meta> with hashes of Astro's own inline scripts and styles. Nothing may
  // load from, or connect to, anywhere but this site. The search page adds 'wasm-unsafe-eval' for
  // Pagefind. Headers a <meta> cannot set live in public/_headers (and docs/nginx.conf).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      chunkSizeWarningLimit: 1600,
      rollupOptions: {
        // Astro marks every MDX page's module "use astro:head-inject" and the bundler warns, with a code
        // frame, for each: thousands of lines at 1,000 pages, none of them actionable here.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
