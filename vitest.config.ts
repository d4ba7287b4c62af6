import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { EARLY_VARIANT_USERS, VARIANT_USERS } from './tests/helpers/variant.ts';

/**
 * The order of the files. The e2e files that take longest go first, longest first, in a
 * fixed order: on a fresh clone (CI) vitest has no times from an earlier run and would
 * go by file size, which put a short file first and left the crawl for the end. Measured
 * (seconds, two files at a time, warm): cli 60, crawl 57, checklist 44, search 45,
 * kleurentest 27, build-errors 27, pdf 24, sessie 17. The other files follow in vitest's
 * order. The e2e files that need a variant of the handbook from their start go last: the
 * run's set-up builds the variants in the background (tests/setup/chromium.ts), and a
 * file that asks for one first only waits for it. The crawl and the search need one
 * only halfway (EARLY_VARIANT_USERS), so they keep their place.
 */
const LONGEST_FIRST = [
  'tests/browser/crawl.test.ts',
  'tests/cli.test.ts',
  'tests/browser/checklist.test.ts',
  'tests/browser/search.test.ts',
  'tests/browser/kleurentest.test.ts',
  'tests/build-errors.test.ts',
  'tests/pdf.test.ts',
  'tests/browser/sessie.test.ts',
].map((f) => path.resolve(f));
const E2E_WORKERS = Math.max(1, Number(process.env.SAMEN_LEREN_E2E_WORKERS) || 2);

class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const early = new Set(EARLY_VARIANT_USERS.map((f) => path.resolve(f)));
    const users = new Set(VARIANT_USERS.flatMap(([, f]) => f).map((f) => path.resolve(f)).filter((f) => !early.has(f)));
    const rank = (s: TestSpecification) => {
      const file = path.resolve(s.moduleId);
      const i = LONGEST_FIRST.indexOf(file);
      return i >= 0 ? i : users.has(file) ? LONGEST_FIRST.length + 1 : LONGEST_FIRST.length;
    };
    // A stable sort: within a rank, vitest's own order.
    return sorted.map((s, i) => ({ s, i, r: rank(s) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.s);
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
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          fileParallelism: true,
          // Vitest's default on two cores is one worker (cores - 1).
          maxWorkers: 2,
          // Pure functions on data: one module graph for all of them instead of a fresh
          // one per file halves their CPU time (19.5 → 9.7 CPU seconds, issue 14).
          isolate: false,
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
