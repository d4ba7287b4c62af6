// The search index: Pagefind over the built pages, in Dutch. Only the part of a
// page marked data-pagefind-body (the article) is indexed, never the navigation.
import fs from 'node:fs';
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
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
