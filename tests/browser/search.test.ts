// The search in a real Chromium: from the header of a content page to the
// results, Dutch words, the filters, the keyboard, the live region and the way
// back. Everything twice: at the root of a host, and under a base path in the example
// school's copy (content/brand-voorbeeld, /scholen/de-wilg/, with its own page).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, gotoReady, openPage, withoutServiceWorker, type Browser, type GuardedPage, type Page } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { DIST } from '../helpers/dist.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { buildVariant, EXAMPLE_BRAND } from '../helpers/variant.ts';
import { t } from '../../src/lib/node/ui.ts';

interface Shown { href: string; title: string; part: string }

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the page has finished searching for `query` and says so. */
async function waitForResults(page: Page, query: string): Promise<string> {
  await page.waitForFunction(
    (q) => {
      const root = document.querySelector('[data-search]');
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return root && !root.hasAttribute('aria-busy') && status.includes(`‘${q}’`);
    },
    { timeout: 20_000 },
    query,
  );
  return page.$eval('[data-search-status]', (el) => el.textContent ?? '');
}

/** Types a new query into the search page's field (replacing the old one). */
async function typeQuery(page: Page, query: string): Promise<string> {
  await page.click('#zoek-q', { count: 3 });
  await page.keyboard.type(query);
  return waitForResults(page, query);
}

function shown(page: Page): Promise<Shown[]> {
  return page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      title: li.querySelector('h2 a')?.textContent ?? '',
      part: li.querySelector('.search-result-badge')?.textContent ?? '',
    })),
  );
}

/** Clicks "Meer resultaten" until every result is on the page. */
async function showAll(page: Page): Promise<Shown[]> {
  while (await page.$eval('[data-search-more]', (b) => !(b as HTMLButtonElement).hidden)) {
    const before = (await shown(page)).length;
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, {}, before);
  }
  return shown(page);
}

const activeText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent ?? '');
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

for (const variant of [{ name: 'at the root', base: '/' }, { name: 'under a base path, in the example school\'s copy', base: '/scholen/de-wilg/' }]) {
  describe(`search ${variant.name}`, () => {
    let server: StaticServer;
    const guarded: GuardedPage[] = [];
    const base = variant.base;
    const open = async (path: string): Promise<Page> => {
      const g = await openPage(browser, `${server.url}${path}`, withoutServiceWorker);
      guarded.push(g);
      return g.page;
    };

    beforeAll(async () => {
      const dir = base === '/' ? DIST : buildVariant(...EXAMPLE_BRAND);
      server = await serve(dir, base);
    });
    // Each test's pages are closed when it ends (an open page keeps rendering); what they
    // saw stays in `guarded` for the last test.
    let closed = 0;
    afterEach(async () => {
      for (const g of guarded.slice(closed)) await g.page.close().catch(() => {});
      closed = guarded.length;
    });
    afterAll(async () => {
      await server?.close();
    });

    it('loads no script on a content page; its header field opens the search with the words', async () => {
      const requests: string[] = [];
      const page = await browser.newPage();
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await withoutServiceWorker(page);
      await gotoReady(page, `${server.url}gereedschap/dialoog/`);
      // Only the head script every page loads (theme and offline, issue 17), and the service worker.
      expect(requests.filter((r) => (r.endsWith('.js') && !/\/_astro\/site\.\w+\.js$/.test(r) && !r.endsWith('/sw.js')) || r.includes('/pagefind/'))).toEqual([]);

      await page.type('#zoekveld', 'intervisie');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(page.url()).toBe(`${server.url}zoeken/?q=intervisie`);
      const status = await waitForResults(page, 'intervisie');
      expect(status).toMatch(/^\d+ resultaten voor ‘intervisie’$/);
      const results = await shown(page);
      expect(results[0]).toEqual({ href: `${base}gereedschap/collegiale-consultatie/`, title: 'Collegiale consultatie', part: t('parts.gereedschap') });
      // Pagefind came from this site's own folder, under the base path.
      expect(requests.filter((r) => r.includes('/pagefind/')).every((r) => r.startsWith(`${base}pagefind/`))).toBe(true);
      expect(requests.some((r) => r.startsWith(`${base}pagefind/index/`))).toBe(true);
      await page.close();
    });

    // Which page comes first for which Dutch word (the ranking) is tested once, on the
    // built index in Node: tests/search.test.ts ("Dutch words land on the right page",
    // origami, leerwerkgemeenschap and PLG among them). Here: that the page shows what the
    // index finds, under the base path, in the address, with the stemmed word highlighted.
    it('shows what the index finds for a typed word, in the address, with a stemmed word highlighted', async () => {
      const page = await open('zoeken/');
      await typeQuery(page, 'origami');
      expect((await shown(page))[0]!.href).toBe(`${base}gereedschap/bloemenfabriek/`);
      expect(page.url()).toBe(`${server.url}zoeken/?q=origami`);

      await typeQuery(page, 'leerwerkgemeenschap');
      const marks = await page.$$eval('.search-results mark', (ms) => ms.map((m) => m.textContent?.toLowerCase() ?? ''));
      expect(marks.some((m) => m.startsWith('leerwerkgemeenschappen'))).toBe(true);
      expect(page.url()).toBe(`${server.url}zoeken/?q=leerwerkgemeenschap`);
    });

    it('shows title, part, highlighted excerpt and sections that link to their heading', async () => {
      const page = await open('zoeken/?q=intervisie');
      await waitForResults(page, 'intervisie');
      const first = await page.$eval('.search-result', (li) => ({
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase()),
        sections: [...li.querySelectorAll('.search-result-sections a')].map((a) => a.getAttribute('href')),
      }));
      expect(first.marks.length).toBeGreaterThan(0);
      expect(first.marks.every((m) => m?.startsWith('intervisie'))).toBe(true);
      expect(first.sections.length).toBeGreaterThan(0);
      for (const href of first.sections) expect(href).toMatch(new RegExp(`^${base}gereedschap/collegiale-consultatie/#[\\w-]+$`));
    });

    it('announces the number of results in a live region, and that number is what it shows', async () => {
      const page = await open('zoeken/?q=feedback');
      const live = await page.$eval('[data-search-live]', (el) => [el.getAttribute('role'), el.getAttribute('aria-live')]);
      expect(live).toEqual(['status', 'polite']);
      const status = await waitForResults(page, 'feedback');
      const n = Number(/^(\d+) resultaten voor ‘feedback’$/.exec(status)?.[1]);
      expect(n).toBeGreaterThan(6);
      // Said once the typing pauses, in the same words as on screen.
      await page.waitForFunction((s) => document.querySelector('[data-search-live]')?.textContent === s, { timeout: 5000 }, status);
      expect(await showAll(page)).toHaveLength(n);
      // Opened with a query, the page keeps room for its results (no layout shift) until the reader types.
      const roomKept = () => page.evaluate(() => document.querySelector<HTMLElement>('[data-search-results]')!.style.minHeight !== '' || document.documentElement.hasAttribute('data-search-query'));
      expect(await roomKept()).toBe(true);

      // Typing letter by letter: the results follow each letter, the screen reader hears only the last count.
      await page.evaluate(() => {
        const said: string[] = [];
        (window as unknown as { said: string[] }).said = said;
        const region = document.querySelector('[data-search-live]')!;
        new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
      });
      // The letters go in 250 ms apart by the page's own clock, not this process's: on a busy
      // machine a pause from here can stretch past the 700 ms the region waits for.
      await page.evaluate(async () => {
        const field = document.querySelector<HTMLInputElement>('#zoek-q')!;
        field.focus();
        field.value = '';
        for (const letter of 'visie') {
          field.value += letter;
          field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: letter }));
          await new Promise((r) => setTimeout(r, 250));
        }
      });
      const final = await waitForResults(page, 'visie');
      expect(await roomKept()).toBe(false);
      await page.waitForFunction((s) => document.querySelector('[data-search-live]')?.textContent === s, { timeout: 5000 }, final);
      expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([final]);

      await typeQuery(page, 'qqxqzz');
      expect(await page.$eval('[data-search-status]', (el) => el.textContent)).toContain('Geen resultaten voor ‘qqxqzz’');
      expect(await shown(page)).toEqual([]);
      await page.waitForFunction(() => document.querySelector('[data-search-live]')?.textContent?.includes('Geen resultaten voor ‘qqxqzz’'), { timeout: 5000 });
    });

    it('opened with a query, keeps room for one result down to the bottom of the screen, not further', async () => {
      const page = await open('stappen/');
      // A screen tall enough for the one result, with room to spare under it.
      await page.setViewport({ width: 1280, height: 1000 });
      await gotoReady(page, `${server.url}zoeken/?q=origami`);
      await waitForResults(page, 'origami');
      const seen = await page.evaluate(() => ({
        results: document.querySelectorAll('.search-result').length,
        keys: document.querySelector('.search-keys')!.getBoundingClientRect().top,
        screen: innerHeight,
      }));
      expect(seen.results).toBe(1);
      // What comes after the results waits just below the screen: out of sight while the
      // results came in, and no screen of white under one result.
      expect(seen.keys).toBeGreaterThanOrEqual(seen.screen - 1);
      expect(seen.keys).toBeLessThan(seen.screen + 60);
    });

    it('filters by part, with counts, in the address so the search can be shared', async () => {
      const page = await open('zoeken/?q=feedback');
      await waitForResults(page, 'feedback');
      const tool = t('parts.gereedschap');
      const label = await page.$$eval('.search-filter', (ls, part) => ls.find((l) => l.querySelector('input')?.value === part)?.textContent ?? '', tool);
      const count = Number(/\((\d+)\)/.exec(label)?.[1]);
      expect(count).toBeGreaterThan(0);

      await page.click(`.search-filter input[value="${tool}"]`);
      await page.waitForFunction((p) => document.querySelector('[data-search-status]')?.textContent?.endsWith(`in: ${p}`), {}, tool);
      await waitForResults(page, 'feedback');
      const filtered = await showAll(page);
      expect(filtered).toHaveLength(count);
      expect(filtered.every((r) => r.part === tool && r.href.startsWith(`${base}gereedschap/`))).toBe(true);
      expect(page.url()).toBe(`${server.url}zoeken/?q=feedback&onderdeel=${tool}`);

      // The shared address opens the same search.
      const again = await open(`zoeken/?q=feedback&onderdeel=${tool}`);
      await waitForResults(again, 'feedback');
      expect(await again.$eval(`.search-filter input[value="${tool}"]`, (c) => (c as HTMLInputElement).checked)).toBe(true);
      expect(await showAll(again)).toEqual(filtered);
    });

    it('walks the results with the arrow keys, opens one with Enter', async () => {
      const page = await open('zoeken/?q=visie');
      await waitForResults(page, 'visie');
      expect(await activeId(page)).toBe('zoek-q');
      const links = await page.$$eval('.search-results a', (as) => as.map((a) => a.textContent ?? ''));
      await page.keyboard.press('ArrowDown');
      expect(await activeText(page)).toBe(links[0]);
      await page.keyboard.press('ArrowDown');
      expect(await activeText(page)).toBe(links[1]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await activeId(page)).toBe('zoek-q');

      // Escape in the results: back to the field, to type something else.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      expect(await activeId(page)).toBe('zoek-q');

      await page.keyboard.press('ArrowDown');
      const target = (await shown(page))[0]!.href;
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(target);
    });

    it('Escape in the field goes back to the page the reader came from, or home', async () => {
      const page = await open('stappen/visie-op-leren/');
      await page.type('#zoekveld', 'feedback');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      await waitForResults(page, 'feedback');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Escape')]);
      expect(page.url()).toBe(`${server.url}stappen/visie-op-leren/`);

      const direct = await open('zoeken/?q=feedback');
      await waitForResults(direct, 'feedback');
      await Promise.all([direct.waitForNavigation(), direct.keyboard.press('Escape')]);
      expect(direct.url()).toBe(server.url);
    });

    it('passes axe (WCAG 2.2 AA) with results, sections and a filter on, at phone and desk width', async () => {
      const page = await open('zoeken/?q=feedback');
      for (const width of [360, 1280]) {
        await page.setViewport({ width, height: 800 });
        await gotoReady(page, `${server.url}zoeken/?q=feedback&onderdeel=${t('parts.stappen')}`);
        await waitForResults(page, 'feedback');
        const violations = await axeViolations(page, { context: { include: [['main']] } });
        expect(violations, `${width}px`).toEqual([]);
      }
    });

    it('says what to do without JavaScript, and offers the contents and the glossary', async () => {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(`${server.url}zoeken/?q=visie`, { waitUntil: 'load' });
      const text = await page.$eval('main', (m) => m.innerText);
      expect(text).toContain(t('searchPage.noScript'));
      const hrefs = await page.$$eval('.search-browse a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`${base}begrippen/`);
      expect(hrefs).toContain(`${base}stappen/`);
      await page.close();
    });

    it('works under a strict Content Security Policy (WebAssembly needs only wasm-unsafe-eval)', async () => {
      // manifest-src: every page links the web app manifest (offline, issue 17).
      const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'";
      const strict = await serve(base === '/' ? DIST : buildVariant(...EXAMPLE_BRAND), base, { 'content-security-policy': csp });
      const page = await browser.newPage();
      try {
        await page.evaluateOnNewDocument(() => {
          (window as unknown as { cspViolations: string[] }).cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        await page.goto(`${strict.url}zoeken/?q=origami`, { waitUntil: 'load' });
        await waitForResults(page, 'origami');
        expect((await shown(page))[0]!.href).toBe(`${base}gereedschap/bloemenfabriek/`);
        expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      } finally {
        await page.close();
        await strict.close();
      }
    });

    it('asked nothing from another host and threw no error', () => {
      expect(guarded.length).toBeGreaterThan(3);
      for (const g of guarded) {
        expect(g.foreignRequests).toEqual([]);
        expect(g.errors).toEqual([]);
      }
    });
  });
}

describe('search from a server configured as in the README (brotli)', () => {
  it('gets Pagefind\'s files as their brotli copies, and finds as before', async () => {
    const server = await serve(DIST, '/', {}, { compress: 'br' });
    const page = await browser.newPage();
    try {
      const encodings = new Map<string, string>();
      page.on('response', (r) => {
        const p = new URL(r.url()).pathname;
        if (p.startsWith('/pagefind/')) encodings.set(p, r.headers()['content-encoding'] ?? '');
      });
      await page.goto(`${server.url}zoeken/?q=intervisie`, { waitUntil: 'load' });
      await waitForResults(page, 'intervisie');
      expect((await shown(page))[0]!.href).toBe('/gereedschap/collegiale-consultatie/');
      const kinds = [...encodings.keys()].map((p) => p.replace(/^\/pagefind\/(index|fragment|filter)\/.*$/, '$1').replace(/^\/pagefind\//, ''));
      expect(kinds).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.nl.pagefind', 'index', 'fragment', 'filter']));
      for (const [p, encoding] of encodings) expect(encoding, p).toBe('br');
    } finally {
      await page.close();
      await server.close();
    }
  });
});
