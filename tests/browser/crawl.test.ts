// One crawl per variant of the handbook (issue 14): the default site (dist/, at the
// root) and the example school's copy (content/brand-voorbeeld, under
// /scholen/de-wilg/), each served with the strict Content-Security-Policy that
// README.md ("Zelf hosten") tells schools to send. Starting at the home page and
// following every link, each page is loaded once and checked for everything at once:
//
// - axe-core with WCAG 2.2 AA (tests/helpers/axe.ts), on every page;
// - no CSP violation (also after a click on a form, so lazy code runs too);
// - nothing asked from another host, no script error, no console error;
// - no sideways scroll at 320, 360 and 1280 px, the header small on a phone, tap
//   targets of 24 x 24 px or spaced enough (WCAG 2.5.8, and axe's target-size) at 320
//   and 360 px, wide tables that show that they scroll, no two links with the same
//   text for different pages;
// - nothing moves while the page loads (layout shift, as in CLS), and every part marked
//   for a script (data-js-show) has been taken over by it;
// - every link, stylesheet, script, image and form answers (no 404), stays under the
//   base path, and every built page is reachable from the home page;
// - light and dark (issue 17): one page of each kind passes axe in both themes at 360
//   and 1280 px, with its charts drawn, on the right background. This was
//   tests/browser/dark.test.ts, which loaded those pages again in a browser of their own;
//   the crawl has them open already (the toggle, print and the colour test's colours
//   are still tested there).
//
// It replaces the separate crawls of a11y.test.ts, csp.test.ts, layout.test.ts and the
// one in brand.test.ts, which loaded the same pages four times in four browsers. The
// pages are listed from the built folder, so a new page is checked without touching
// this file. What it measures in a page is in tests/helpers/page-checks.ts; what it does
// not do on its way (the keyboard, the pages without JavaScript, a page of each kind
// loaded at desk width) is in tests/browser/site.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoReady, launchBrowser, settled, type Browser, type Page } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { axeSource, axeViolations } from '../helpers/axe.ts';
import { builtPages, DIST, ONE_OF_EACH_KIND } from '../helpers/dist.ts';
import { layoutShift, MAX_SHIFT, shiftText, smallTargets, tables, watchLayoutShift, type Shift, type TableReport } from '../helpers/page-checks.ts';
import { buildVariant, EXAMPLE_BRAND } from '../helpers/variant.ts';
import { CSP } from '../../src/lib/shared/csp.ts';

const PHONES = [320, 360];
/** The desk width, where axe checks every page (and the phone widths its target-size rule). */
const WIDE = 1280;
const SCREEN = 740; // the height of the phone screen in these tests
const HEADER_MAX = 100;

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];
const THEME_WIDTHS = [360, 1280];
const PAPER: Record<Theme, string> = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 24, 29)' };

/** One page of each kind (with a query: its results on screen), checked in both themes. */
const THEMED = ONE_OF_EACH_KIND;

interface ThemeReport {
  /** The page's background per width. */
  paper: Record<number, string>;
  /** axe, every WCAG 2.2 AA rule, per width. */
  axe: Record<number, string[]>;
}

interface PageReport {
  status: number | undefined;
  csp: string | undefined;
  /** axe, every WCAG 2.2 AA rule, at WIDE px. */
  axe: string[];
  /** axe, every rule, at more widths for the pages listed in `axeAlsoAt`. */
  axeAt: Record<number, string[]>;
  overflow: Record<number, number>;
  header: Record<number, number>;
  smallTargets: Record<number, string[]>;
  axeTargetSize: Record<number, string[]>;
  tables: TableReport[];
  sameTextOtherTarget: string[];
  /** Visible "at a glance" boxes (at 1280 px). */
  glance: number;
  /** Where the first card list (and the colour test) starts at 360 px, from the top of the page. */
  starts: Record<string, number | null>;
  /** Everything the page links to or loads: links, stylesheets, scripts, images, forms. */
  targets: string[];
  /** For the pages in `themed`: what each theme showed, at 360 and 1280 px. */
  themes: Partial<Record<Theme, ThemeReport>>;
  /** How far the page moved while it loaded (layout shift, as in CLS), and what moved, per width it was loaded at. */
  shift: Record<number, Shift>;
  /** Parts marked data-js-show that no script took over once the page had loaded. */
  unclaimed: string[];
}

interface Variant {
  name: string;
  dir: () => string;
  base: string;
  /** Pages (site paths under the base) that axe also checks at these widths, each loaded fresh at that width. */
  axeAlsoAt: Record<string, number[]>;
  /** Pages (site paths under the base, a query allowed) checked in both themes. */
  themed: string[];
}

const VARIANTS: Variant[] = [
  {
    name: 'het handboek',
    dir: () => DIST,
    base: '/',
    // On a phone (360 px), as a reader opens them.
    axeAlsoAt: Object.fromEntries(['/', '/gereedschap/matrix-van-camp/', '/stappen/expertises-benutten/', '/achtergrond/uitnodigen-en-uitdagen/'].map((p) => [p, [360]])),
    themed: THEMED,
  },
  {
    name: 'het voorbeeldmerk',
    dir: () => buildVariant(...EXAMPLE_BRAND),
    base: '/scholen/de-wilg/',
    // In the school's colours, at desk and phone width.
    axeAlsoAt: Object.fromEntries(['/', '/samen-leren-op-de-wilg/', '/gereedschap/dialoog/', '/stappen/'].map((p) => [p, [1280, 360]])),
    // Its colours in both themes; its own page instead of the colour test, which it leaves out.
    themed: THEMED.filter((p) => p !== '/kleurentest/').concat('/samen-leren-op-de-wilg/'),
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Makes the page's charts appear: answers on the checklist, every situation of the colour test. */
async function fillIn(page: Page, p: string): Promise<void> {
  if (p.startsWith('/checklists/') && p !== '/checklists/') {
    await page.evaluate(() => document.querySelectorAll<HTMLInputElement>('input[type="radio"][value="2"]').forEach((r) => r.click()));
    await page.waitForSelector('#scorer-chart svg', { visible: true });
  }
  if (p === '/kleurentest/') {
    await page.evaluate(() => {
      for (const item of document.querySelectorAll('[data-item]')) {
        const plus = [...item.querySelectorAll<HTMLButtonElement>('[data-step="1"]')];
        for (let i = 0; i < 40; i++) {
          const b = plus[i % plus.length]!;
          if (b.getAttribute('aria-disabled') !== 'true') b.click();
        }
      }
    });
    await page.waitForSelector('[data-chart] svg', { visible: true });
  }
}

/** axe's target-size rule alone (axe is loaded in the page). */
const axeTargetSize = (page: Page) => axeViolations(page, { rules: ['target-size'] });

describe.each(VARIANTS)('$name', ({ dir, base, axeAlsoAt, themed }) => {
  /** The themed pages by their path (the search page is themed with a query). */
  const themedAt = new Map(themed.map((t) => [t.split('?')[0]!, t]));
  let server: StaticServer;
  let page: Page;
  let folder: string;
  let pages: string[] = [];
  const reports = new Map<string, PageReport>();
  /** What went wrong while crawling, with the page it happened on. */
  const foreign: string[] = [];
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  const violations: string[] = [];
  const failures: string[] = [];
  const visited: string[] = [];

  beforeAll(async () => {
    folder = dir();
    pages = builtPages(folder);
    server = await serve(folder, base, { 'Content-Security-Policy': CSP });
    const origin = new URL(server.url).origin;
    page = await browser.newPage();
    let current = '';
    // Every page and file from the server, not from the service worker's cache: the status
    // and the policy of each are the server's. The offline test covers the worker.
    await page.setBypassServiceWorker(true);
    page.on('request', (req) => {
      const u = req.url();
      if (!(u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:'))) foreign.push(`${u} (op ${current})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()} (geladen door ${current})`);
    });
    page.on('pageerror', (e) => errors.push(`${current}: ${e}`));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${current}: ${m.text()}`);
    });
    // axe in every document this page loads, sent to Chromium once instead of with every page.
    await page.evaluateOnNewDocument(axeSource);
    await watchLayoutShift(page);
    await page.exposeFunction('reportViolation', (v: string) => violations.push(`${current}: ${v}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });

    // Breadth first from the home page, each page once. A query (/sessie/?gereedschap=dialoog)
    // is read by the page's script: the same page, visited once.
    const queue = [server.url];
    const seen = new Set(queue);
    const assets = new Set<string>();
    while (queue.length) {
      const url = queue.shift()!;
      current = url;
      const p = `/${url.slice(server.url.length)}`;
      visited.push(p);
      const report = await visit(page, url, axeAlsoAt[p] ?? []);
      reports.set(p, report);
      if (report.status !== 200) failures.push(`${report.status} ${url}`);
      for (const t of report.targets) {
        const u = new URL(t);
        if (u.origin !== origin) continue;
        u.hash = '';
        if (u.pathname.endsWith('/')) u.search = '';
        if (seen.has(u.href)) continue;
        seen.add(u.href);
        if (!u.pathname.startsWith(base)) { failures.push(`buiten het basispad: ${u.href} (op ${url})`); continue; }
        if (u.pathname.endsWith('/')) queue.push(u.href);
        else assets.add(`${u.href} (op ${url})`);
      }
    }
    // The files the pages link to that are not pages (PDFs, the feed, images): each once.
    for (const a of assets) {
      const href = a.slice(0, a.indexOf(' '));
      const res = await fetch(href);
      await res.arrayBuffer();
      if (res.status !== 200) failures.push(`${res.status} ${a}`);
    }
  }, 900_000);
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  /** Everything the crawl measures on one page. */
  async function visit(page: Page, url: string, alsoAt: number[]): Promise<PageReport> {
    await page.setViewport({ width: PHONES[0]!, height: SCREEN });
    const response = await gotoReady(page, url);
    const report: PageReport = {
      status: response?.status(), csp: response?.headers()['content-security-policy'],
      axe: [], axeAt: {}, overflow: {}, header: {}, smallTargets: {}, axeTargetSize: {}, tables: [], sameTextOtherTarget: [], glance: 0, starts: {}, targets: [], themes: {}, shift: {}, unclaimed: [],
    };
    report.unclaimed = await page.$$eval('[data-js-show]', (els) => els.map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`));
    report.shift[PHONES[0]!] = await layoutShift(page);
    // Forms too: the header's search field is the way to /zoeken/.
    report.targets = await page.$$eval('a[href], link[href], img[src], script[src], form[action]', (els) =>
      els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src || (e as HTMLFormElement).action),
    );
    for (const width of [...PHONES, WIDE]) {
      await page.setViewport({ width, height: SCREEN });
      report.overflow[width] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      report.header[width] = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
      if (width === WIDE) continue;
      report.smallTargets[width] = [
        ...(await page.evaluate(smallTargets)),
        // The breadcrumbs and "Op deze pagina" are at least 24 px high themselves, not only spaced.
        ...(await page.$$eval('.breadcrumbs a, .toc a', (links) => links.filter((a) => a.getBoundingClientRect().height < 24).map((a) => `"${a.textContent}" is ${Math.round(a.getBoundingClientRect().height)} px high`))),
      ];
      report.axeTargetSize[width] = await axeTargetSize(page);
      if (width === 360) {
        report.tables = await page.evaluate(tables);
        report.starts = await page.evaluate(() => {
          const top = (sel: string) => {
            const e = document.querySelector(sel);
            return e ? e.getBoundingClientRect().top + window.scrollY : null;
          };
          return { '.cards': top('.cards'), '#test': top('#test') };
        });
      }
    }
    // At 1280 px.
    report.sameTextOtherTarget = await page.evaluate(() => {
      const byText = new Map<string, Set<string>>();
      for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
        if (!a.checkVisibility()) continue;
        const text = (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!byText.has(text)) byText.set(text, new Set());
        byText.get(text)!.add(a.href.split('#')[0]!); // the same page, another section: one target
      }
      return [...byText].filter(([, hrefs]) => hrefs.size > 1).map(([text, hrefs]) => `"${text}" → ${hrefs.size} pages`);
    });
    report.glance = await page.$$eval('.glance', (g) => g.filter((e) => e.checkVisibility()).length);
    // Every WCAG 2.2 AA rule, at 1280 px, where the page already is (the phone widths had
    // the rule that depends on the width, target-size, above).
    report.axe = await axeViolations(page);
    // And at more widths where asked, loaded at that width as a reader would.
    for (const width of alsoAt) {
      await page.setViewport({ width, height: 800 });
      await gotoReady(page, url);
      report.shift[width] = await layoutShift(page);
      report.axeAt[width] = await axeViolations(page);
    }
    // Interact where there is something to interact with, so lazy code runs too (under the CSP).
    if (await page.$('input[type="radio"]')) {
      await page.click('input[type="radio"]');
      await settled(page);
    }
    const p = `/${url.slice(server.url.length)}`;
    if (themedAt.has(p)) report.themes = await themes(page, themedAt.get(p)!, { [WIDE]: report.axe, ...report.axeAt });
    return report;
  }

  /**
   * Both themes on one page, at 360 and 1280 px, with its charts drawn: light as the
   * crawl loaded it (resized to 360, then 1280 px), dark loaded afresh with the system
   * set to dark, so the theme is there from the first paint. A light width that axe has
   * just checked on this page as it is (the crawl's run at 1280 px, or a fresh load in
   * axeAlsoAt), without charts to draw or a query to search, is not run twice: that
   * result is this one.
   */
  async function themes(page: Page, themedPath: string, checkedAt: Record<number, string[]>): Promise<Partial<Record<Theme, ThemeReport>>> {
    const out: Partial<Record<Theme, ThemeReport>> = {};
    const p = themedPath.split('?')[0]!;
    const url = server.url + themedPath.slice(1);
    const charts = p === '/kleurentest/' || (p.startsWith('/checklists/') && p !== '/checklists/');
    try {
      for (const theme of THEMES) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        await page.setViewport({ width: THEME_WIDTHS[0]!, height: 900 });
        if (theme === 'dark' || themedPath.includes('?')) await gotoReady(page, url);
        // The search page with its results on screen (they come after the page has loaded).
        if (themedPath.includes('?q=')) await page.waitForSelector('#zoek-resultaten > li', { timeout: 20_000 });
        const r: ThemeReport = { paper: {}, axe: {} };
        for (const width of THEME_WIDTHS) {
          await page.setViewport({ width, height: 900 });
          r.paper[width] = await paper(page);
          await fillIn(page, p);
          const known = theme === 'light' && !charts && !themedPath.includes('?') ? checkedAt[width] : undefined;
          r.axe[width] = known ?? (await axeViolations(page));
        }
        out[theme] = r;
      }
    } finally {
      // Back to the system's default for the next page.
      await page.emulateMediaFeatures([]);
    }
    return out;
  }

  const each = <T>(f: (p: string, r: PageReport) => T[]) => [...reports].flatMap(([p, r]) => f(p, r));

  it('reaches every built page from the home page, and only those', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect([...visited].sort()).toEqual(pages);
  });

  it('every link, stylesheet, script, image and form answers (no 404) and stays under the base path', () => {
    expect(failures).toEqual([]);
    expect(server.requests.filter((r) => !r.startsWith(base))).toEqual([]);
  });

  it('every page passes axe with WCAG 2.2 AA at 1280 px', () => {
    expect(each((p, r) => r.axe.map((v) => `${p}: ${v}`))).toEqual([]);
  });

  it.each(Object.entries(axeAlsoAt))('%s passes axe also at %j px', (p, widths) => {
    const r = reports.get(p);
    expect(r, p).toBeDefined();
    for (const w of widths) expect(r!.axeAt[w], `${p} @ ${w}`).toEqual([]);
  });

  it.each(themed.flatMap((t) => THEMES.map((theme) => [t, theme] as const)))('%s in the %s theme at 360 and 1280 px: its background, and axe', (t, theme) => {
    const r = reports.get(t.split('?')[0]!)?.themes[theme];
    expect(r, `${t} ${theme}`).toBeDefined();
    for (const width of THEME_WIDTHS) {
      expect(r!.paper[width], `${t} ${theme} ${width}px`).toBe(PAPER[theme]);
      expect(r!.axe[width], `${t} ${theme} ${width}px`).toEqual([]);
    }
  });

  it('every page is sent with the strict policy and reports no CSP violation', () => {
    expect(CSP).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    expect(each((p, r) => (r.csp === CSP ? [] : [`${p}: ${r.csp}`]))).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('asks nothing from another host, and throws and logs no error', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it(`moves nothing while a page loads (layout shift at most ${MAX_SHIFT}): every page at 320 px, and where loaded at more widths`, () => {
    const moved = each((p, r) => Object.entries(r.shift).filter(([, s]) => s.sum > MAX_SHIFT).map(([w, s]) => `${p} at ${w} px: ${shiftText(s)}`));
    expect(moved).toEqual([]);
  });

  it('has every part its scripts show taken over by them once loaded (no data-js-show left)', () => {
    expect(each((p, r) => r.unclaimed.map((u) => `${p}: ${u}`))).toEqual([]);
  });

  it('scrolls no page sideways at 320, 360 or 1280 px', () => {
    const wide = each((p, r) => Object.entries(r.overflow).filter(([, o]) => o > 0).map(([w, o]) => `${p} at ${w} px: ${o} px`));
    expect(wide).toEqual([]);
  });

  it(`keeps the header at most ${HEADER_MAX} px high on a phone`, () => {
    const high = each((p, r) => PHONES.filter((w) => r.header[w]! > HEADER_MAX).map((w) => `${p} at ${w} px: ${Math.round(r.header[w]!)} px`));
    expect(high).toEqual([]);
  });

  it('has tap targets of 24 x 24 px, or spaced enough, outside running text (WCAG 2.5.8, and axe target-size)', () => {
    const small = each((p, r) => PHONES.flatMap((w) => [...r.smallTargets[w]!, ...r.axeTargetSize[w]!.map((t) => `axe: ${t}`)].map((s) => `${p} at ${w} px: ${s}`)));
    expect(small).toEqual([]);
  });

  it('gives no two links in the content the same text for different pages', () => {
    expect(each((p, r) => r.sameTextOtherTarget.map((s) => `${p}: ${s}`))).toEqual([]);
  });

  it('shows at 360 px that a wide table scrolls: a named, focusable region with a caption, the first column kept in view', () => {
    const all = each((p, r) => r.tables.map((t) => ({ p, ...t })));
    const wide = all.filter((t) => t.scrolls);
    // The colour table of the tool page and the toolkit overview are wider than a phone.
    expect(wide.map((t) => t.p)).toEqual(expect.arrayContaining(['/gereedschap/', '/gereedschap/kleuren-van-verandering/']));
    for (const t of wide) {
      expect(t.role, t.p).toBe('region');
      expect(t.tabindex, t.p).toBe('0');
      expect(t.label, t.p).not.toBe('');
      expect(t.caption, t.p).not.toBe('');
      expect(Math.abs(t.firstColumnShift!), `${t.p}: ${t.caption}`).toBeLessThanOrEqual(1);
    }
  });

  it('shows the at-a-glance box once on a tool page', () => {
    const tools = pages.filter((x) => /^\/gereedschap\/[^/]+\/$/.test(x));
    expect(tools.length).toBeGreaterThan(5);
    for (const p of tools) expect(reports.get(p)!.glance, p).toBeLessThanOrEqual(1);
  });

  it('starts the six steps and the colour test within two phone screens', () => {
    const top = (p: string, selector: string) => {
      const v = reports.get(p)!.starts[selector];
      expect(v, `${p} ${selector}`).not.toBeNull();
      return v!;
    };
    if (pages.includes('/stappen/')) expect(top('/stappen/', '.cards')).toBeLessThan(2 * SCREEN);
    expect(top('/', '.cards')).toBeLessThan(2 * SCREEN);
    if (pages.includes('/kleurentest/')) expect(top('/kleurentest/', '#test')).toBeLessThan(2 * SCREEN);
  });

  it('shows search results above the fold of a 360 x 740 screen right after searching', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: SCREEN });
    await gotoReady(page, `${server.url}zoeken/?q=dialoog`);
    await page.waitForSelector('#zoek-resultaten > li', { timeout: 20_000 });
    const first = await page.$eval('#zoek-resultaten > li', (e) => e.getBoundingClientRect().top);
    expect(first).toBeLessThan(SCREEN - 100);
    await page.close();
  });
});
