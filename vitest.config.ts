import { defineConfig } from 'vitest/config';

// Unit tests: plain TypeScript logic, content rules and PDF rendering. No browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
