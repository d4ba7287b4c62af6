// What the crawl (tests/browser/crawl.test.ts) and the site test (tests/browser/site.test.ts)
// measure in a page: small tap targets, wide tables, and layout shift. The functions
// without a page argument run inside the page (page.evaluate).
import type { Page } from 'puppeteer-core';

export interface TableReport { label: string; caption: string; role: string | null; tabindex: string | null; scrolls: boolean; firstColumnShift: number | null }

/**
 * Links, buttons and fields outside running text that are smaller than 24 x 24 px
 * and too close to another target: WCAG 2.2's spacing test, a circle of 24 px
 * around each small target that may not touch another target or its circle.
 * Running text is a paragraph, list item or definition in the content, but not
 * in a navigation (breadcrumbs, "Op deze pagina"), and a paragraph or address in the footer.
 */
export function smallTargets(): string[] {
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
export function tables(): TableReport[] {
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

/**
 * Layout shifts the reader did not cause may add up to this much. Every shift this test
 * found was 0.02 or more (0.097 on every page at 1280 px, up to 0.94 on the planner),
 * except the header's search button moving 48 px at 320 px (0.0014), which the desk-width
 * test catches with the rest of that bug (0.097). Once, with three test files at a time,
 * a page moved by that same 0.0014 after the fix; it did not come back when I looked
 * for it under load, so the limit leaves room for it rather than fail at random.
 */
export const MAX_SHIFT = 0.005;

export interface Shift { sum: number; moved: string[] }

/**
 * Adds up the page's layout shifts (CLS's measure) from its start, without those right
 * after the reader's own input, and notes what moved. Installed before the page's own
 * scripts run.
 */
export function watchLayoutShift(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __layoutShift: () => Shift };
    const shift: Shift = { sum: 0, moved: [] };
    type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> };
    const add = (entries: PerformanceEntry[]) => {
      for (const e of entries as Entry[]) {
        if (e.hadRecentInput) continue;
        shift.sum += e.value;
        const r = (x: DOMRectReadOnly) => `${Math.round(x.x)},${Math.round(x.y)}`;
        for (const s of e.sources) shift.moved.push(`${(s.node as Element | undefined)?.tagName?.toLowerCase() ?? '?'}.${String((s.node as Element | undefined)?.className ?? '').split(' ')[0]} ${r(s.previousRect)}→${r(s.currentRect)}`);
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    w.__layoutShift = () => {
      add(observer.takeRecords());
      return shift;
    };
  });
}
export const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __layoutShift: () => Shift }).__layoutShift());
export const shiftText = (s: Shift) => `${s.sum.toFixed(4)} (${s.moved.join('; ')})`;
