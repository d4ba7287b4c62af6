import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { EARLY_VARIANT_USERS, VARIANT_USERS } from './tests/helpers/variant.ts';

/**
 * The order of the files: the e2e files that take longest first, in a fixed order. On a
 * fresh clone (CI) vitest has no times from an earlier run and would go by file size,
 * which put a short file first and left the crawl for the end. Seconds, two files at a
 * time (warm): crawl 85, cli 82, checklist 49, search 39, kleurentest 30, build-errors 29,
 * pdf 26, types (astro check) 28, brand 24, offline 25, sessie 16. The other files follow
 * in vitest's order.
 *
 * Variants of the handbook: the run's set-up builds them in the background, the example
 * school first (tests/setup/chromium.ts). The crawl and the search need one only halfway
 * (EARLY_VARIANT_USERS); brand and offline need it from their start, and come when it is
 * built. A file that needs a variant from its start and is not in this list goes last,
 * so that it does not wait for the build.
 */
const LONGEST_FIRST = [
  'tests/browser/crawl.test.ts',
  'tests/cli.test.ts',
  // Next to the crawl, which waits on Chromium more than it computes: the type check
  // keeps both cores busy (with two files in Chromium they were a fifth idle).
  'tests/types.test.ts',
  'tests/browser/checklist.test.ts',
  'tests/browser/search.test.ts',
  'tests/browser/kleurentest.test.ts',
  'tests/build-errors.test.ts',
  'tests/pdf.test.ts',
  // These two need the example school from their start: by now it is built.
  'tests/brand.test.ts',
  'tests/browser/offline.test.ts',
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
          // As many workers as the e2e project: vitest runs projects with the same number
          // as one group that shares them, and refuses two numbers in one group (so
          // SAMEN_LEREN_E2E_WORKERS=1 stopped the run before any test).
          fileParallelism: E2E_WORKERS > 1,
          maxWorkers: E2E_WORKERS,
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
