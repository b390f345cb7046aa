import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site (dist/) served on localhost, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // `expect.poll` waits for the page to reach the state it checks. Give it as long as Playwright's
    // own waits (30 s): a busy two-core machine can take seconds to render what a quiet one shows at once.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    // Two cores: one browser per worker, two workers.
    maxWorkers: 2,
  },
});
