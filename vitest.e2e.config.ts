import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest files, slowest first, as measured on a busy two-core machine (2026-12: 45-145 s each).
 * Two workers take files in order, so starting the long ones first keeps one worker from running a long
 * file alone at the end. Without a record of earlier runs (a fresh CI machine) vitest would start the
 * largest files first, and the sweep's shard files are the smallest. The rest follow in vitest's order.
 */
const SLOWEST_FIRST = [
  /^site-pages-\d+\.test\.ts$/,
  /^privacy-bad-files\.test\.ts$/,
  /^privacy-offline\.test\.ts$/,
  /^privacy-device\.test\.ts$/,
  /^trainer-presenter\.test\.ts$/,
  /^signoff\.test\.ts$/,
  /^planner-family\.test\.ts$/,
  /^trainer-offline\.test\.ts$/,
  /^privacy-profile\.test\.ts$/,
  /^trainer\.test\.ts$/,
  /^planner-a11y\.test\.ts$/,
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const rank = (file: TestSpecification) => {
      const i = SLOWEST_FIRST.findIndex((name) => name.test(basename(file.moduleId)));
      return i < 0 ? SLOWEST_FIRST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: SlowestFirst },
  },
});
