// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { rehypeInternalLinks } from './src/lib/rehype-internal-links.ts';

// scripts/build.ts sets these from the brand config; `astro dev` uses the defaults.
const base = process.env.SAMEN_LEREN_BASE || '/';

export default defineConfig({
  site: process.env.SAMEN_LEREN_SITE || undefined,
  base,
  trailingSlash: 'always',
  outDir: process.env.SAMEN_LEREN_OUT || 'dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  markdown: { processor: unified({ rehypePlugins: [[rehypeInternalLinks, { base }]] }) },
  vite: {
    plugins: [tailwindcss()],
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
