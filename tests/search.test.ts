// The search index in the built dist/, searched with Pagefind's own script as
// the search page does: what is in it, what is not, and whether Dutch words land
// where a teacher expects.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBook } from '../src/lib/node/book.ts';
import { KEYWORDS_META, PART_FILTER } from '../src/lib/shared/search.ts';
import { t } from '../src/lib/node/ui.ts';
import { MAX_INDEX_CHUNK_BYTES, filterFile } from '../scripts/search-index.ts';
import { DIST, readDist } from './helpers/dist.ts';
import { openIndex, type BuiltIndex, type IndexedPage } from './helpers/pagefind.ts';

const book = loadBook();
/** The session planner: not a page of the book, but found by search. */
const SESSION = '/sessie/';
let index: BuiltIndex;
let all: IndexedPage[];

beforeAll(async () => {
  index = await openIndex(DIST);
  all = await index.search(null);
});
afterAll(async () => {
  await index?.close();
});

const urls = (pages: IndexedPage[]) => pages.map((p) => p.url);

describe('the search index', () => {
  it('holds every page of the book, steps and tools included, and the session planner, not the home or search page', () => {
    const indexed = urls(all);
    for (const e of [...book.steps, ...book.tools]) expect(indexed, e.path).toContain(e.path);
    expect(indexed.sort()).toEqual([...book.order.map((e) => e.path), SESSION].sort());
    expect(indexed).not.toContain('/');
    expect(indexed).not.toContain('/zoeken/');
  });

  it('gives every page its title and its part, as metadata and as a filter', () => {
    const partOf = new Map([
      ...book.steps.map((e) => [e.path, t('parts.stappen')] as const),
      ...book.tools.map((e) => [e.path, t('parts.gereedschap')] as const),
      ...book.checklists.map((e) => [e.path, t('parts.checklists')] as const),
    ]);
    const known = ['stappen', 'gereedschap', 'checklists', 'achtergrond', 'other'].map((k) => t(`parts.${k}`));
    for (const page of all.filter((p) => p.url !== SESSION)) {
      const entry = book.byPath.get(page.url)!;
      // A step's title says which step it is; no other page's does. (These two lines used to
      // compare with '' and with the title itself for other pages: checks that could not fail.)
      const stepPrefix = `${t('step')} ${entry.kind === 'step' ? entry.number : '\\d+'}: `;
      if (entry.kind === 'step') expect(page.meta.title!.startsWith(`${t('step')} ${entry.number}: `), `${page.url}: ${page.meta.title}`).toBe(true);
      else expect(page.meta.title, page.url).not.toMatch(new RegExp(`^${stepPrefix}`));
      expect(page.meta.title, page.url).toContain(entry.title.slice(0, 12));
      expect(known, page.url).toContain(page.meta[PART_FILTER]);
      expect(page.filters[PART_FILTER], page.url).toEqual([page.meta[PART_FILTER]]);
      if (partOf.has(page.url)) expect(page.meta[PART_FILTER], page.url).toBe(partOf.get(page.url));
    }
  });

  it('finds the session planner by what a trainer would type, under the tools, without its form', async () => {
    const planner = all.find((p) => p.url === SESSION)!;
    expect(planner.meta.title).toBe(t('session.title'));
    expect(planner.filters[PART_FILTER]).toEqual([t('parts.gereedschap')]);
    // Only its title and description: not the no-JavaScript note, nor a word of the planner itself.
    expect(planner.content).not.toContain(t('session.noScript').slice(0, 30));
    expect(planner.content).not.toContain(t('session.startEmpty'));
    for (const word of ['agenda', 'studiedag', 'sessie plannen']) expect(urls(await index.search(word)), word).toContain(SESSION);
  });

  it('indexes the main content only: no navigation, breadcrumbs, on-this-page list, footer or buttons', () => {
    const chrome = [
      t('footer.madeWith'), t('footer.privacy'), t('mainNav'), t('onThisPage'), t('skipLink'),
      t('downloadPdf'), `${t('previous')} / ${t('next')}`, `← ${t('previous')}`, `${t('next')} →`, t('searchPlaceholder'),
    ];
    for (const page of all) {
      for (const text of chrome) expect(page.content, `${page.url}: "${text}"`).not.toContain(text);
      // The breadcrumb trail would start every page with "Home".
      expect(page.content.startsWith(t('homeLink')), page.url).toBe(false);
    }
  });

  it('finds a word that is only in the footer on no page but the one that is about it', async () => {
    // "Colofon" is a link in the footer of every page; only the colophon itself should match.
    const word = t('footer.colophon');
    const hits = await index.search(word);
    const inText = all.filter((p) => p.content.toLowerCase().includes(word.toLowerCase())).map((p) => p.url);
    expect(hits.length).toBeGreaterThan(0);
    expect(urls(hits).sort()).toEqual(inText.sort());
    expect(hits.length).toBeLessThan(all.length / 2);
  });

  it('keeps the keywords out of the text but finds pages by them', async () => {
    const withKeywords = book.order.filter((e) => e.keywords.length > 0);
    expect(withKeywords.length).toBeGreaterThan(5);
    let onlyInKeywords = 0;
    for (const entry of withKeywords) {
      const page = all.find((p) => p.url === entry.path)!;
      expect(page.meta[KEYWORDS_META], entry.path).toBe(entry.keywords.join(', '));
      // A keyword that is nowhere in the page's text: the metadata alone must find the page.
      const hidden = entry.keywords.find((k) => !/\s/.test(k) && !page.content.toLowerCase().includes(k.toLowerCase()));
      if (!hidden) continue;
      onlyInKeywords++;
      expect(urls(await index.search(hidden)), `${hidden} → ${entry.path}`).toContain(entry.path);
    }
    expect(onlyInKeywords).toBeGreaterThan(0);
  });
});

describe('the search page', () => {
  it('preloads what a first search needs, and every file it names exists', () => {
    const html = readDist('zoeken/index.html');
    const preloaded = [...html.matchAll(/<link rel="(?:module)?preload" href="\/pagefind\/([^"?]+)[^"]*"/g)].map((m) => m[1]!);
    expect(preloaded).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.nl.pagefind', 'pagefind-entry.json']));
    expect(preloaded.some((f) => /^pagefind\.nl_\w+\.pf_meta$/.test(f))).toBe(true);
    expect(preloaded.some((f) => f.startsWith('filter/'))).toBe(true);
    for (const f of preloaded) expect(fs.existsSync(path.join(DIST, 'pagefind', f)), f).toBe(true);
  });

  it('preloads only the filter file of the parts, the one filter the page shows counts for', () => {
    const html = readDist('zoeken/index.html');
    const filters = [...html.matchAll(/href="\/pagefind\/(filter\/[^"]+)"/g)].map((m) => m[1]!);
    expect(filters).toEqual([`filter/${filterFile(path.join(DIST, 'pagefind'), PART_FILTER)}`]);
    // That file is the part filter: its name comes right after Pagefind's signature.
    const data = zlib.gunzipSync(fs.readFileSync(path.join(DIST, 'pagefind', filters[0]!)));
    expect(data.subarray(0, 30).toString('latin1')).toContain(`pagefind_dcd`);
    expect(data.subarray(12, 14 + PART_FILTER.length).includes(Buffer.from(PART_FILTER))).toBe(true);
  });

  it('is valid HTML around its script: in the head, nothing after </html>', () => {
    const html = readDist('zoeken/index.html');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    // Its own script, and the site's small head script (theme and offline) that every page has.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.slice(html.indexOf('</head>')).match(/<script\b/g)).toBeNull();
  });

  it('has small index chunks, so a first search fetches a few kB of index, not ~30', () => {
    const dir = path.join(DIST, 'pagefind', 'index');
    const chunks = fs.readdirSync(dir).filter((f) => f.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(5);
    for (const f of chunks) expect(fs.statSync(path.join(dir, f)).size, f).toBeLessThanOrEqual(MAX_INDEX_CHUNK_BYTES);
  });

  it('has a brotli copy of every file the search fetches, with the same content as Pagefind\'s gzip', () => {
    const dir = path.join(DIST, 'pagefind');
    const fetched = ['pagefind.js', 'pagefind-entry.json', 'wasm.nl.pagefind', ...['index', 'fragment', 'filter'].flatMap((d) => fs.readdirSync(path.join(dir, d)).filter((f) => !f.endsWith('.br')).map((f) => `${d}/${f}`))];
    for (const f of fetched) {
      const original = fs.readFileSync(path.join(dir, f));
      const unpacked = /\.(js|json)$/.test(f) ? original : zlib.gunzipSync(original);
      const br = fs.readFileSync(path.join(dir, `${f}.br`));
      expect(zlib.brotliDecompressSync(br).equals(unpacked), f).toBe(true);
      expect(br.length, f).toBeLessThan(original.length);
    }
  });

  it('is the only page that loads Pagefind', () => {
    for (const e of book.order) expect(readDist(`${e.path}index.html`), e.path).not.toMatch(/pagefind\//);
    expect(readDist('index.html')).not.toMatch(/pagefind\//);
    expect(readDist('zoeken/index.html')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });
});

describe('Dutch words land on the right page', () => {
  it('intervisie: the peer-consultation tool comes first', async () => {
    expect(urls(await index.search('intervisie'))[0]).toBe('/gereedschap/collegiale-consultatie/');
  });

  it('origami: De Bloemenfabriek comes first', async () => {
    expect(urls(await index.search('origami'))[0]).toBe('/gereedschap/bloemenfabriek/');
  });

  it('leerwerkgemeenschap: finds the pages that only say leerwerkgemeenschappen', async () => {
    const hits = await index.search('leerwerkgemeenschap');
    const plural = all.filter((p) => /leerwerkgemeenschappen/i.test(p.content));
    const pluralOnly = plural.filter((p) => !/leerwerkgemeenschap\b/i.test(p.content));
    expect(plural.length).toBeGreaterThan(0);
    for (const p of plural) expect(urls(hits), p.url).toContain(p.url);
    // Stemming, not luck: at least one page is found although its text only has the plural.
    expect(pluralOnly.length + hits.filter((h) => /<mark>leerwerkgemeenschappen<\/mark>/i.test(h.excerpt)).length).toBeGreaterThan(0);
  });

  it('PLG: the introduction and the background on professional learning communities come first', async () => {
    const top = urls(await index.search('PLG')).slice(0, 5);
    expect(top).toContain('/inleiding/');
    expect(top).toContain('/achtergrond/leiderschap-voor-leren/');
  });

  it('visie: step 4 comes first; feedback: steps before the bibliography', async () => {
    expect(urls(await index.search('visie'))[0]).toBe('/stappen/visie-op-leren/');
    const feedback = urls(await index.search('feedback'));
    expect(feedback.slice(0, 3).every((u) => u.startsWith('/stappen/') || u.startsWith('/gereedschap/'))).toBe(true);
  });

  it('words the text does not have land by their keywords: intercollegiaal, PLC', async () => {
    expect(urls(await index.search('intercollegiaal'))[0]).toBe('/gereedschap/collegiale-consultatie/');
    const plc = urls(await index.search('PLC')).slice(0, 3);
    expect(plc).toContain('/inleiding/');
    expect(plc).toContain('/achtergrond/leiderschap-voor-leren/');
  });

  it('checklist statements (in form labels, which Pagefind skips) find their checklist', async () => {
    // These words stand in a checklist statement (and on the step pages that list it).
    expect(urls(await index.search('bespreekcultuur')).slice(0, 3)).toContain('/checklists/lerende-organisatie/');
    expect(urls(await index.search('onderzoeksaanvragen')).slice(0, 3)).toContain('/checklists/lerend-partnerschap/');
  });

  // Issue 12: questions teachers type, in words the handbook uses, each with one page that
  // is clearly the answer. Pagefind finds pages with all the words (each word also as the
  // start of a longer one, after Dutch stemming) and ranks them; the answer must come first.
  const QUESTIONS: Array<[string, string]> = [
    // ("intervisie" has its own test above.)
    ['visie op leren', '/stappen/visie-op-leren/'],
    ['onderzoek doen in de school', '/stappen/onderzoeksmatig-werken/'],
    ['bij elkaar in de les kijken', '/stappen/ontwikkeling-van-expertise/'],
    ['wie weet wat', '/stappen/expertise-in-beeld/'],
    ['besluiten nemen', '/stappen/expertises-benutten/'],
    ['veilig klimaat', '/stappen/positief-klimaat/'],
    ['een vernieuwing invoeren', '/gereedschap/matrix-van-camp/'],
    ['oordeel uitstellen', '/gereedschap/dialoog/'],
    ['eigenaarschap', '/achtergrond/co-creatie/'],
    ['leiderschap', '/achtergrond/leiderschap-voor-leren/'],
  ];
  for (const [question, answer] of QUESTIONS) {
    it(`"${question}": ${answer} comes first`, async () => {
      expect(urls(await index.search(question))[0]).toBe(answer);
    });
  }

  it('feedback geven: pages about feedback first, not pages that only have the word geven', async () => {
    const hits = await index.search('feedback geven');
    // "About feedback": it is one of the page's keywords, and the text says it.
    const about = (p: IndexedPage) => (p.meta[KEYWORDS_META] ?? '').split(', ').includes('feedback') && /feedback/i.test(p.content);
    expect(hits.slice(0, 3).map((p) => `${p.url} ${about(p)}`)).toEqual(hits.slice(0, 3).map((p) => `${p.url} true`));
    expect(urls(hits).slice(0, 3)).toContain('/stappen/ontwikkeling-van-expertise/');
  });

  it('filters by part', async () => {
    const tools = await index.search('feedback', { [PART_FILTER]: { any: [t('parts.gereedschap')] } });
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((p) => p.url.startsWith('/gereedschap/') && p.meta[PART_FILTER] === t('parts.gereedschap'))).toBe(true);
  });

  it('gives sub-results per heading, linking to the heading', async () => {
    const [consultatie] = await index.search('intervisie');
    const anchored = consultatie!.sub_results.filter((s) => s.anchor);
    expect(anchored.length).toBeGreaterThan(1);
    for (const s of anchored) expect(s.url).toMatch(/^\/gereedschap\/collegiale-consultatie\/#[\w-]+$/);
  });
});
