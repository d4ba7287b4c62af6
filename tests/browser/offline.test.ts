// Offline and installable (issue 17), in a real Chromium under the strict CSP:
// visit the home page once, wait until the service worker controls it, go
// offline, and read five other pages, search, and open a PDF opened before.
// Then a new build with a changed page: the open page offers the new version,
// and after "herladen" shows it. At the root (dist/, built with PDFs by
// `npm run build`) and for a branded copy with its own page under /scholen/de-wilg/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, gotoReady, openPage, type Browser, type GuardedPage, type Page } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { serve, servedWithCsp, type ServedSite, type StaticServer } from '../helpers/server.ts';
import { buildVariant, EXAMPLE_BRAND } from '../helpers/variant.ts';
import { CSP } from '../../src/lib/shared/csp.ts';
import { SITE_SCRIPT_BUDGET_GZIP } from '../../src/lib/node/site-script.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The URLs in a built worker's precache list (minified: `url:"/…"`). */
const precachedUrls = (sw: string): string[] => [...sw.matchAll(/\burl:"([^"]+)",revision:"[0-9a-f]{32}"/g)].map((m) => m[1]!);

/** Waits until the service worker has precached everything and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, { timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/**
 * Offline as the brief has it: page.setOfflineMode(). Chromium applies it to the page,
 * not to its service worker (a target of its own), so every offline round also checks
 * that not one request reached the server: what the reader saw came from the cache.
 */
async function setOffline(page: Page, offline: boolean): Promise<void> {
  await page.setOfflineMode(offline);
}

/**
 * Requests that reached the server since `before`, leaving out the browser's own check
 * for a newer worker script: Chromium makes that request from the worker's target,
 * which page.setOfflineMode() does not cover, and at a moment it chooses (after a
 * navigation or a registration). It is not something the reader saw.
 */
function readerRequests(server: ServedSite, before: number): string[] {
  return server.requests.slice(before).filter((u) => !/(^|\/)sw\.js(\?|$)/.test(u));
}

async function waitForResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(
    (q) => {
      const root = document.querySelector('[data-search]');
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return root && !root.hasAttribute('aria-busy') && status.includes(`‘${q}’`);
    },
    { timeout: 20_000 },
    query,
  );
  return page.$$eval('.search-result h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Reads a file the way a reader's browser would: through the service worker. */
function fetchInPage(page: Page, url: string): Promise<{ status: number; bytes: number }> {
  return page.evaluate(async (u) => {
    try {
      const r = await fetch(u);
      return { status: r.status, bytes: (await r.arrayBuffer()).byteLength };
    } catch {
      return { status: 0, bytes: 0 };
    }
  }, url);
}

const FIVE_PAGES = ['inleiding/', 'stappen/visie-op-leren/', 'gereedschap/dialoog/', 'checklists/lerende-organisatie/', 'begrippen/'];

/** The offline round: five pages, the search and a PDF, with no request reaching the server. */
async function readOffline(g: GuardedPage, server: ServedSite, extraPages: string[], pdf?: string): Promise<void> {
  const { page } = g;
  await gotoReady(page, server.url);
  await waitForServiceWorker(page);
  let pdfBytes = 0;
  if (pdf) {
    // Opened once while online: the worker keeps it.
    const first = await fetchInPage(page, `${server.url}pdf/${pdf}`);
    expect(first.status).toBe(200);
    pdfBytes = first.bytes;
  }
  await setOffline(page, true);
  const before = server.requests.length;

  for (const p of [...FIVE_PAGES, ...extraPages]) {
    // (With the guard's request interception, Puppeteer gives no response object for a
    // page the worker serves; the page itself and the server's silence tell enough.)
    await page.goto(`${server.url}${p}`, { waitUntil: 'load' });
    expect(page.url()).toBe(`${server.url}${p}`);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller), p).toBe(true);
    expect(await page.$eval('main h1', (h) => h.textContent?.trim() ?? ''), p).not.toBe('');
    // The page's stylesheet and script came along (the layout is there, not bare HTML).
    expect(await page.$eval('.site-header', (h) => getComputedStyle(h).display), p).toBe('flex');
  }

  await page.goto(`${server.url}zoeken/?q=intervisie`, { waitUntil: 'load' });
  const hits = await waitForResults(page, 'intervisie');
  expect(hits.length).toBeGreaterThan(0);
  expect(hits[0]).toBe(`${server.base}gereedschap/collegiale-consultatie/`);
  // A result opens offline too.
  await page.goto(`${server.url}${hits[0]!.slice(server.base.length)}`, { waitUntil: 'load' });
  expect(await page.$eval('main h1', (h) => h.textContent?.trim())).toBe('Collegiale consultatie');

  if (pdf) {
    expect(await fetchInPage(page, `${server.url}pdf/${pdf}`)).toEqual({ status: 200, bytes: pdfBytes });
  }
  // Everything above came from the worker's cache: not one request reached the server.
  expect(readerRequests(server, before)).toEqual([]);
  await setOffline(page, false);
  expect(g.foreignRequests).toEqual([]);
  expect(g.errors).toEqual([]);
}

describe('offline at the root', () => {
  const server = servedWithCsp(DIST, '/');

  it('content pages load one small script: the head script, within its budget', () => {
    const html = fs.readFileSync(path.join(DIST, 'gereedschap/dialoog/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/);
    const gz = zlib.gzipSync(fs.readFileSync(path.join(DIST, scripts[0]!))).length;
    expect(gz).toBeLessThanOrEqual(SITE_SCRIPT_BUDGET_GZIP);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  });

  it('the web app manifest has the brand’s name, colours and icon', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'Samen leren', short_name: 'Samen leren', start_url: '/', scope: '/', display: 'standalone', theme_color: '#1f4e79' });
    expect(fs.existsSync(path.join(DIST, manifest.icons[0].src))).toBe(true);
  });

  it('the worker precaches every page, the CSS and JS, the logo and all of Pagefind, and nothing from elsewhere', () => {
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const urls = precachedUrls(sw);
    const files = (dir: string): string[] => fs.readdirSync(path.join(DIST, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `/${path.relative(DIST, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
    // The files, not their brotli copies (scripts/brotli-copies.ts): the worker asks for the
    // file, and the server chooses the encoding (README, "Compressie").
    const notBr = (f: string) => !f.endsWith('.br');
    for (const f of files('pagefind').filter(notBr)) expect(urls).toContain(f);
    expect(urls.filter((u) => u.endsWith('.br'))).toEqual([]);
    for (const f of files('_astro').filter(notBr)) expect(urls).toContain(f);
    for (const f of files('_brand').filter(notBr)) expect(urls).toContain(f);
    expect(urls).toContain('/index.html');
    expect(urls).toContain('/gereedschap/dialoog/index.html');
    expect(urls).toContain('/manifest.webmanifest');
    expect(urls.filter((u) => u.startsWith('/pdf/') || u.startsWith('/print/'))).toEqual([]);
    expect(urls.every((u) => u.startsWith('/') && !u.startsWith('//'))).toBe(true);
  });

  it('"Bewaar alles voor onderweg" lists exactly the PDFs the build wrote', () => {
    const html = fs.readFileSync(path.join(DIST, 'colofon/index.html'), 'utf8');
    const listed = JSON.parse(/data-files="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"')) as string[];
    expect(listed.sort()).toEqual(fs.readdirSync(path.join(DIST, 'pdf')).map((f) => `/pdf/${f}`).sort());
  });

  it('home once, then offline: five pages, the search and a PDF opened before', async () => {
    const g = await openPage(browser, server.url);
    await readOffline(g, server, ['colofon/'], 'stap-1-expertise-in-beeld.pdf');
    // A PDF never opened is not kept: PDFs are cached when opened, not before.
    expect(await g.page.evaluate((u) => caches.match(u).then((r) => !!r), `${server.url}pdf/gereedschap-8-dialoog.pdf`)).toBe(false);
    expect(await g.page.evaluate((u) => caches.match(u).then((r) => !!r), `${server.url}pdf/stap-1-expertise-in-beeld.pdf`)).toBe(true);
    await g.page.close();
  }, 180_000);

  it('"Bewaar alles voor onderweg" keeps every PDF, with progress, for offline', async () => {
    const g = await openPage(browser, `${server.url}colofon/`);
    const { page } = g;
    await waitForServiceWorker(page);
    await page.waitForSelector('[data-save-button]', { visible: true });
    const total = await page.$eval('[data-save-offline]', (el) => (JSON.parse((el as HTMLElement).dataset.files!) as string[]).length);
    await page.click('[data-save-button]');
    await page.waitForFunction(() => /^Klaar/.test(document.querySelector('[data-save-status]')?.textContent ?? ''), { timeout: 60_000 });
    expect(await page.$eval('[data-save-status]', (el) => el.textContent)).toBe(`Klaar: alle ${total} PDF's zijn bewaard op dit apparaat.`);
    expect(await page.$eval('.save-offline progress', (p) => (p as HTMLProgressElement).value)).toBe(total);
    await setOffline(page, true);
    const before = server.requests.length;
    for (const f of fs.readdirSync(path.join(DIST, 'pdf'))) {
      expect((await fetchInPage(page, `${server.url}pdf/${f}`)).status, f).toBe(200);
    }
    expect(readerRequests(server, before)).toEqual([]);
    await setOffline(page, false);
    expect(g.errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('a branded copy with its own page under /scholen/de-wilg/', () => {
  const base = '/scholen/de-wilg/';
  const brandDir = path.resolve('.build', 'offline-test-brand');
  const out = path.resolve('.build', 'variants', 'offline-brand');
  const ownPage = path.join(brandDir, 'paginas', 'samen-leren-op-de-wilg.mdx');
  const build = (pdf: boolean) =>
    execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/build.ts', '--brand', brandDir, '--out', out, ...(pdf ? [] : ['--no-pdf'])], { stdio: 'pipe' });
  let server: StaticServer;

  beforeAll(async () => {
    fs.rmSync(brandDir, { recursive: true, force: true });
    fs.cpSync(path.resolve('content', 'brand-voorbeeld'), brandDir, { recursive: true });
    // The first build is the example school's, with its PDFs: the same brand folder the
    // other files use, built once per run (tests/helpers/variant.ts). This file changes
    // its copy of the brand and builds again below, in its own folder.
    fs.rmSync(out, { recursive: true, force: true });
    fs.cpSync(buildVariant(...EXAMPLE_BRAND), out, { recursive: true });
    server = await serve(out, base, { 'Content-Security-Policy': CSP });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    fs.rmSync(brandDir, { recursive: true, force: true });
  });

  it('the manifest is the school’s', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'Openbare basisschool De Wilg, Zwolle', short_name: 'OBS De Wilg', start_url: base, scope: base, theme_color: '#2d6a4f' });
    expect(manifest.icons[0].src.startsWith(`${base}_brand/`)).toBe(true);
  });

  it('works offline under the base path, its own page too; a new build is offered and shown after "herladen"', async () => {
    const g = await openPage(browser, server.url);
    const { page } = g;
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(server.url);
    await readOffline(g, server, ['samen-leren-op-de-wilg/'], 'stap-1-expertise-in-beeld.pdf');

    // The open page: the school's own page, as the reader has it now.
    await gotoReady(page, `${server.url}samen-leren-op-de-wilg/`);
    expect(await page.$eval('[data-update]', (el) => (el as HTMLElement).hidden)).toBe(true);
    const oldText = 'Op De Wilg willen we dat iedereen in het team elke week iets leert van een collega.';
    const newText = 'Op De Wilg leert iedereen in het team elke week iets van een collega: dat is nieuw in deze versie.';
    expect(await page.$eval('article', (a) => a.textContent)).toContain(oldText);

    fs.writeFileSync(ownPage, fs.readFileSync(ownPage, 'utf8').replace(oldText, newText));
    build(false);

    // The reader comes back to the tab: the page looks for a new version and offers it.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.waitForSelector('[data-update]', { visible: true, timeout: 60_000 });
    expect(await page.$eval('[data-update]', (el) => el.textContent?.replace(/\s+/g, ' ').trim())).toBe('Nieuwe versie beschikbaar: herladen');
    // Until the reader chooses, the old version stays.
    expect(await page.$eval('article', (a) => a.textContent)).toContain(oldText);
    await Promise.all([page.waitForNavigation({ timeout: 30_000 }), page.click('[data-update] button')]);
    expect(await page.$eval('article', (a) => a.textContent)).toContain(newText);

    // The new build replaced the old cache completely: one precache, with the new page in it,
    // and the PDFs of the old build are gone with it.
    const kept = await page.evaluate(async () => {
      const names = await caches.keys();
      const precache = names.filter((n) => n.startsWith('workbox-precache'));
      const cache = await caches.open(precache[0]!);
      const keys = await cache.keys();
      const own = keys.find((r) => r.url.includes('samen-leren-op-de-wilg/index.html'));
      return { names, precache, count: keys.length, own: own ? await (await cache.match(own))!.text() : '' };
    });
    expect(kept.precache).toHaveLength(1);
    expect(kept.own).toContain('dat is nieuw in deze versie');
    expect(kept.own).not.toContain(oldText);
    expect(kept.names.filter((n) => n.startsWith('samen-leren-pdf-'))).toEqual([]);
    const sw = fs.readFileSync(path.join(out, 'sw.js'), 'utf8');
    expect(kept.count).toBe(precachedUrls(sw).length);

    // And the new version works offline as well.
    await setOffline(page, true);
    const before = server.requests.length;
    await page.goto(`${server.url}gereedschap/dialoog/`, { waitUntil: 'load' });
    expect(await page.$eval('main h1', (h) => h.textContent?.trim())).toBe('Dialoog');
    expect(readerRequests(server, before)).toEqual([]);
    await setOffline(page, false);
    expect(g.foreignRequests).toEqual([]);
    expect(g.errors).toEqual([]);
    await page.close();
  }, 300_000);
});
