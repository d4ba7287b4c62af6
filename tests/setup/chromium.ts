// The e2e project's setup for the whole test run (issue 14):
//
// - one headless Chromium, started once before the first test file, its address
//   handed to every file (tests/helpers/browser.ts connects to it and works in a
//   browser context of its own), closed after the last. If Chromium cannot start, the
//   files that need it fail with the reason; the other files still run.
// - the shared variants of the handbook (tests/helpers/variant.ts) that this run's
//   files need and that are not kept from an earlier run are built in the
//   background, one after another, while the first files run (vitest.config.ts puts the
//   files that need them where they are built by then); each build holds its variant's
//   lock, and buildVariant() waits for it.
// - before any build starts: a copy of the content types Astro generated, for the type
//   check (tests/types.test.ts, tests/helpers/type-check.ts).
import type { ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { closeAllBrowsers, launchBrowser } from '../../scripts/browser.ts';
import { startVariantBuild, VARIANT_USERS } from '../helpers/variant.ts';
import { copyGeneratedTypes } from '../helpers/type-check.ts';

/** The variants the files of this run use: all of them, unless the command names files. */
function variantsForThisRun(): typeof VARIANT_USERS {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && !/vitest/.test(a));
  if (!args.length) return VARIANT_USERS;
  return VARIANT_USERS.filter(([, files]) => files.some((f) => args.some((a) => f.includes(a))));
}

/** Builds the variants one after another in the background; returns a function that stops what still runs. */
function prebuild(): () => void {
  const queue = [...variantsForThisRun()];
  let running: ChildProcess | undefined;
  let stopped = false;
  const next = () => {
    while (!stopped && queue.length && !running) {
      const [[name, options]] = queue.shift()!;
      running = startVariantBuild(name, options);
      running?.once('exit', () => {
        running = undefined;
        next();
      });
    }
  };
  next();
  return () => {
    stopped = true;
    running?.kill('SIGINT');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The DevTools WebSocket address of the shared Chromium, or '' if it did not start. */
    chromiumEndpoint: string;
    /** Why it did not start, if it did not. */
    chromiumError: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  copyGeneratedTypes();
  // Whatever happens to this process (a crash, Ctrl-C), Chromium does not outlive it.
  const stopBuilds = prebuild();
  const kill = () => {
    stopBuilds();
    closeAllBrowsers();
  };
  process.once('exit', kill);
  try {
    const browser = await launchBrowser();
    project.provide('chromiumEndpoint', browser.wsEndpoint());
    project.provide('chromiumError', '');
    return async () => {
      stopBuilds();
      await browser.close().catch(() => {});
      closeAllBrowsers();
      process.off('exit', kill);
    };
  } catch (e) {
    project.provide('chromiumEndpoint', '');
    project.provide('chromiumError', e instanceof Error ? e.message : String(e));
    return async () => {
      stopBuilds();
      process.off('exit', kill);
    };
  }
}
