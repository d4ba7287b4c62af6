import { defineConfig } from 'vitest/config';

// Two projects (issue 14):
// - unit: the pure tests next to the code (src/**), in parallel;
// - e2e: the tests of the built site (tests/**), two files at a time, with one
//   Chromium for the whole run (tests/setup/chromium.ts) and each variant of the
//   handbook built once (tests/helpers/variant.ts, cached under .build/variants/,
//   behind a lock per variant so two files never build the same one twice).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          fileParallelism: true,
          // Vitest's default on two cores is one worker (cores - 1).
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/**/*.test.ts'],
          // Two files at a time (issue 14): most of a browser test is waiting (page loads,
          // round trips to Chromium), so a second file fills the other core; more than two
          // only makes builds and axe runs fight over two cores.
          fileParallelism: true,
          maxWorkers: 2,
          globalSetup: ['tests/setup/chromium.ts'],
        },
      },
    ],
  },
});
