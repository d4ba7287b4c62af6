// `npm run dev` / `samen-leren dev` (issue 18): the site while you write, as an
// editor or a school's web admin sees it in a browser. Every page answers, the
// head script (theme, offline) loads, no service worker is registered (the build
// writes it; a worker left over from dev would keep serving old pages), and the
// search page says that searching needs a build instead of "reload the page".
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchBrowser, type Browser } from './helpers/browser.ts';
import { loadContext } from '../src/lib/node/context.ts';
import { textsOf } from '../src/lib/node/ui.ts';

const root = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

let dev: ChildProcess;
let url: string;
let browser: Browser;
let output = '';

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  const env = { ...process.env };
  delete env.SAMEN_LEREN_BRAND; // the project's own brand
  delete env.SAMEN_LEREN_BASE;
  // Vitest sets these for its own Vite; `astro dev` would take them as its own (scripts/build.ts does the same).
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'TEST']) delete env[name];
  dev = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
  // Ready when it answers; a dev server that never does fails here with what it printed.
  const until = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(30_000) }).then((r) => r.ok, () => false);
    if (ok) break;
    if (dev.exitCode !== null || Date.now() > until) throw new Error(`astro dev antwoordt niet:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill('SIGTERM');
});

/** Opens a page and records what it asked for and what failed. */
async function visit(sitePath: string): Promise<{ page: Page; requests: string[]; failed: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${new URL(r.url()).pathname} (${r.status()})`);
  });
  const response = await page.goto(new URL(sitePath.slice(1), url).href, { waitUntil: 'load' });
  expect(response?.status(), `${sitePath}: ${output.slice(-2000)}`).toBe(200);
  return { page, requests, failed };
}

describe('npm run dev', () => {
  it('serves the pages with their head script, and registers no service worker', async () => {
    for (const sitePath of ['/', '/stappen/expertise-in-beeld/']) {
      const { page, requests, failed } = await visit(sitePath);
      const script = await page.$eval('head script[src]', (s) => ({ src: s.getAttribute('src')!, sw: s.hasAttribute('data-sw') }));
      expect(requests, sitePath).toContain(script.src);
      expect(failed, sitePath).toEqual([]);
      expect(script.sw, `${sitePath}: data-sw in dev`).toBe(false);
      // The theme toggle is the head script's work: shown only when it ran.
      await page.waitForSelector('[data-theme-toggle]:not([hidden])', { timeout: 10_000 });
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
      expect(requests.some((r) => r.endsWith('/sw.js')), sitePath).toBe(false);
      await page.close();
    }
  });

  it('says on the search page that searching needs a build', async () => {
    const { t } = textsOf(loadContext({ root, pdfs: false }).ui);
    const { page } = await visit('/zoeken/?q=leren');
    const note = await page.waitForSelector('[data-search-error]:not([hidden])', { timeout: 20_000 });
    expect(await note!.evaluate((n) => n.textContent)).toBe(t('searchPage.devNote'));
    await page.close();
  });
});
