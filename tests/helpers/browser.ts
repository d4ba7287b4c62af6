// The shared headless Chromium of the test run (tests/setup/chromium.ts starts it
// once), with a guard that fails the test when a page asks anything from another
// host (the site must load nothing from outside).
//
// launchBrowser() keeps the name it had when every file started its own Chromium:
// it now connects to the shared one and gives the file a browser context of its
// own (own storage, cookies, service workers), as isolated as a browser of its own
// was. close() closes that context and disconnects; Chromium itself stays for the
// next file.
import puppeteer, { type Browser as PuppeteerBrowser, type BrowserContext, type HTTPResponse, type Page, type WaitForOptions } from 'puppeteer-core';
import { inject } from 'vitest';
import { launchBrowser as launchOwnBrowser } from '../../scripts/browser.ts';

export interface Browser {
  /** A new tab in this file's browser context. */
  newPage(): Promise<Page>;
  /** Another, separate browser context ("another browser profile"). */
  createBrowserContext(): Promise<BrowserContext>;
  /** Closes this file's pages and contexts; the shared Chromium keeps running. */
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  let real: PuppeteerBrowser;
  let own = false;
  if (endpoint) real = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: { width: 800, height: 600 } });
  else if (endpoint === undefined) {
    // Not started by the e2e project's global setup (a file run on its own config): a browser of its own.
    real = await launchOwnBrowser();
    own = true;
  } else throw new Error(`De gedeelde Chromium is niet gestart: ${inject('chromiumError')}`);
  const contexts: BrowserContext[] = [];
  const context = await real.createBrowserContext();
  contexts.push(context);
  return {
    newPage: () => context.newPage(),
    async createBrowserContext() {
      const c = await real.createBrowserContext();
      contexts.push(c);
      return c;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      if (own) await real.close();
      else await real.disconnect();
    },
  };
}

export interface GuardedPage { page: Page; foreignRequests: string[]; errors: string[] }

/**
 * Goes to a page and waits until it is ready: loaded (styles, images and scripts,
 * module scripts run) and its fonts laid out. An explicit condition instead of
 * "no network for half a second" (networkidle0), which costs 500 ms per page and
 * proves nothing more; a test that needs more (search results, a service worker)
 * waits for that itself.
 */
export async function gotoReady(page: Page, url: string, options: WaitForOptions = {}): Promise<HTTPResponse | null> {
  const response = await page.goto(url, { waitUntil: 'load', ...options });
  await settled(page);
  return response;
}

/** After a reload: the same readiness as gotoReady(). */
export async function reloadReady(page: Page): Promise<HTTPResponse | null> {
  const response = await page.reload({ waitUntil: 'load' });
  await settled(page);
  return response;
}

/**
 * Counts the page's pending short timers (under a second: a live region that speaks
 * after 50 ms, say), so that settled() can wait for them instead of sleeping.
 * Installed by openPage() before the page's own scripts run.
 */
export function trackTimers(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __pendingTimers: Set<number> };
    if (w.__pendingTimers) return;
    const pending = new Set<number>();
    w.__pendingTimers = pending;
    const set = window.setTimeout.bind(window);
    const clear = window.clearTimeout.bind(window);
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      if (!(Number(ms) < 1000) || typeof fn !== 'function') return set(fn, ms, ...rest);
      const id: number = set((...a: unknown[]) => {
        pending.delete(id);
        (fn as (...x: unknown[]) => void)(...a);
      }, ms, ...rest);
      pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
  });
}

/**
 * The page has loaded, its fonts are ready, and the work its scripts queued has run:
 * no short timer pending (where trackTimers() counts them), then one frame and one task
 * later the same again.
 */
export async function settled(page: Page): Promise<void> {
  const quiet = () =>
    page.waitForFunction(() => document.readyState === 'complete' && !((window as unknown as { __pendingTimers?: Set<number> }).__pendingTimers?.size), { polling: 'raf', timeout: 10_000 });
  await quiet();
  await page.evaluate(() => document.fonts.ready.then(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)))));
  await quiet();
}

/**
 * Makes navigator.serviceWorker.register() fail, as it does where service workers are
 * off: for tests that are not about working offline. Otherwise every new context
 * installs the worker, which precaches the whole site (some 150 files) in the
 * background of the test. tests/browser/offline.test.ts tests the worker, and the crawl
 * registers it on every page.
 */
export async function withoutServiceWorker(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const sw = navigator.serviceWorker;
    if (sw) Object.defineProperty(sw, 'register', { value: () => Promise.reject(new DOMException('Service workers zijn uit in deze test.', 'SecurityError')) });
  });
}

/** A new guarded page at `url`; `prepare` runs on the page before it goes there (emulation, say). */
export async function openPage(browser: { newPage(): Promise<Page> }, url: string, prepare?: (page: Page) => Promise<void>): Promise<GuardedPage> {
  const page = await browser.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const origin = new URL(url).origin;
  // Watched, not intercepted: Puppeteer's request interception turns off the browser's
  // cache (every page would fetch its styles and scripts again) and pauses every request
  // for a round trip to this process (a quarter of the crawl's CPU time, issue 14). A
  // request to another host is not stopped, but it is seen, and the test fails on it.
  page.on('request', (req) => {
    const u = req.url();
    if (!(u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:'))) foreignRequests.push(u);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await trackTimers(page);
  if (prepare) await prepare(page);
  await gotoReady(page, url);
  return { page, foreignRequests, errors };
}

export type { Page };
