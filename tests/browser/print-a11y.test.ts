// The print route (/print/boek/) is the source of the book PDF, but it is also a
// published page: someone can open it. Every HTML file in dist/ that the reader
// pages test (a11y.test.ts) leaves out passes axe with WCAG 2.2 AA on screen too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { axeViolations } from '../helpers/axe.ts';
import { builtPages, DIST } from '../helpers/dist.ts';

/** Every HTML file in dist/ that is not a reader page and not Pagefind's, as a site path. */
function otherHtml(): string[] {
  const readers = new Set(builtPages().map((p) => `${p}index.html`));
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (!['pagefind', '_astro', 'pdf'].includes(e.name)) walk(p); }
      else if (e.name.endsWith('.html')) out.push(`/${path.relative(DIST, p).split(path.sep).join('/')}`);
    }
  };
  walk(DIST);
  return out.filter((p) => !readers.has(p)).sort();
}

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(DIST, '/')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the pages the reader tests leave out', () => {
  const pages = otherHtml();
  it('include the print book', () => {
    expect(pages).toContain('/print/boek/index.html');
  });

  it.each(pages)('%s passes axe with WCAG 2.2 AA on screen, loads nothing from elsewhere, and shows no controls without their script', async (p) => {
    const { page, foreignRequests, errors } = await openPage(browser, server.url + p.slice(1).replace(/index\.html$/, ''));
    try {
      expect(await axeViolations(page)).toEqual([]);
      // No island runs here: nothing may be marked for one (data-js-show would show the
      // colour test's − and + buttons on screen, doing nothing).
      expect(await page.$$eval('[data-js-show]', (els) => els.map((e) => e.outerHTML.slice(0, 80)))).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('the contents of the print book are targets of at least 24 px on screen', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto(`${server.url}print/boek/`, { waitUntil: 'load' });
    const small = await page.$$eval('.book-toc a', (links) => links.map((a) => a.getBoundingClientRect()).filter((r) => r.height < 24 || r.width < 24).length);
    expect(small).toBe(0);
    await page.close();
  });
});
