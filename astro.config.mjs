// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { rehypeInternalLinks } from './src/lib/rehype-internal-links.ts';
import { createHash } from 'node:crypto';
import { getBrand, brandFiles } from './src/lib/brand.ts';

// The brand (content/brand/, or the folder in SAMEN_LEREN_BRAND) gives the base
// path and the site's address; scripts/build.ts has checked it already.
const brand = getBrand();
const base = brand.base;
// Astro keeps its content cache in node_modules/.astro by default: one cache for
// every checkout that shares node_modules, and for every brand. A cache of its own
// per project and per brand, so builds never read another build's content.
const cacheKey = createHash('sha256').update(`${brand.dir}\n${base}`).digest('hex').slice(0, 12);

/**
 * `astro dev` serves the brand's files (scripts/build.ts writes them into the built site).
 * @returns {import('vite').Plugin}
 */
function brandDevFiles() {
  return {
    name: 'samen-leren-brand-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // Depending on the middleware order the base path may already be stripped.
        const url = (req.url ?? '').split('?')[0];
        const file = brandFiles(brand).find((f) => url === f.path || url === `${base.replace(/\/$/, '')}${f.path}`);
        if (!file) return next();
        res.setHeader('content-type', file.mime);
        res.end(file.contents);
      });
    },
  };
}

export default defineConfig({
  site: brand.siteUrl || process.env.SAMEN_LEREN_SITE || undefined,
  base,
  trailingSlash: 'always',
  outDir: process.env.SAMEN_LEREN_OUT || 'dist',
  cacheDir: `./.build/astro-cache/${cacheKey}`,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  markdown: { processor: unified({ rehypePlugins: [[rehypeInternalLinks, { base }]] }) },
  vite: {
    plugins: [tailwindcss(), brandDevFiles()],
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
