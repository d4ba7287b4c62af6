// The MDX of every page of this book, by site path, as one virtual module
// ("virtual:samen-leren/pages"), made from the context's book map: the pages import
// their text from it. The book map already knows every file, a school's own pages
// included, and the context has checked their front-matter, so Astro's content
// collections would only read and parse it all again (a third time).
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Book } from './book.ts';

export const PAGES_MODULE = 'virtual:samen-leren/pages';

/** The module's code: for each page with an MDX file, a function that loads it. */
export function pagesModuleCode(book: Book): string {
  const lines = book.order
    .filter((e) => e.file.endsWith('.mdx'))
    .map((e) => `  ${JSON.stringify(e.path)}: () => import(${JSON.stringify(path.resolve(book.root, e.file).split(path.sep).join('/'))}),`);
  return `export const pages = {\n${lines.join('\n')}\n};\n`;
}

/** The Vite plugin that serves the module (astro.config.mjs). */
export function pagesModule(book: Book): Plugin {
  const resolved = `\0${PAGES_MODULE}`;
  return {
    name: 'samen-leren-pages',
    resolveId: (id) => (id === PAGES_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? pagesModuleCode(book) : undefined),
  };
}
