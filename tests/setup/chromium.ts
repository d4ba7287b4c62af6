// One headless Chromium for the whole test run (issue 14): started once before the
// first test file, its address handed to every file (tests/helpers/browser.ts
// connects to it and works in a browser context of its own), closed after the last.
// If Chromium cannot start, the files that need it fail with the reason; the
// other files still run.
import type { TestProject } from 'vitest/node';
import { closeAllBrowsers, launchBrowser } from '../../scripts/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The DevTools WebSocket address of the shared Chromium, or '' if it did not start. */
    chromiumEndpoint: string;
    /** Why it did not start, if it did not. */
    chromiumError: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Whatever happens to this process (a crash, Ctrl-C), Chromium does not outlive it.
  const kill = () => closeAllBrowsers();
  process.once('exit', kill);
  try {
    const browser = await launchBrowser();
    project.provide('chromiumEndpoint', browser.wsEndpoint());
    project.provide('chromiumError', '');
    return async () => {
      await browser.close().catch(() => {});
      closeAllBrowsers();
      process.off('exit', kill);
    };
  } catch (e) {
    project.provide('chromiumEndpoint', '');
    project.provide('chromiumError', e instanceof Error ? e.message : String(e));
    return async () => {
      process.off('exit', kill);
    };
  }
}
