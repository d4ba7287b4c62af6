// The search index: Pagefind over the built pages, in Dutch. Only the part of a
// page marked data-pagefind-body (the article) is indexed, never the navigation.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import * as pagefind from 'pagefind';
import { filesUnder, writeBrotliCopy } from './brotli-copies.ts';
import { INDEX_TAG_PLACEHOLDER, PART_FILTER } from '../src/lib/shared/search.ts';

/** The files the search page (src/pages/zoeken/index.astro) preloads by name. */
export const PRELOADED_FILES = ['pagefind.js', 'wasm.nl.pagefind'];

/**
 * Left out of the index, inside the article. Pagefind itself already skips nav
 * (the on-this-page list, breadcrumbs, book navigation), footer, form, label,
 * svg and script.
 */
export const NOT_INDEXED = [
  '.actions', // buttons such as "Download als PDF"
  '.toc', // the on-this-page list (a <nav>, so skipped anyway; named to be sure)
  '.cards', // cards that lead to other pages: their text is indexed on those pages
];

/**
 * The size Pagefind aims at for one index chunk (its PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
 * default 20000). A search fetches the chunk that holds each of its words, in parallel.
 * With the default this book has three chunks of ~30 kB (gzip), so any first search
 * fetched ~30 kB of index per word; with 1000 it has ~50 chunks of ~2 kB and the entry
 * file (pf_meta, fetched anyway) grows by half a kB. Measured with brotli: "feedback"
 * 27.9 kB of index (default) / 4.0 (2000) / 2.8 (1000); "onderzoek doen in de school"
 * 82.6 / 17.7 / 9.7 kB, the same number of requests each time.
 *
 * The price: Pagefind fetches the chunk whose range holds the word as typed, so longer
 * words that start with it but sit in the next chunk are not found. More chunks, more such
 * borders. Checked against the default on 251 words from the book (4 letters or more):
 * the same pages for every word, the first result different for 2. Only a prefix of one
 * to three letters, while the reader is still typing, can miss a few pages.
 */
export const INDEX_CHUNK_SIZE = 1000;
/** The largest index chunk we accept (gzip, bytes): a check that the setting above still works. */
export const MAX_INDEX_CHUNK_BYTES = 5_000;

export async function buildSearchIndex(siteDir: string): Promise<number> {
  // Read by Pagefind's binary, which the Node API starts (with this environment) on its first call.
  const previousChunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: NOT_INDEXED }).finally(() => {
    if (previousChunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previousChunkSize;
  });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind vond geen pagina om te indexeren (ontbreekt data-pagefind-body?).');
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const missing = PRELOADED_FILES.filter((f) => !fs.existsSync(`${siteDir}/pagefind/${f}`));
    if (missing.length) {
      throw new Error(`Pagefind schreef ${missing.join(' en ')} niet, maar de zoekpagina laadt ze vooraf. Pas de namen aan in src/pages/zoeken/index.astro en scripts/search-index.ts.`);
    }
    const chunks = fs.readdirSync(`${siteDir}/pagefind/index`).map((f) => fs.statSync(`${siteDir}/pagefind/index/${f}`).size);
    if (Math.max(...chunks) > MAX_INDEX_CHUNK_BYTES) {
      throw new Error(`Pagefind schreef indexdelen tot ${Math.max(...chunks)} bytes (verwacht: hooguit ${MAX_INDEX_CHUNK_BYTES}); kent deze versie PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE nog? Zie scripts/search-index.ts.`);
    }
    preloadIndexFiles(siteDir);
    await writeBrotliCopies(path.join(siteDir, 'pagefind'));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * The search page already preloads Pagefind's script, WebAssembly and entry file.
 * The index's metadata and filter files have hashed names, known only now: add them
 * too, so a phone fetches everything a first search needs in one go, not one after
 * the other (each round trip is about half a second on a slow connection).
 */
export function preloadIndexFiles(siteDir: string): void {
  const page = path.join(siteDir, 'zoeken', 'index.html');
  const html = fs.readFileSync(page, 'utf8');
  const bundle = /<link rel="modulepreload" href="([^"]*\/pagefind\/)pagefind\.js"/.exec(html)?.[1];
  if (!bundle) throw new Error(`${page}: de zoekpagina laadt pagefind.js niet vooraf; verwacht <link rel="modulepreload" href=".../pagefind/pagefind.js">.`);
  const entry = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const nl = entry.languages.nl;
  if (!nl) throw new Error('Pagefind maakte geen Nederlandse index (pagefind-entry.json heeft geen "nl").');
  // Only the filter the page shows counts for: a search loads the filter files it uses.
  const files = [`pagefind.${nl.hash}.pf_meta`, `filter/${filterFile(path.join(siteDir, 'pagefind'), PART_FILTER)}`];
  const links = files.map((f) => `<link rel="preload" href="${bundle}${f}" as="fetch" crossorigin="anonymous">`).join('');
  // The index's tag: a hash of its entry file, the same for the same index (see INDEX_TAG_PLACEHOLDER).
  const tag = indexTag(siteDir);
  if (!html.includes(INDEX_TAG_PLACEHOLDER)) throw new Error(`${page}: de zoekpagina heeft geen plek voor de tag van de index (${INDEX_TAG_PLACEHOLDER}).`);
  fs.writeFileSync(page, html.replace('</head>', `${links}</head>`).replaceAll(INDEX_TAG_PLACEHOLDER, tag));
}

/** A hash of Pagefind's entry file: it names every part of the index by its own hash. */
export function indexTag(siteDir: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'))).digest('hex').slice(0, 10);
}

/** Pagefind's own files are gzip of this signature and the data. */
const SIGNATURE = 'pagefind_dcd';

/** The file in pagefind/filter/ that holds the filter `name` (a CBOR array that starts with the name). */
export function filterFile(pagefindDir: string, name: string): string {
  for (const f of fs.readdirSync(path.join(pagefindDir, 'filter'))) {
    const data = zlib.gunzipSync(fs.readFileSync(path.join(pagefindDir, 'filter', f)));
    // After the signature: an array header, then the name as a CBOR text string (short or with a 1-byte length).
    let at = SIGNATURE.length + 1;
    const head = data[at++]!;
    const length = head >= 0x60 && head < 0x78 ? head - 0x60 : head === 0x78 ? data[at++]! : -1;
    if (length >= 0 && data.subarray(at, at + length).toString('utf8') === name) return f;
  }
  throw new Error(`Pagefind schreef geen filterbestand voor "${name}" (pagefind/filter/); heeft Base.astro data-pagefind-filter nog?`);
}

/** The files of Pagefind that the search page fetches (not its ready-made UIs, not the worker: noWorker). */
const FETCHED = /^(pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(index|filter|fragment)\/[\w-]+\.pf_(index|filter|fragment))$/;

/**
 * Brotli copies (`<file>.br`) of the files the search fetches, for a server that sends
 * them as they are when the browser accepts br (nginx brotli_static, see the README):
 * about a sixth smaller than gzip for the WebAssembly and the index. Pagefind stores its
 * files gzipped and unpacks them itself, or finds them unpacked by the browser (the
 * signature tells): so a copy is brotli of the unpacked file. A server without this
 * configuration sends the original files and ignores the copies.
 * Made by scripts/brotli-copies.ts, which keeps them by content hash: the WebAssembly and
 * pagefind.js are the same in every build, most fragments from one build to the next.
 */
export async function writeBrotliCopies(pagefindDir: string, cacheDir?: string): Promise<number> {
  const files = filesUnder(pagefindDir).filter((file) => FETCHED.test(path.relative(pagefindDir, file).split(path.sep).join('/')));
  await Promise.all(files.map(async (file) => {
    const rel = path.relative(pagefindDir, file).split(path.sep).join('/');
    let data = fs.readFileSync(file);
    const text = /\.(js|json)$/.test(rel);
    if (!text) {
      data = zlib.gunzipSync(data);
      if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`pagefind/${rel}: onverwachte inhoud (geen Pagefind-handtekening).`);
    }
    await writeBrotliCopy(file, data, text, cacheDir);
  }));
  return files.length;
}
