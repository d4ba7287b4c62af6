// The set-up the island tests share (checklist, planner): the built site served from
// dist/, the run's Chromium, a temporary folder for downloads and files, and pages
// that each have their own browser context (their own localStorage) with confirm()
// answered yes. Every page opened is checked at the end: nothing asked from another
// host, no error in the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, openPage, type Browser, type GuardedPage, type Page } from './browser.ts';
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

  beforeAll(async () => {
    server = await serve(DIST, '/');
    browser = await launchBrowser();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  });

  afterAll(async () => {
    for (const g of opened) {
      expect(g.foreignRequests).toEqual([]);
      expect(g.errors).toEqual([]);
    }
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
        await prep.goto(`${server.url}404-leeg/`);
        await before(prep);
        await prep.close();
      }
      const g = await openPage(context as unknown as Browser, `${server.url}${rel}`);
      g.page.on('dialog', (d) => void d.accept());
      opened.push(g);
      return g.page;
    },
  };
}
