// The layout on a phone and on a wide screen, for every built page of the default
// handbook and of the example brand (content/brand-voorbeeld, base /scholen/de-wilg/),
// with one browser: no page scrolls sideways (320, 360 and 1280 px), the header
// stays small, every tap target outside running text is at least 24 x 24 px or
// spaced as WCAG 2.2 (2.5.8) asks, and wide tables show that they scroll. The
// pages are listed from the built folder, so a new page is checked without
// touching this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser, type Page } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { builtPages, DIST } from '../helpers/dist.ts';
import { buildVariant } from '../helpers/variant.ts';
import { axeSource } from '../helpers/axe.ts';

const PHONES = [320, 360];
const WIDE = 1280;
const SCREEN = 740; // the height of the phone screen in these tests
const HEADER_MAX = 100;

interface PageReport {
  overflow: Record<number, number>;
  header: Record<number, number>;
  smallTargets: Record<number, string[]>;
  axeTargetSize: Record<number, string[]>;
  tables: TableReport[];
  sameTextOtherTarget: string[];
}
interface TableReport { label: string; caption: string; role: string | null; tabindex: string | null; scrolls: boolean; firstColumnShift: number | null }

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Everything the crawl measures on one page, at the phone widths and the wide one. */
async function measure(page: Page, url: string): Promise<PageReport> {
  await page.setViewport({ width: PHONES[0]!, height: SCREEN });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(axeSource);
  const report: PageReport = { overflow: {}, header: {}, smallTargets: {}, axeTargetSize: {}, tables: [], sameTextOtherTarget: [] };
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
    report.axeTargetSize[width] = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ nodes: Array<{ target: string[] }> }> }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] }, resultTypes: ['violations'] });
      return r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    });
    if (width === 360) report.tables = await page.evaluate(tables);
  }
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
  return report;
}

/**
 * Links, buttons and fields outside running text that are smaller than 24 x 24 px
 * and too close to another target: WCAG 2.2's spacing test, a circle of 24 px
 * around each small target that may not touch another target or its circle.
 * Running text is a paragraph, list item or definition in the content, but not
 * in a navigation (breadcrumbs, "Op deze pagina"), and a paragraph or address in the footer.
 */
function smallTargets(): string[] {
  const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')]
    .filter((e) => e.checkVisibility({ visibilityProperty: true }) && !e.closest('.sr-only'))
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 1 && r.height > 1);
  const inText = (e: HTMLElement) => (!!e.closest('main p, main li, main dd') && !e.closest('nav')) || !!e.closest('footer p, footer address');
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const small = all.filter(({ e, r }) => (r.width < 24 || r.height < 24) && !inText(e));
  const out: string[] = [];
  for (const s of small) {
    const c = centre(s.r);
    const clash = all.find((o) => {
      if (o.e === s.e || o.e.contains(s.e) || s.e.contains(o.e) || o.e.closest('label') === s.e.closest('label') && s.e.closest('label')) return false;
      // Distance from the centre to the nearest point of the other target.
      const dx = Math.max(o.r.left - c.x, 0, c.x - o.r.right);
      const dy = Math.max(o.r.top - c.y, 0, c.y - o.r.bottom);
      if (Math.hypot(dx, dy) < 12) return true;
      const oc = centre(o.r);
      return small.some((x) => x.e === o.e) && Math.hypot(oc.x - c.x, oc.y - c.y) < 24;
    });
    if (clash) {
      const name = (e: HTMLElement) => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
      out.push(`${name(s.e)} ${Math.round(s.r.width)}x${Math.round(s.r.height)} too close to ${name(clash.e)}`);
    }
  }
  return out;
}

/** Every table's scroll region: its name, caption, and whether the first column stays put when it scrolls. */
function tables(): TableReport[] {
  return [...document.querySelectorAll('table')].filter((t) => t.checkVisibility()).map((table) => {
    const region = table.closest<HTMLElement>('.table-scroll, .figure-body');
    const labelledBy = region?.getAttribute('aria-labelledby');
    const label = region?.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy)?.textContent ?? '' : '');
    const caption = (table.caption?.textContent ?? region?.closest('figure')?.querySelector('figcaption')?.textContent ?? '').trim();
    const scrolls = !!region && region.scrollWidth > region.clientWidth + 1;
    let firstColumnShift: number | null = null;
    if (region && scrolls) {
      const cell = table.rows[table.rows.length - 1]!.cells[0]!;
      const before = cell.getBoundingClientRect().left - region.getBoundingClientRect().left;
      region.scrollLeft = region.scrollWidth;
      const after = cell.getBoundingClientRect().left - region.getBoundingClientRect().left;
      region.scrollLeft = 0;
      firstColumnShift = Math.round(after - before);
    }
    return { label: label.trim(), caption, role: region?.getAttribute('role') ?? null, tabindex: region?.getAttribute('tabindex') ?? null, scrolls, firstColumnShift };
  });
}

const builds = [
  { name: 'het handboek', dir: () => DIST, base: '/' },
  { name: 'het voorbeeldmerk', dir: () => buildVariant('layout-voorbeeld', { brand: 'content/brand-voorbeeld' }), base: '/scholen/de-wilg/' },
];

describe.each(builds)('$name', ({ dir, base }) => {
  let server: StaticServer;
  let page: Page;
  const reports = new Map<string, PageReport>();
  let pages: string[] = [];

  beforeAll(async () => {
    const folder = dir();
    pages = builtPages(folder);
    server = await serve(folder, base);
    page = await browser.newPage();
    for (const p of pages) reports.set(p, await measure(page, server.url + p.slice(1)));
  }, 600_000);
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('has its pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('scrolls no page sideways at 320, 360 or 1280 px', () => {
    const wide = [...reports].flatMap(([p, r]) => Object.entries(r.overflow).filter(([, o]) => o > 0).map(([w, o]) => `${p} at ${w} px: ${o} px`));
    expect(wide).toEqual([]);
  });

  it(`keeps the header at most ${HEADER_MAX} px high on a phone`, () => {
    const high = [...reports].flatMap(([p, r]) => PHONES.filter((w) => r.header[w]! > HEADER_MAX).map((w) => `${p} at ${w} px: ${Math.round(r.header[w]!)} px`));
    expect(high).toEqual([]);
  });

  it('has tap targets of 24 x 24 px, or spaced enough, outside running text (WCAG 2.5.8, and axe target-size)', () => {
    const small = [...reports].flatMap(([p, r]) => PHONES.flatMap((w) => [...r.smallTargets[w]!, ...r.axeTargetSize[w]!.map((t) => `axe: ${t}`)].map((s) => `${p} at ${w} px: ${s}`)));
    expect(small).toEqual([]);
  });

  it('gives no two links in the content the same text for different pages', () => {
    const same = [...reports].flatMap(([p, r]) => r.sameTextOtherTarget.map((s) => `${p}: ${s}`));
    expect(same).toEqual([]);
  });

  it('shows at 360 px that a wide table scrolls: a named, focusable region with a caption, the first column kept in view', () => {
    const all = [...reports].flatMap(([p, r]) => r.tables.map((t) => ({ p, ...t })));
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

  it('shows the at-a-glance box once on a tool page', async () => {
    for (const p of pages.filter((x) => /^\/gereedschap\/[^/]+\/$/.test(x))) {
      await page.goto(server.url + p.slice(1));
      expect(await page.$$eval('.glance', (g) => g.filter((e) => e.checkVisibility()).length), p).toBeLessThanOrEqual(1);
    }
  });

  it('starts the six steps and the colour test within two phone screens', async () => {
    await page.setViewport({ width: 360, height: SCREEN });
    const top = async (p: string, selector: string) => {
      await page.goto(server.url + p.slice(1), { waitUntil: 'networkidle0' });
      return page.$eval(selector, (e) => e.getBoundingClientRect().top + window.scrollY);
    };
    if (pages.includes('/stappen/')) expect(await top('/stappen/', '.cards')).toBeLessThan(2 * SCREEN);
    expect(await top('/', '.cards')).toBeLessThan(2 * SCREEN);
    if (pages.includes('/kleurentest/')) expect(await top('/kleurentest/', '#test')).toBeLessThan(2 * SCREEN);
  });

  it('shows search results above the fold of a 360 x 740 screen right after searching', async () => {
    await page.setViewport({ width: 360, height: SCREEN });
    await page.goto(`${server.url}zoeken/?q=dialoog`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#zoek-resultaten > li', { timeout: 20_000 });
    const first = await page.$eval('#zoek-resultaten > li', (e) => e.getBoundingClientRect().top);
    expect(first).toBeLessThan(SCREEN - 100);
  });
});

describe('the glossary', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(DIST, '/');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('has an A-Z index: letters with terms link to their first term, the others are plain text', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}begrippen/`);
    const { letters, firstLetters } = await page.evaluate(() => ({
      letters: [...document.querySelectorAll('.az-index li')].map((li) => ({ letter: li.textContent!.trim(), href: li.querySelector('a')?.getAttribute('href') ?? null })),
      firstLetters: [...document.querySelectorAll('.terms dt')].map((dt) => ({ letter: dt.textContent!.trim().charAt(0).toUpperCase(), id: dt.id })),
    }));
    await page.close();
    expect(letters.map((l) => l.letter).slice(0, 26).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    for (const l of letters) {
      const first = firstLetters.find((f) => f.letter === l.letter);
      expect(l.href, l.letter).toBe(first ? `#${first.id}` : null);
    }
  });
});
