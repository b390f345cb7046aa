// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

// SITE_URL is where the hub is deployed; the sitemap needs an absolute origin.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), react(), sitemap()],
  build: { inlineStylesheets: 'always' },
  vite: { build: { chunkSizeWarningLimit: 1600 } },
});
