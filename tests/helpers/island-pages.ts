// The set-up the island tests share (checklist, planner): the built site served from
// dist/, the run's Chromium, a temporary folder for downloads and files, and pages
// that each have their own browser context (their own localStorage) with confirm()
// answered yes. Every page opened is checked when its test ends: nothing asked from
// another host, no error in the page.
//
// The pages register no service worker: in a new context every page would install it
// afresh and precache the whole site (some 150 files, 2 MB, from this process's
// server) in the background of a test about a form. The island scripts do not use it;
// registering, precaching and serving from it are tested where they matter
// (tests/browser/offline.test.ts) and the crawl registers it on every page. The page
// sees what a browser without service workers would: register() fails, and the site
// goes on without it (src/scripts/sw-register.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, openPage, withoutServiceWorker, type Browser, type GuardedPage, type Page } from './browser.ts';
import { DIST } from './dist.ts';
import { serve, type StaticServer } from './server.ts';

export interface IslandPages {
  /** The server's address, ending in "/". */
  readonly url: string;
  /** A temporary folder of this test file's own. */
  readonly tmp: string;
  /**
   * Opens a page of the site (a path without the leading "/"). `before` runs first on the
   * same origin, in the same context, to prepare its storage before the page loads.
   */
  open(rel: string, before?: (page: Page) => Promise<void>): Promise<Page>;
}

export function islandPages(name: string): IslandPages {
  let server: StaticServer;
  let browser: Browser;
  let tmp = '';
  const opened: GuardedPage[] = [];
  const shared: GuardedPage[] = [];

  beforeAll(async () => {
    server = await serve(DIST, '/');
    browser = await launchBrowser();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  });

  /** Checks the pages and closes them with their contexts. */
  const finish = async (pages: GuardedPage[]) => {
    for (const g of pages) await g.page.browserContext().close().catch(() => {});
    for (const g of pages) {
      expect(g.foreignRequests).toEqual([]);
      expect(g.errors).toEqual([]);
    }
  };
  // A test's own pages are checked and closed when it ends (a page left open keeps its
  // renderer busy for the rest of the file: a blinking caret is a new frame twice a
  // second); a page opened before the tests, for several of them, after the last.
  afterEach(() => finish(opened.splice(0)));

  afterAll(async () => {
    await finish(shared.splice(0));
    await browser?.close();
    await server?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  return {
    get url() {
      return server.url;
    },
    get tmp() {
      return tmp;
    },
    async open(rel, before) {
      const context = await browser.createBrowserContext();
      if (before) {
        const prep = await context.newPage();
        await withoutServiceWorker(prep);
        await prep.goto(`${server.url}404-leeg/`);
        await before(prep);
        await prep.close();
      }
      const g = await openPage(context as unknown as Browser, `${server.url}${rel}`, withoutServiceWorker);
      g.page.on('dialog', (d) => void d.accept());
      (expect.getState().currentTestName === undefined ? shared : opened).push(g);
      return g.page;
    },
  };
}
