import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { EARLY_VARIANT_USERS, VARIANT_USERS } from './tests/helpers/variant.ts';

/**
 * Vitest's order (the longest first, from the last run's times; the largest file first
 * on a fresh clone), except that the e2e files that need a variant of the handbook from
 * their start go after the others: the run's set-up builds those variants in the
 * background (tests/setup/chromium.ts), and a file that asks for one first only waits
 * for it. The crawl needs one only halfway (EARLY_VARIANT_USERS).
 */
const E2E_WORKERS = Math.max(1, Number(process.env.SAMEN_LEREN_E2E_WORKERS) || 2);

class VariantsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const early = new Set(EARLY_VARIANT_USERS.map((f) => path.resolve(f)));
    const users = new Set(VARIANT_USERS.flatMap(([, f]) => f).map((f) => path.resolve(f)).filter((f) => !early.has(f)));
    const late = (s: TestSpecification) => users.has(path.resolve(s.moduleId));
    return [...sorted.filter((s) => !late(s)), ...sorted.filter(late)];
  }
}

// Two projects (issue 14):
// - unit: the pure tests next to the code (src/**), in parallel;
// - e2e: the tests of the built site (tests/**), two files at a time (see below), with one
//   Chromium for the whole run (tests/setup/chromium.ts) and each variant of the
//   handbook built once (tests/helpers/variant.ts, cached under .build/variants/,
//   behind a lock per variant so two files never build the same one twice).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    sequence: { sequencer: VariantsLastSequencer },
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
          // Two files at a time (SAMEN_LEREN_E2E_WORKERS=1 for one, issue 14): variant builds
          // are locked (tests/helpers/variant.ts), and no test depends on how fast this
          // process is (the search's live-region test types by the page's own clock).
          fileParallelism: E2E_WORKERS > 1,
          maxWorkers: E2E_WORKERS,
          globalSetup: ['tests/setup/chromium.ts'],
        },
      },
    ],
  },
});
