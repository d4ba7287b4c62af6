// Finds and starts a headless Chromium for the PDFs and the browser tests.
// Order: PUPPETEER_EXECUTABLE_PATH, then Chromium's headless shell where it is
// installed (not for Lighthouse and the search timing of `npm run bench`: they measure
// a reader's browser), then a system Chrome/Chromium, then a browser that Puppeteer
// downloaded itself. No browser: a clear message.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';

/**
 * Chromium's headless shell (Debian: "apt-get install chromium-headless-shell"): the
 * same engine and print pipeline as Chromium, without the browser around it. Opening
 * a page, or a fresh profile for a test, takes a quarter of the CPU time it takes in
 * Chromium's own headless mode (issue 14), so it goes first.
 */
const HEADLESS_SHELLS = [
  // The program itself, not /usr/bin/chromium-headless-shell: that script starts it as a
  // child, so stopping the script (Ctrl-C, a crash test) would leave the browser running.
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/lib64/chromium-browser/headless_shell',
];

/** Whether a browser is a headless shell (it runs in Puppeteer's "shell" mode). */
export const isHeadlessShell = (executable: string): boolean => /headless[-_]shell(\.exe)?$/i.test(path.basename(executable));

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Puppeteer's own downloads live in ~/.cache/puppeteer/chrome/<version>/<platform>/chrome. */
function puppeteerCacheBrowsers(): string[] {
  const dir = process.env.PUPPETEER_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'puppeteer');
  const chromeDir = path.join(dir, 'chrome');
  if (!fs.existsSync(chromeDir)) return [];
  return fs
    .readdirSync(chromeDir)
    .sort()
    .reverse()
    .flatMap((v) => ['chrome-linux64/chrome', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-win64/chrome.exe'].map((p) => path.join(chromeDir, v, p)));
}

export class NoBrowserError extends Error {
  constructor(detail: string) {
    super(
      `Geen browser gevonden om de PDF's te maken. ${detail}\n` +
        `Installeer Chromium (Debian/Ubuntu: "apt-get install chromium", macOS: "brew install --cask chromium")\n` +
        `of wijs een Chrome of Chromium aan met PUPPETEER_EXECUTABLE_PATH=/pad/naar/chrome.\n` +
        `Alleen de website bouwen kan zonder browser: npm run build:site`,
    );
    this.name = 'NoBrowserError';
  }
}

export interface BrowserChoice {
  /**
   * Whether a headless shell may be used (the default). Measurements of what a reader's
   * browser does (Lighthouse, the first search in `npm run bench`) use Chrome or
   * Chromium itself.
   */
  shell?: boolean;
}

export function findBrowser({ shell = true }: BrowserChoice = {}): string {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new NoBrowserError(`PUPPETEER_EXECUTABLE_PATH wijst naar ${fromEnv}, maar dat bestand bestaat niet.`);
    return fromEnv;
  }
  const found = [...(shell ? HEADLESS_SHELLS : []), ...SYSTEM_BROWSERS, ...puppeteerCacheBrowsers()].find((p) => fs.existsSync(p));
  if (!found) throw new NoBrowserError('Gezocht in PUPPETEER_EXECUTABLE_PATH, de gebruikelijke plaatsen van Chrome en Chromium, en de map van Puppeteer.');
  return found;
}

/** Flags for a closed network: without them Chromium keeps trying to phone home and stalls. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/** Every Chromium this process started and has not closed, so that Ctrl-C can close them all. */
const openBrowsers = new Set<Browser>();

/** Kills every browser this process started (synchronous: it runs on a signal or on exit). */
export function closeAllBrowsers(): void {
  for (const browser of openBrowsers) browser.process()?.kill('SIGKILL');
  openBrowsers.clear();
}

export async function launchBrowser(choice: BrowserChoice = {}): Promise<Browser> {
  const executablePath = findBrowser(choice);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-chrome-'));
  // Loaded here, not at the top: a build without PDFs never needs it (260 modules, 0.35 s).
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: BROWSER_ARGS, userDataDir });
  openBrowsers.add(browser);
  browser.once('disconnected', () => openBrowsers.delete(browser));
  // Chromium may still be writing its profile as it goes: retry, and never let a
  // failed clean-up of a temporary folder throw (it would end the build or the test run).
  browser.once('disconnected', () => {
    fs.promises.rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {});
  });
  return browser;
}

/**
 * Starts Chromium for the PDFs: launchBrowser, with a browser that is there but does
 * not start said in Dutch (a missing one is a NoBrowserError already).
 */
export async function startBrowser(): Promise<Browser> {
  try {
    return await launchBrowser();
  } catch (e) {
    if (e instanceof NoBrowserError) throw e;
    throw new Error(`Chromium kon niet starten om de PDF's te maken: ${(e as Error).message}\nZet PUPPETEER_EXECUTABLE_PATH naar een werkende Chrome of Chromium.`);
  }
}
