import { defineConfig } from 'vitest/config';

// Two projects (issue 14):
// - unit: the pure tests next to the code (src/**), in parallel;
// - e2e: the tests of the built site (tests/**), one file after another, with one
//   Chromium for the whole run (tests/setup/chromium.ts) and each variant of the
//   handbook built once (tests/helpers/variant.ts, cached under .build/variants/).
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
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/**/*.test.ts'],
          // Browser tests and builds share two cores; files run one after another.
          fileParallelism: false,
          globalSetup: ['tests/setup/chromium.ts'],
        },
      },
    ],
  },
});
