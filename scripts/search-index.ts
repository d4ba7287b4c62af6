// The search index: Pagefind over the built pages, in Dutch. Only the part of a
// page marked data-pagefind-body (the article) is indexed, never the navigation.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

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

export async function buildSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: NOT_INDEXED });
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
    preloadIndexFiles(siteDir);
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
  const files = [`pagefind.${nl.hash}.pf_meta`, ...fs.readdirSync(path.join(siteDir, 'pagefind', 'filter')).map((f) => `filter/${f}`)];
  const links = files.map((f) => `<link rel="preload" href="${bundle}${f}" as="fetch" crossorigin="anonymous">`).join('');
  fs.writeFileSync(page, html.replace('</head>', `${links}</head>`));
}
