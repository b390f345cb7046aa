/**
 * Serves the built site (dist/) on a free localhost port for the end-to-end tests.
 * Uses our own static server so tests see exactly the files a static host would serve.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../../scripts/staticServer.mjs';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests.');
  const server = await startStaticServer({ root: 'dist', port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
