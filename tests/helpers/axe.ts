// Runs axe-core in a page and returns the violations in a form that reads well in a
// failing test. Every axe check of the tests goes through here.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

export const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** What to check, as axe takes it: a selector ('#inhoud') or { include, exclude }; the whole page without it. */
  context?: string | { include?: string[][]; exclude?: string[][] };
  /** These rules only (['target-size']) instead of every WCAG 2.2 AA rule. */
  rules?: string[];
}

/** The WCAG 2.2 AA violations (or those of `rules`) on the page as it is now. */
export async function axeViolations(page: Page, { context, rules }: AxeOptions = {}): Promise<string[]> {
  // evaluate() runs outside the page's CSP, so axe works under a strict policy too.
  // Once per document: the crawl has often loaded it already, and it is half a megabyte
  // of script to parse (a new page or a reload starts without it).
  if (!(await page.evaluate(() => typeof (globalThis as unknown as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  return page.evaluate(
    async (context, runOnly) => {
      type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
      const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<Result> } }).axe;
      const r = await axe.run(context ?? document, { runOnly, resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    },
    context ?? null,
    runOnly,
  );
}
