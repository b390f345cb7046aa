import { defineConfig } from 'vitest/config';

// Unit tests: plain TypeScript logic, content rules and PDF rendering. No browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Generous: PDF rendering and the CLI tests start Node or render many pages, which takes many
    // seconds when the machine is busy; a test that waits longer than this is wrong, not slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two workers on CI's two cores (vitest's default leaves one core for itself: a single worker here).
    // The command-line and poppler tests spend most of their time waiting for a child process, so a
    // second worker keeps both cores busy.
    maxWorkers: 2,
  },
});
