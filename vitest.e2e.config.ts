import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site (dist/) served on localhost, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Two cores: one browser per worker, two workers.
    maxWorkers: 2,
  },
});
