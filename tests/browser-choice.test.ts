// Which browser the build and the tests start (scripts/browser.ts): Chromium's headless
// shell where it is installed, but never for what `npm run bench` measures of a reader's
// browser; and always the program itself, never a script that starts it as a child
// (stopping such a script left the browser running: Ctrl-C, and the crash test).
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBrowser, isHeadlessShell } from '../scripts/browser.ts';

const SHELL = '/usr/lib/chromium/chromium-headless-shell';
const isScript = (file: string) => fs.readFileSync(file).subarray(0, 2).toString() === '#!';

describe('the browser that is started', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.PUPPETEER_EXECUTABLE_PATH;
    delete process.env.PUPPETEER_EXECUTABLE_PATH;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
    else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
  });

  it('knows a headless shell by its name', () => {
    expect(isHeadlessShell(SHELL)).toBe(true);
    expect(isHeadlessShell('/usr/lib64/chromium-browser/headless_shell')).toBe(true);
    expect(isHeadlessShell('/usr/bin/chromium')).toBe(false);
    expect(isHeadlessShell('/opt/google/chrome/chrome')).toBe(false);
  });

  it.skipIf(!fs.existsSync(SHELL))('takes the installed headless shell itself, not the script in /usr/bin', () => {
    expect(findBrowser()).toBe(SHELL);
    expect(isScript(findBrowser())).toBe(false);
  });

  it('takes Chrome or Chromium itself for measurements of a reader\'s browser', () => {
    const browser = findBrowser({ shell: false });
    expect(isHeadlessShell(browser)).toBe(false);
  });

  it('still takes PUPPETEER_EXECUTABLE_PATH first', () => {
    process.env.PUPPETEER_EXECUTABLE_PATH = '/usr/bin/env';
    expect(findBrowser()).toBe('/usr/bin/env');
    expect(findBrowser({ shell: false })).toBe('/usr/bin/env');
  });
});
