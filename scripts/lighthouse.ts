// Lighthouse (mobile profile) on a few pages of a built site, for `npm run bench`:
// the median of three runs per page.
// It drives the same local Chromium as the PDFs, through its debugging port,
// against the site served on 127.0.0.1 with gzip like a web host.
import lighthouse from 'lighthouse';
import { launchBrowser } from './browser.ts';
import { serve } from './static-server.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseScores = Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;

/**
 * Runs per page; each score is the median, as Lighthouse CI does. One run is noisy on a
 * shared machine: Total Blocking Time is measured in real time, and the first page in a
 * fresh browser also pays for its warming up (a content page without script scored
 * 97–100 in one run).
 */
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function lighthouseScores(siteDir: string, paths: string[]): Promise<Array<{ path: string; scores: LighthouseScores }>> {
  const [browser, server] = await Promise.all([launchBrowser({ shell: false }), serve(siteDir, '/', {}, { compress: true })]);
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const results: Array<{ path: string; scores: LighthouseScores }> = [];
    for (const p of paths) {
      const runs: LighthouseScores[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`${server.url}${p.replace(/^\//, '')}`, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...LIGHTHOUSE_CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${p}.`);
        runs.push(Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)])) as LighthouseScores);
      }
      const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))])) as LighthouseScores;
      results.push({ path: p, scores });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

// `node scripts/lighthouse.ts [dist] [paths…]` prints the scores, with what lost points.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', ...paths] = process.argv.slice(2);
  const list = paths.length ? paths : ['/', '/gereedschap/dialoog/', '/checklists/lerende-organisatie/'];
  for (const r of await lighthouseScores(dir, list)) console.log(r.path, r.scores);
}
