// The checklist pages as built: the island's JavaScript stays within its budget,
// loads on the checklist pages only, and the page without JavaScript is a
// complete paper form with the scoring rules.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../src/lib/node/book.ts';
import { ISLAND_KEYS, type ScorerConfig } from '../src/islands/checklist/config.ts';
import { builtPages, DIST, readDist } from './helpers/dist.ts';

const book = loadBook();
/** The budget from the issue: the island's JavaScript, gzipped. */
const BUDGET = 12 * 1024;

/** Every JS file a page loads: its module scripts and, recursively, what they import. */
function scriptsOf(html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(DIST, '_astro', file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="[^"]*\/_astro\/([^"]+\.js)"/g)) visit(m[1]!);
  return [...seen];
}

describe('the checklist pages', () => {
  for (const c of book.checklists) {
    const html = readDist(`${c.path.slice(1)}index.html`);

    it(`${c.id}: loads the scorer within ${BUDGET / 1024} kB of gzipped JavaScript`, () => {
      const files = scriptsOf(html);
      expect(files.length).toBeGreaterThan(0);
      const gz = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(DIST, '_astro', f)), { level: 9 }).length, 0);
      console.log(`${c.id}: island ${files.join(', ')}: ${(gz / 1024).toFixed(1)} kB gzipped`);
      expect(gz).toBeLessThanOrEqual(BUDGET);
    });

    it(`${c.id}: without JavaScript is the paper form, with every statement and the rules`, () => {
      for (const cat of c.data.categories) {
        for (const item of cat.items) {
          expect(html).toContain(`name="${item.id}" value="1"`);
          expect(html).toContain(`name="${item.id}" value="0"`);
        }
      }
      expect((html.match(/<fieldset class="item"/g) ?? []).length).toBe(c.data.categories.reduce((n, cat) => n + cat.items.length, 0));
      expect(html).toContain('id="zo-rekenen-we"');
      expect(html).toContain('tot en met 1,6 is nog in startfase, van 1,7 tot en met 2,3 is gedeeltelijk ontwikkeld, 2,4 of hoger is sterk ontwikkeld');
      // The interactive parts are marked for the script (data-js-show): without JavaScript
      // the page shows none of them (in Chromium: crawl.test.ts, "without JavaScript").
      for (const id of ['uitkomst', 'samen', 'metingen']) expect(html).toMatch(new RegExp(`<section id="${id}"[^>]*\\sdata-js-show`));
    });

    it(`${c.id}: hands the island its data as inert JSON with every UI text`, () => {
      const json = /<script type="application\/json" id="scorer-data">([^<]*)<\/script>/.exec(html);
      expect(json, 'the data block must contain no "<"').not.toBeNull();
      const config = JSON.parse(json![1]!) as ScorerConfig;
      expect(config.def.id).toBe(c.id);
      expect(Object.keys(config.t).sort()).toEqual([...ISLAND_KEYS].sort());
      for (const cat of c.data.categories) expect(config.links[cat.id]!.steps.length + config.links[cat.id]!.tools.length).toBeGreaterThan(0);
    });
  }

  it('loads the scorer on the checklist pages only', () => {
    // The scorer's own entry scripts; chunks it shares with the colour test (saved-data) may load there too.
    const entries = (html: string) => [...html.matchAll(/<script\b[^>]*\ssrc="[^"]*\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
    // Not the head script every page loads (theme and offline, issue 17: src/lib/node/site-script.ts).
    const island = new Set(book.checklists.flatMap((c) => entries(readDist(`${c.path.slice(1)}index.html`))).filter((f) => !/^site\.\w+\.js$/.test(f)));
    const checklistPaths = new Set(book.checklists.map((c) => c.path));
    for (const p of builtPages()) {
      if (checklistPaths.has(p)) continue;
      const files = scriptsOf(readDist(`${p.slice(1)}index.html`));
      expect(files.filter((f) => island.has(f)), p).toEqual([]);
    }
  });
});
