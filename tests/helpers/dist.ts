// Where the tests find the built handbook. `npm test` builds it first; run
// `npm run test:only` to test an existing dist/ again.
import fs from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve(process.env.SAMEN_LEREN_DIST ?? 'dist');

export function distFile(rel: string): string {
  return path.join(DIST, rel);
}

export function readDist(rel: string): string {
  const file = distFile(rel);
  if (!fs.existsSync(file)) throw new Error(`${file} ontbreekt: bouw eerst het handboek (npm run build).`);
  return fs.readFileSync(file, 'utf8');
}

/**
 * All pages a reader can visit, as site paths ("/gereedschap/dialoog/"): not
 * Pagefind's files, and not /print/, the source the PDFs are rendered from
 * (the PDF is what readers get; tests/pdf.test.ts checks it).
 */
export function builtPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (!['pagefind', '_astro', '_brand', 'pdf', 'print'].includes(e.name)) walk(p); }
      else if (e.name === 'index.html') out.push('/' + path.relative(dir, d).split(path.sep).join('/') + (d === dir ? '' : '/'));
    }
  };
  walk(dir);
  return out.map((p) => p.replace(/^\/\/$/, '/')).sort();
}

/** One page of each kind in the handbook (with a query: the search with its results on screen). */
export const ONE_OF_EACH_KIND = ['/', '/gereedschap/achtbaan/', '/achtergrond/uitnodigen-en-uitdagen/', '/stappen/expertises-benutten/', '/checklists/lerende-organisatie/', '/kleurentest/', '/zoeken/?q=intervisie', '/colofon/'];
