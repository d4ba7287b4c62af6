// A school's own copy, built from a brand folder: the example school
// (content/brand-voorbeeld) and a hostile brand, served under their base paths
// in Chromium; and every kind of invalid brand.yaml stops the build with its
// own message while the previous build stays.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildVariant, buildExpectingFailure, EXAMPLE_BRAND } from './helpers/variant.ts';
import { builtPages, DIST } from './helpers/dist.ts';
import { serve, type StaticServer } from './helpers/server.ts';
import { launchBrowser, gotoReady, openPage, type Browser } from './helpers/browser.ts';
import { findBrokenLinks } from '../scripts/check-links.ts';
import { checkBrandFolder } from '../scripts/check.ts';
import { htmlErrors } from './helpers/vnu.ts';
import { allLinks, loadPdf, outsideHrefs, textContent } from './helpers/pdf.ts';
import { CSP } from '../src/lib/shared/csp.ts';
import { loadBrand } from '../src/lib/node/brand.ts';
import { loadBook, brandBookOptions, EXTRA_PATHS } from '../src/lib/node/book.ts';

const EXAMPLE = 'content/brand-voorbeeld';
const brand = loadBrand(EXAMPLE);
const BASE = '/scholen/de-wilg/';
const OWN = 'samen-leren-op-de-wilg/';
/** The example school is built with its PDFs; the hostile brand without (--no-pdf), so its pages offer none. */

let browser: Browser;
let dir: string;
beforeAll(async () => {
  dir = buildVariant(...EXAMPLE_BRAND);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const read = (root: string, p: string) => fs.readFileSync(path.join(root, p, 'index.html'), 'utf8');

describe('the example school\'s copy', () => {
  it('shows the school\'s name and logo in the header of every page, and loads its stylesheet', () => {
    const pages = builtPages(dir);
    expect(pages).toEqual([...EXTRA_PATHS, ...loadBook(brandBookOptions(brand)).order.map((e) => e.path)].sort());
    for (const p of pages) {
      const html = read(dir, p);
      // With its own size, so the header keeps its place before the logo has loaded (no layout shift).
      expect(brand.logo.width).toBeGreaterThan(0);
      expect(html, p).toContain(`<img src="${BASE}_brand/${path.basename(brand.logo.path)}" alt="" width="${brand.logo.width}" height="${brand.logo.height}">`);
      expect(html, p).toContain('<span class="brand-name has-short"><span class="brand-full">Openbare basisschool De Wilg, Zwolle</span><span class="brand-short">OBS De Wilg</span><small>Samen leren</small></span>');
      expect(html, p).toContain(`<link rel="stylesheet" href="${BASE}_brand/${path.basename(brand.css.path)}">`);
      expect(html, p).toContain(`<link rel="icon" href="${BASE}_brand/${path.basename(brand.logo.path)}" type="image/svg+xml">`);
      expect(html, p).toMatch(/<title>[^<]+ · OBS De Wilg<\/title>/);
      expect(html, p).toContain('Contact met OBS De Wilg: <a href="mailto:info@obsdewilg.example">');
      expect(html, p).toContain('<p>Dit is een voorbeeld: De Wilg bestaat niet.</p>');
      expect(html, p).not.toMatch(/\sstyle=/);
    }
  });

  it('writes the logo as it is, and the colours and font into the brand stylesheet', () => {
    expect(fs.readFileSync(path.join(dir, brand.logo.path))).toEqual(fs.readFileSync(path.join(EXAMPLE, 'logo.svg')));
    const css = fs.readFileSync(path.join(dir, brand.css.path), 'utf8');
    expect(css).toContain('--brand-primary: #2d6a4f;');
    expect(css).toContain('--brand-accent: #b3541e;');
    expect(css).toMatch(/--brand-font: ui-rounded, /);
    // The site's own CSS takes its colours from those properties.
    const siteCss = fs.readdirSync(path.join(dir, '_astro')).filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(path.join(dir, '_astro', f), 'utf8')).join('');
    expect(siteCss).toContain('var(--brand-primary');
  });

  it('puts the own page in the navigation of every page, after the introduction, in prev/next order, and in the search', () => {
    for (const p of builtPages(dir)) {
      expect(read(dir, p), p).toMatch(new RegExp(`<li class="part"><a href="${BASE}inleiding/"[^>]*>Inleiding</a></li><li class="part"><a href="${BASE}${OWN}"`));
    }
    const own = read(dir, OWN);
    expect(own).toContain('<h1>Zo leren wij samen op De Wilg</h1>');
    expect(own).toContain('data-pagefind-body');
    expect(own).toContain('<span data-pagefind-meta="onderdeel:OBS De Wilg" data-pagefind-filter="onderdeel:OBS De Wilg">');
    expect(own).toContain(`<a class="prev" href="${BASE}inleiding/" rel="prev">`);
    expect(own).toContain(`<a class="next" href="${BASE}stappen/" rel="next">`);
    expect(read(dir, 'inleiding/')).toContain(`<a class="next" href="${BASE}${OWN}" rel="next">`);
    // Its links into the handbook carry the base path.
    expect(own).toContain(`href="${BASE}gereedschap/collegiale-consultatie/"`);
    // The interface text override.
    expect(read(dir, '')).toContain('<p class="kicker">Handboek voor het team van De Wilg</p>');
  });

  it('has no broken link or anchor under its base path', () => {
    expect(findBrokenLinks(dir, BASE)).toEqual([]);
  });

  it('is valid HTML on every page, its own page included (Nu HTML Checker)', () => {
    expect(htmlErrors(dir)).toEqual([]);
  }, 180_000);

  describe('served under its base path', () => {
    let server: StaticServer;
    beforeAll(async () => {
      // With the policy README.md tells schools to send.
      server = await serve(dir, BASE, { 'Content-Security-Policy': CSP });
    });
    afterAll(async () => {
      await server?.close();
    });

    // Every page of this copy is crawled under its base path with the CSP in
    // tests/browser/crawl.test.ts: no 404, nothing outside the base path or from
    // another host, no error, no CSP violation, axe on every page (and on four pages
    // also at 1280 and 360 px in the school's colours), no sideways scroll.

    it('the colours and font reach the rendered page, the search form and the navigation', async () => {
      const { page } = await openPage(browser, `${server.url}${OWN}`);
      const styles = await page.evaluate(() => {
        const css = (sel: string, prop: string) => getComputedStyle(document.querySelector(sel)!).getPropertyValue(prop);
        return {
          h1: css('h1', 'color'),
          button: css('.search-form button', 'background-color'),
          current: css('.book-nav a[aria-current="page"]', 'background-color'),
          kicker: css('.site-header', 'border-bottom-color'),
          font: css('html', 'font-family'),
          logo: (document.querySelector('.brand img') as HTMLImageElement).naturalWidth,
        };
      });
      expect(styles).toMatchObject({ h1: 'rgb(45, 106, 79)', button: 'rgb(45, 106, 79)', current: 'rgb(45, 106, 79)', kicker: 'rgb(45, 106, 79)' });
      expect(styles.font).toMatch(/^ui-rounded/);
      expect(styles.logo).toBeGreaterThan(0);
      await page.focus('#zoekveld');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
      expect(outline).toBe('rgb(179, 84, 30)');
      await page.close();
    });

    it('the search index works under the base path and finds the own page', async () => {
      const { page, foreignRequests } = await openPage(browser, server.url);
      // A string, so the test runner does not rewrite the import() for Node.
      const results = (await page.evaluate(`(async () => {
        const pagefind = await import('${BASE}pagefind/pagefind.js');
        const search = await pagefind.search('leerkwartier');
        return Promise.all(search.results.map((r) => r.data()));
      })()`)) as Array<{ url: string; filters: Record<string, string[]> }>;
      expect(results.map((r) => r.url)).toContain(`${BASE}${OWN}`);
      expect(results.find((r) => r.url === `${BASE}${OWN}`)!.filters).toEqual({ onderdeel: ['OBS De Wilg'] });
      expect(foreignRequests).toEqual([]);
      await page.close();
    });

    it('the search page shows the school\'s name, and its results link under the base path', async () => {
      const server = await serve(dir, BASE);
      const page = await browser.newPage();
      await gotoReady(page, `${server.url}zoeken/?q=leerkwartier`);
      await page.waitForFunction(() => document.querySelectorAll('main a[href*="samen-leren-op-de-wilg"]').length > 0, { timeout: 15_000 });
      expect(await page.$eval('.brand-full', (e) => e.textContent)).toBe('Openbare basisschool De Wilg, Zwolle');
      const hrefs = await page.$$eval('main a[href*="samen-leren-op-de-wilg"]', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.every((h) => h!.startsWith(BASE))).toBe(true);
      await page.close();
      await server.close();
    });

    it('the school\'s own pages have a search filter of their own, and a shared link with it keeps it', async () => {
      // The filters come from the same route data that gives each page its filter (src/lib/astro/routes.ts).
      const html = fs.readFileSync(path.join(dir, 'zoeken', 'index.html'), 'utf8');
      const filters = [...html.matchAll(/name="onderdeel" value="([^"]*)"/g)].map((m) => m[1]);
      expect(filters).toEqual(['OBS De Wilg', 'Stap', 'Gereedschap', 'Checklist', 'Achtergrond', 'Handboek']);
      const server = await serve(dir, BASE);
      const page = await browser.newPage();
      await page.goto(`${server.url}zoeken/?q=leerkwartier&onderdeel=${encodeURIComponent('OBS De Wilg')}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.endsWith('in: OBS De Wilg'), { timeout: 15_000 });
      await page.waitForFunction(() => document.querySelectorAll('.search-result h2 a').length > 0, { timeout: 15_000 });
      expect(await page.$eval('.search-filter input[value="OBS De Wilg"]', (c) => (c as HTMLInputElement).checked)).toBe(true);
      const hrefs = await page.$$eval('.search-result h2 a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([`${BASE}${OWN}`]);
      await page.close();
      await server.close();
    });
  });

  it('the PDF book\'s cover shows the school\'s name, logo and cover texts, and the school is its author', async () => {
    const pdf = await loadPdf(path.join(dir, 'pdf', 'samen-leren.pdf'));
    const first = await pdf.getPage(1);
    const text = (await textContent(pdf, 1)).items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Openbare basisschool De Wilg, Zwolle');
    expect(text).toContain(brand.cover.title);
    for (const line of brand.cover.text) expect(text).toContain(line.slice(0, 30));
    // The logo is drawn on the cover: it paints more than the default cover, which has none.
    const defaultPdf = await loadPdf(path.join(DIST, 'pdf', 'samen-leren.pdf'));
    const defaultOps = (await (await defaultPdf.getPage(1)).getOperatorList()).fnArray.length;
    const ops = (await first.getOperatorList()).fnArray.length;
    expect(ops).toBeGreaterThan(defaultOps + 10);
    expect(fs.readFileSync(path.join(dir, 'print', 'boek', 'index.html'), 'utf8')).toContain(`<p class="cover-school"><img src="${BASE}_brand/${path.basename(brand.logo.path)}" alt="">`);
    const { info } = (await pdf.getMetadata()) as { info: Record<string, string> };
    expect(info.Author).toBe('Openbare basisschool De Wilg, Zwolle');
    // The print book uses the school's colours: its stylesheet is linked.
    expect(fs.readFileSync(path.join(dir, 'print', 'boek', 'index.html'), 'utf8')).toContain(`href="${BASE}_brand/${path.basename(brand.css.path)}"`);
  });

  it('every link in every PDF goes to a page inside that PDF, to the school\'s published address, or to another website; never to the local build server', async () => {
    const published = `${brand.siteUrl}${BASE}`;
    expect(published).toBe('https://www.obsdewilg.example/scholen/de-wilg/');
    const links = await allLinks(path.join(dir, 'pdf'));
    const outside = outsideHrefs(dir);
    // (The school's own contact links, mailto:, tel: and its home page, are in every page's footer.)
    const bad = links.filter((l) => l.url && (/^https?:\/\/(127\.|localhost|\[::1\])/i.test(l.url) || !(l.url.startsWith(published) || outside.has(l.url))));
    expect(bad.map((l) => `${l.file} p. ${l.page}: ${l.url}`)).toEqual([]);
    // The hand-outs link their steps and tools to the school's site.
    const toSite = links.filter((l) => l.url?.startsWith(published) && !l.file.startsWith('samen-leren'));
    expect(toSite.length).toBeGreaterThan(50);
    expect(links.filter((l) => l.dest).length).toBeGreaterThan(100);
  });

  it('every page of every hand-out says where it was printed from, with the full address; the book gives it in "about this edition"', async () => {
    const published = `${brand.siteUrl}${BASE}`;
    const files = fs.readdirSync(path.join(dir, 'pdf')).filter((f) => f.endsWith('.pdf') && !f.startsWith('samen-leren'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const pdf = await loadPdf(path.join(dir, 'pdf', file));
      for (let n = 1; n <= pdf.numPages; n++) {
        const text = (await textContent(pdf, n)).items.map((i) => ('str' in i ? i.str : '')).join('').replace(/\s+/g, '');
        expect(text, `${file} p. ${n}`).toMatch(new RegExp(`Geprintvan${published.replace(/[.?/]/g, '\\$&')}[a-z0-9-]+/`));
      }
    }
    const bookPdf = await loadPdf(path.join(dir, 'pdf', 'samen-leren.pdf'));
    const colophon = (await textContent(bookPdf, 2)).items.map((i) => ('str' in i ? i.str : '')).join('').replace(/\s+/g, '');
    expect(colophon).toContain(published);
  });
});

// ---------------------------------------------------------------------------

const HOSTILE_NAME = (() => {
  // Markup, an entity, quotes, a dash, and one long Dutch compound that only wraps if the CSS lets it.
  const start = '<img src=x onerror=alert(1)>&amp; "Sint-Jozef" — Onderwijsgemeenschapsvoorzieningsorganisatie ';
  return (start + 'van een school met een bestuur, drie locaties en een naam die nooit ophoudt '.repeat(3)).slice(0, 200);
})();

/** A brand folder in a temp dir, from the example's logo and the given config. */
function tempBrand(config: object, files: Record<string, string> = {}): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'merk-test-'));
  fs.copyFileSync(path.join(EXAMPLE, 'logo.svg'), path.join(d, 'logo.svg'));
  fs.writeFileSync(path.join(d, 'brand.yaml'), stringify(config));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(d, name), text);
  return d;
}

describe('a hostile brand', () => {
  let hostile: string;
  let server: StaticServer;
  beforeAll(async () => {
    const folder = tempBrand({
      name: HOSTILE_NAME,
      shortName: 'Sint-Jozef<b>Onderwijsgemeenschappen</b>',
      logo: 'logo.svg',
      colours: { primary: '#1f4e79', accent: '#9c4a00' },
      footer: '<script>alert("voet")</script>\nTweede regel met ’t Kompas & Zn.',
      contact: { email: 'info@sint-jozef.example', url: 'https://sint-jozef.example/?a=1&b=<2>' },
      site: { base: '/sint-jozef/' },
      include: ['inleiding', 'stappen', 'gereedschap', 'checklists', 'kleurentest', 'bronnen', 'colofon'],
      cover: { title: '<h1>Omslag</h1>', text: '<img src=x onerror=alert(2)>' },
      ui: { siteSubtitle: '<i>Ondertitel</i>' },
    });
    hostile = buildVariant('vijandig', { brand: folder });
    server = await serve(hostile, '/sint-jozef/');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('prints the name, short name, footer and ui text as text in the HTML: escaped, nothing injected', () => {
    expect(HOSTILE_NAME).toHaveLength(200);
    for (const p of builtPages(hostile)) {
      // Inside a quoted attribute "<" is only a character; what counts is the markup outside them.
      const html = read(hostile, p).replace(/="[^"]*"/g, '=""');
      expect(html, p).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;amp; ');
      expect(html, p).not.toContain('<img src=x');
      expect(html, p).toContain('Sint-Jozef&lt;b&gt;Onderwijsgemeenschappen&lt;/b&gt;');
      expect(html, p).not.toContain('<b>');
      expect(html, p).not.toContain('<script>alert');
      expect(html, p).not.toContain('<i>Ondertitel</i>');
    }
  });

  it('shows exactly the text in the browser, and no element from it exists', async () => {
    const { page, errors } = await openPage(browser, server.url);
    const found = await page.evaluate(() => ({
      name: document.querySelector('.brand-full')!.textContent,
      short: document.querySelector('.brand-short')!.textContent,
      title: document.title,
      footer: [...document.querySelectorAll('.brand-footer p')].map((p) => p.textContent),
      kicker: document.querySelector('.kicker')!.textContent,
      injected: document.querySelectorAll('img[src="x"], [onerror], .site-header b, .site-header i, .kicker i, .site-footer b, .site-footer script').length,
      contactHref: document.querySelector('.brand-contact a[href^="https"]')!.getAttribute('href'),
    }));
    expect(found).toEqual({
      name: HOSTILE_NAME,
      short: 'Sint-Jozef<b>Onderwijsgemeenschappen</b>',
      title: 'Samen leren: <i>Ondertitel</i> · Sint-Jozef<b>Onderwijsgemeenschappen</b>',
      footer: ['<script>alert("voet")</script>', 'Tweede regel met ’t Kompas & Zn.'],
      kicker: '<i>Ondertitel</i>',
      injected: 0,
      contactHref: 'https://sint-jozef.example/?a=1&b=<2>',
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [360, '.brand-short'],
    [1280, '.brand-full'],
  ])('keeps the header and the page within %i px, the name (%s) wrapping, long words too', async (width, shown) => {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.goto(`${server.url}gereedschap/dialoog/`, { waitUntil: 'load' });
    const m = await page.evaluate((shownSel) => {
      const header = document.querySelector('.site-header')!;
      const name = document.querySelector(shownSel)!.getBoundingClientRect();
      const other = document.querySelector(shownSel === '.brand-short' ? '.brand-full' : '.brand-short')!.getBoundingClientRect();
      const search = document.querySelector('.search-form')!.getBoundingClientRect();
      return { header: header.scrollWidth - header.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth, nameRight: name.right, nameHeight: name.height, otherHeight: other.height, searchWidth: search.width };
    }, shown);
    expect(m.header).toBeLessThanOrEqual(0);
    expect(m.page).toBeLessThanOrEqual(0);
    expect(m.nameRight).toBeLessThanOrEqual(width);
    expect(m.nameHeight).toBeGreaterThan(40); // it wraps instead of running off
    expect(m.otherHeight).toBe(0); // one name at a time
    expect(m.searchWidth).toBeGreaterThan(200); // and the search field is still usable
    await page.close();
  });

  it('leaves out the parts it does not include, and keeps the text of links to them', () => {
    const pages = builtPages(hostile);
    expect(pages.filter((p) => p.startsWith('/achtergrond/') || p === '/begrippen/')).toEqual([]);
    expect(pages).toContain('/colofon/');
    for (const p of pages) expect(read(hostile, p), p).not.toMatch(/href="\/sint-jozef\/(achtergrond|begrippen)\//);
    const intro = read(hostile, 'inleiding/');
    expect(intro).toContain('<span>Co-creatie</span>');
    expect(findBrokenLinks(hostile, '/sint-jozef/')).toEqual([]);
  });

  it('is built without PDFs (--no-pdf), so no page offers one', () => {
    expect(fs.existsSync(path.join(hostile, 'pdf'))).toBe(false);
    for (const p of builtPages(hostile)) expect(read(hostile, p), p).not.toMatch(/href="[^"]*\.pdf"/);
  });
});

// ---------------------------------------------------------------------------

describe('an invalid brand stops the build before anything is built, and the previous build stays', () => {
  const good = { name: 'Het Anker', shortName: 'Anker', logo: 'logo.svg', colours: { primary: '#1f4e79', accent: '#9c4a00' } };
  const cases: Array<[string, object, Record<string, string>, string]> = [
    ['an unknown key', { ...good, colour: {} }, {}, 'veld "colour": onbekende sleutel; bedoel je "colours"?'],
    ['a wrong type', { ...good, shortName: ['Anker'] }, {}, 'veld "shortName": verwacht een tekst, maar vond een lijst'],
    ['a missing logo', { ...good, logo: 'anker.svg' }, {}, 'veld "logo": het bestand "anker.svg" staat niet in de merkmap'],
    ['a logo that is not an image', { ...good, logo: 'anker.png' }, { 'anker.png': 'geen plaatje' }, 'veld "logo": "anker.png" is geen afbeelding'],
    ['an SVG with a script', { ...good, logo: 'anker.svg' }, { 'anker.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' }, 'veld "logo": "anker.svg" is geen veilige SVG: bevat een <script>'],
    ['colours with too little contrast', { ...good, colours: { primary: '#1f4e79', accent: '#ff9900' } }, {}, 'veld "colours.accent": #ff9900 heeft te weinig contrast: op wit (de pagina) 2,'],
    ['a base path without a leading slash', { ...good, site: { base: 'anker/' } }, {}, 'veld "site.base": "anker/" moet beginnen met "/": schrijf "/anker/"'],
    ['an unknown part', { ...good, include: ['inleiding', 'stappen', 'gereedschap', 'checklists', 'bronnen', 'colofon', 'bijlagen'] }, {}, 'veld "include.6": "bijlagen" is geen deel van het handboek'],
    ['an unknown ui key', { ...good, ui: { zoeken: 'Vind' } }, {}, 'veld "ui.zoeken": deze tekst bestaat niet in content/ui.yaml'],
    ['an own page that sends readers away', { ...good, pages: [{ file: 'weg.mdx', after: 'inleiding' }] },
      { 'weg.mdx': '---\ntitle: Weg\nsummary: Weg.\n---\n\nTekst.\n\n<meta http-equiv="refresh" content="0;url=https://elders.nl" />\n' },
      'veld "pages.0.file": "weg.mdx", regel 8: <meta> laadt of doet iets buiten de tekst'],
    ['an own page with code', { ...good, pages: [{ file: 'code.mdx', after: 'inleiding' }] },
      { 'code.mdx': '---\ntitle: Code\nsummary: Code.\n---\n\n{process.exit(0)}\n' },
      'veld "pages.0.file": "code.mdx", regel 6: tekst tussen { } is code'],
  ];
  const out = path.resolve('.build', 'variants', 'vorige');
  beforeAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'index.html'), 'vorige build');
  });

  // Every case through the build's first step, in this process: scripts/check.ts
  // (`samen-leren check`) runs the same checks as the build does before it builds
  // anything (prepareBrand, loadBook, validateContent, loadBibliography), with the
  // same messages. Starting a whole build for each would only prove that again.
  it.each(cases)('%s', (_, config, files, expected) => {
    const folder = tempBrand(config, files);
    const result = checkBrandFolder(folder);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain(`${folder}/brand.yaml klopt niet:`);
    expect(message).toContain(expected);
  });

  // And end to end, through the build itself: it stops with the same message before
  // building the site, says so in Dutch, and the previous build stays as it was.
  it('the build stops with that message and leaves the previous build alone', () => {
    const [, config, files, expected] = cases[0]!;
    const folder = tempBrand(config, files);
    const { code, output } = buildExpectingFailure(['--no-pdf', '--brand', folder, '--out', out]);
    expect(code).toBe(1);
    expect(output).toContain(`${folder}/brand.yaml klopt niet:`);
    expect(output).toContain(expected);
    expect(output).toContain('is niet veranderd');
    expect(output).not.toContain('website bouwen');
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('vorige build');
  });

  it('also with the brand folder from the environment variable', () => {
    const folder = tempBrand({ ...good, logo: 'weg.svg' });
    const { code, output } = buildExpectingFailure(['--no-pdf', '--out', out], { SAMEN_LEREN_BRAND: folder });
    expect(code).toBe(1);
    expect(output).toContain(`${folder}/brand.yaml klopt niet:`);
    expect(output).toContain('is niet veranderd');
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('vorige build');
  });
});

describe('the deployment guide (README.md, "Zelf hosten")', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  it('gives nginx and Apache exactly the policy the CSP tests use', async () => {
    expect(readme).toContain(`add_header Content-Security-Policy "${CSP}" always;`);
    expect(readme).toContain(`Header always set Content-Security-Policy "${CSP}"`);
  });
  it('uses the example\'s base path in its nginx location, and documents every field of brand.yaml', async () => {
    expect(readme).toContain(`location ${BASE} {`);
    const { brandSchema } = await import('../src/lib/node/brand-schema.ts');
    for (const key of Object.keys(brandSchema.shape)) expect(readme, key).toMatch(new RegExp(`\\| \`${key}[.\`]`));
  });
});
