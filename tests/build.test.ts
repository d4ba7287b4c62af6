// Reads the real dist/ that `npm test` has just built.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../src/lib/node/book.ts';
import { findBrokenLinks } from '../scripts/check-links.ts';
import { indexTag } from '../scripts/search-index.ts';
import { INDEX_TAG_PLACEHOLDER } from '../src/lib/shared/search.ts';
import { builtPages, DIST, readDist } from './helpers/dist.ts';
import { htmlErrors } from './helpers/vnu.ts';

const book = loadBook();
const pages = builtPages();

describe('the built site', () => {
  it('has a page for every entry of the book, plus home and search', () => {
    const expected = ['/', ...book.order.map((e) => e.path)];
    expect(pages).toEqual(expect.arrayContaining(expected));
    expect(pages.length).toBeGreaterThanOrEqual(expected.length);
  });

  it('marks every page as Dutch and gives it a title and description', () => {
    for (const p of pages) {
      const html = readDist(`${p}index.html`);
      expect(html, p).toMatch(/<html lang="nl"/);
      expect(html, p).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(html, p).toMatch(/<meta name="description" content="[^"]{10,}"/);
    }
  });

  it('loads nothing from another host', () => {
    for (const p of pages) {
      const html = readDist(`${p}index.html`);
      const loads = [...html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"/g)].map((m) => m[0]);
      expect(loads.filter((l) => !l.includes('rel="canonical"')), p).toEqual([]);
    }
    const css = fs.readdirSync(`${DIST}/_astro`).filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(`${DIST}/_astro/${f}`, 'utf8')).join('');
    expect(css).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    expect(css).not.toMatch(/@import\s+["']?(https?:)?\/\//);
  });

  it('ships no JavaScript on content pages but the one small head script (offline, dark mode; issue 17)', () => {
    // Pages that are an island themselves (the colour test; the colophon's "Bewaar alles
    // voor onderweg") are checked in their own tests (tests/browser/offline.test.ts).
    const islandPages = new Set(['/kleurentest/', '/colofon/']);
    for (const e of [...book.steps, ...book.tools, ...book.parts.map((p) => p.entry)].filter((e) => !islandPages.has(e.path))) {
      const html = readDist(`${e.path}index.html`);
      expect((html.match(/<script\b[^>]*>/g) ?? []).map((tag) => tag.replace(/\.[\w-]+\.js"/, '.<hash>.js"')), e.path).toEqual([
        '<script src="/_astro/site.<hash>.js" data-sw="/sw.js" data-scope="/">',
      ]);
    }
  });

  it('is valid HTML on every page, the print route included (Nu HTML Checker)', () => {
    expect(htmlErrors(DIST)).toEqual([]);
  }, 180_000);

  it('tags the search index with a hash of the index itself, so the same site rebuilt offers no new version', () => {
    // A tag from the clock made every build a "new version" for the service worker.
    const page = readDist('zoeken/index.html');
    const tag = indexTag(DIST);
    expect(page).not.toContain(INDEX_TAG_PLACEHOLDER);
    expect(page).toContain(`data-index-tag="${tag}"`);
    expect(page).toContain(`pagefind-entry.json?ts=${tag}"`);
  });

  it('has a brotli copy of every page, style sheet and script a reader fetches, equal to the file, and none the service worker would cache', () => {
    const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const all = files(DIST).map((f) => path.relative(DIST, f).split(path.sep).join('/'));
    const wanted = all.filter((f) => /^(?!print\/|pdf\/|pagefind\/)(?:.*\.html|_astro\/.*\.(?:css|js))$/.test(f));
    expect(wanted.length).toBeGreaterThan(40);
    for (const f of wanted) {
      expect(all, f).toContain(`${f}.br`);
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(DIST, `${f}.br`))).equals(fs.readFileSync(path.join(DIST, f))), f).toBe(true);
    }
    // The print routes are only for the PDFs; readers never fetch them.
    expect(all.filter((f) => f.startsWith('print/') && f.endsWith('.br'))).toEqual([]);
    expect(readDist('sw.js')).not.toMatch(/\.br["']/);
  });

  it('has no broken internal link or anchor', () => {
    expect(findBrokenLinks(DIST, '/')).toEqual([]);
  });

  it('shows every step page with its interventions, tools, checklist items and questions', () => {
    for (const s of book.steps) {
      const html = readDist(`${s.path}index.html`);
      for (const id of ['interventies', 'partnerschap', 'gereedschap', 'checklist', 'reflectie']) expect(html, `${s.path}#${id}`).toContain(`id="${id}"`);
      for (const t of book.toolsForStep(s.id)) expect(html, s.path).toContain(`href="${t.path}"`);
      for (const item of book.itemsForStep(s.id)) expect(html, s.path).toContain(item.text.replace(/'/g, '&#39;').slice(0, 30));
    }
  });

  it('shows every tool page with the same sections and links to its steps', () => {
    for (const t of book.tools) {
      const html = readDist(`${t.path}index.html`);
      for (const id of ['wanneer', 'principes', 'opbrengst', 'zo-pak-je-het-aan', 'let-op']) expect(html, `${t.path}#${id}`).toContain(`id="${id}"`);
      for (const s of book.stepsForTool(t.id)) expect(html, t.path).toContain(`href="${s.path}"`);
    }
  });

  it('offers the tool chooser by purpose and by step without JavaScript', () => {
    const html = readDist('gereedschap/index.html');
    for (const p of book.purposes) {
      expect(html).toContain(p.question);
      const block = html.slice(html.indexOf(`id="${p.id}"`), html.indexOf('</div>', html.indexOf(`id="${p.id}"`)));
      for (const t of p.tools) expect(block, p.id).toContain(`href="${t.path}"`);
    }
  });
});
