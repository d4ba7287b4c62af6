// Follows every internal link and anchor in a built site and reports the ones
// that lead nowhere. Used by the build (it stops on a broken link) and the tests.
import fs from 'node:fs';
import path from 'node:path';

export interface BrokenLink { page: string; href: string; reason: string }

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/**
 * @param dir the built site (dist/)
 * @param base the base path the site is served under, e.g. "/" or "/scholen/demo/"
 * A link to a file the build did not write (a PDF too) is broken, whatever the build mode.
 */
export function findBrokenLinks(dir: string, base = '/'): BrokenLink[] {
  idsCache.clear();
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dir)) {
    const page = '/' + path.relative(dir, file).replace(/index\.html$/, '');
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(raw)) continue; // other hosts, mailto:, data:
      let target: string;
      let hash = '';
      if (raw.startsWith('#')) {
        target = file;
        hash = raw.slice(1);
      } else {
        const [pathPart, h = ''] = raw.split('#');
        hash = h;
        const clean = pathPart!.split('?')[0]!;
        if (!clean.startsWith('/')) { broken.push({ page, href: raw, reason: 'relatieve link; gebruik een pad vanaf de basis' }); continue; }
        if (!clean.startsWith(prefix) && clean !== prefix.slice(0, -1)) { broken.push({ page, href: raw, reason: `valt buiten het basispad ${prefix}` }); continue; }
        const rel = decodeURIComponent(clean.slice(prefix.length));
        const candidate = path.join(dir, rel);
        target = rel === '' || rel.endsWith('/') ? path.join(candidate, 'index.html') : candidate;
        if (!fs.existsSync(target)) {
          broken.push({ page, href: raw, reason: 'bestand bestaat niet' });
          continue;
        }
      }
      if (hash && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(hash))) {
        broken.push({ page, href: raw, reason: `anker #${hash} bestaat niet op die pagina` });
      }
    }
  }
  return broken;
}
