// @ts-check
import { siteContext } from './src/lib/node/context.ts';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { internalLinks } from './src/lib/node/internal-links.ts';
import { createHash } from 'node:crypto';
import { brandFiles } from './src/lib/node/brand.ts';
import { bundledScript, SCRIPTS } from './src/lib/node/site-script.ts';
import { pagesModule } from './src/lib/node/pages-module.ts';

// The build's context (src/lib/node/context.ts): scripts/build.ts has loaded and checked it
// and handed it over; `astro dev` and `astro check` load it here (the project's own
// brand, or SAMEN_LEREN_BRAND). Its brand gives the base path and the site's address.
const context = siteContext();
const { brand, book } = context;
const base = brand.base;
// Astro keeps its content cache in node_modules/.astro by default: one cache for
// every checkout that shares node_modules, and for every brand. A cache of its own
// per project and per brand, so builds never read another build's content.
const cacheKey = createHash('sha256').update(`${brand.dir}\n${base}`).digest('hex').slice(0, 12);

/**
 * `astro dev` serves the brand's files and the site's own scripts (theme, offline;
 * src/lib/node/site-script.ts), which scripts/build.ts writes into the built site.
 * @returns {import('vite').Plugin}
 */
function devFiles() {
  return {
    name: 'samen-leren-dev-files',
    configureServer(server) {
      const scripts = /** @type {import('./src/lib/node/site-script.ts').ScriptName[]} */ (Object.keys(SCRIPTS)).map((name) => bundledScript(name, context.root));
      const files = [
        ...brandFiles(brand),
        ...scripts.map((s) => ({ path: s.path, mime: 'text/javascript; charset=utf-8', contents: s.text })),
      ];
      server.middlewares.use((req, res, next) => {
        // Depending on the middleware order the base path may already be stripped.
        const url = (req.url ?? '').split('?')[0];
        const file = files.find((f) => url === f.path || url === `${base.replace(/\/$/, '')}${f.path}`);
        if (!file) return next();
        res.setHeader('content-type', file.mime);
        res.end(file.contents);
      });
    },
  };
}

export default defineConfig({
  site: brand.siteUrl || undefined,
  base,
  trailingSlash: 'always',
  // scripts/build.ts builds into a folder of its own and gives it here.
  outDir: 'dist',
  cacheDir: `./.build/astro-cache/${cacheKey}`,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  // Sätteri, Astro's own Markdown processor, parses and compiles the MDX in Rust: the
  // server bundle takes half the time it took with unified (remark and rehype). No
  // syntax highlighting: the book has no code, and Shiki would load for nothing.
  markdown: {
    processor: satteri({ hastPlugins: [internalLinks({ base, paths: book.paths, excluded: book.excluded })] }),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss(), devFiles(), pagesModule(book)],
    build: {
      rollupOptions: {
        // Astro's MDX output carries a directive that the bundler warns about on every file; harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
