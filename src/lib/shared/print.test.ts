// The print book's pure parts: file names, ids and links of a chapter, running heads.
import { describe, expect, it } from 'vitest';
import {
  bookletPdfPath,
  bookPdfPath,
  chapterId,
  cssString,
  editionDate,
  formatDutchDate,
  handoutPath,
  pageName,
  rewriteChapterHtml,
  runningHeadCss,
  runningHeadTitle,
  tocTitle,
} from './print.ts';

describe('PDF file names', () => {
  it('names hand-outs by kind, number and id, as the site links them', () => {
    expect(handoutPath({ kind: 'step', id: 'visie-op-leren', number: 4 })).toBe('/pdf/stap-4-visie-op-leren.pdf');
    expect(handoutPath({ kind: 'tool', id: 'dialoog', number: 8 })).toBe('/pdf/gereedschap-8-dialoog.pdf');
    expect(handoutPath({ kind: 'checklist', id: 'lerend-partnerschap' })).toBe('/pdf/checklist-lerend-partnerschap.pdf');
    expect(() => handoutPath({ kind: 'page', id: 'inleiding' })).toThrow(/geen eigen hand-out/);
  });

  it("names the book after the site title, so a school's copy gets its own name", () => {
    expect(bookPdfPath('Samen leren')).toBe('/pdf/samen-leren.pdf');
    expect(bookPdfPath('Samen léren op De Linde!')).toBe('/pdf/samen-leren-op-de-linde.pdf');
    expect(bookPdfPath('???')).toBe('/pdf/handboek.pdf');
    expect(bookletPdfPath('Samen leren')).toBe('/pdf/samen-leren-boekje.pdf');
  });
});

describe('a chapter of the print book', () => {
  const chapters = new Set(['/stappen/', '/gereedschap/dialoog/', '/begrippen/', '/colofon/']);
  const id = chapterId('/gereedschap/dialoog/');

  it('gets an id from its path', () => {
    expect(id).toBe('gereedschap-dialoog');
    expect(chapterId('/stappen/')).toBe('stappen');
  });

  it('prefixes every id and every reference to one, so chapters cannot collide', () => {
    const html =
      '<section aria-labelledby="wanneer"><h2 id="wanneer">Wanneer</h2><label for="x y">a</label><a href="#let-op">let op</a></section>' +
      '<svg><marker id="pijl"></marker><path marker-end="url(#pijl)"></path><use xlink:href="#pijl"></use></svg><p data-id="keep">t</p>';
    const out = rewriteChapterHtml(html, id, { base: '/', chapters });
    expect(out).toContain('aria-labelledby="gereedschap-dialoog--wanneer"');
    expect(out).toContain('id="gereedschap-dialoog--wanneer"');
    expect(out).toContain('for="gereedschap-dialoog--x gereedschap-dialoog--y"');
    expect(out).toContain('href="#gereedschap-dialoog--let-op"');
    expect(out).toContain('marker-end="url(#gereedschap-dialoog--pijl)"');
    expect(out).toContain('xlink:href="#gereedschap-dialoog--pijl"');
    expect(out).toContain('data-id="keep"');
  });

  it('turns links to pages of the book into links to their chapters, under any base path', () => {
    const html = '<a href="/scholen/demo/stappen/">s</a> <a href="/scholen/demo/begrippen/#intervisie">b</a>';
    const out = rewriteChapterHtml(html, id, { base: '/scholen/demo/', chapters });
    expect(out).toBe('<a href="#stappen">s</a> <a href="#begrippen--intervisie">b</a>');
  });

  it('makes other site links absolute when the address is known, and plain text when not', () => {
    const html = '<a href="/zoeken/?q=x">z</a> <a href="https://example.org/a">e</a> <a href="mailto:a@b.nl">m</a>';
    expect(rewriteChapterHtml(html, id, { base: '/', chapters, site: 'https://handboek.nl/' })).toBe(
      '<a href="https://handboek.nl/zoeken/?q=x">z</a> <a href="https://example.org/a">e</a> <a href="mailto:a@b.nl">m</a>',
    );
    expect(rewriteChapterHtml(html, id, { base: '/', chapters })).toBe('<a>z</a> <a href="https://example.org/a">e</a> <a href="mailto:a@b.nl">m</a>');
  });
});

describe('running heads', () => {
  it('escapes titles for CSS', () => {
    expect(cssString('Zeg "ja" \\ nee\n')).toBe('"Zeg \\"ja\\" \\\\ nee"');
  });

  it('gives each chapter a named page with its title in the top-right box', () => {
    const css = runningHeadCss('Samen leren', [{ id: 'stappen-visie-op-leren', title: 'Stap 4 · Visie op leren' }]);
    expect(css).toContain('@page { @top-left { content: "Samen leren"; } }');
    expect(css).toContain('section.chapter[id="stappen-visie-op-leren"] { page: p-stappen-visie-op-leren; }');
    expect(css).toContain('@page p-stappen-visie-op-leren { @top-right { content: "Stap 4 · Visie op leren"; } }');
    expect(pageName('1e-stap')).toBe('p-1e-stap');
  });

  it('numbers steps and tools in heads, contents and bookmarks', () => {
    const labels = { step: 'Stap', tool: 'Gereedschap' };
    expect(runningHeadTitle({ kind: 'step', number: 3, navTitle: 'Expertise benutten' }, labels)).toBe('Stap 3 · Expertise benutten');
    expect(runningHeadTitle({ kind: 'page', navTitle: 'Colofon' }, labels)).toBe('Colofon');
    expect(tocTitle({ title: 'De Achtbaan', number: 4 })).toBe('4. De Achtbaan');
    expect(tocTitle({ title: 'Inleiding' })).toBe('Inleiding');
  });
});

describe('the edition date', () => {
  it('is SOURCE_DATE_EPOCH when set (reproducible builds), else the day of the build', () => {
    expect(editionDate({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const now = new Date('2026-05-14T10:00:00Z');
    expect(editionDate({}, now)).toBe(now);
    expect(editionDate({ SOURCE_DATE_EPOCH: 'gisteren' }, now)).toBe(now);
    expect(formatDutchDate(new Date('2026-05-14T10:00:00Z'))).toBe('14 mei 2026');
  });
});
