// src/lib holds code for three places: Node (the build), Astro (the pages, at build
// time) and the browser (the islands). A browser bundle must never pull in Node code:
// this bundles every browser entry the way a browser gets it (esbuild, platform
// "browser") and fails when one reaches a Node built-in or a build-only module.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every script that runs in a reader's browser. */
const BROWSER_ENTRIES = [
  'src/islands/checklist/main.ts',
  'src/islands/kleurentest/main.ts',
  'src/islands/sessie/main.ts',
  'src/islands/search.ts',
  'src/islands/save-offline.ts',
  'src/scripts/sw.ts',
  'src/scripts/sw-register.ts',
];

/** Modules that read files, the context or Astro: build-time only. */
const BUILD_ONLY = /^src\/lib\/(context|book|brand|brand-files|brand-pages|bibliography|glossary|content|overview|validate-content|own-page-check|mdx-tree|rehype-internal-links|ui|site-script|offline|webmanifest|kleurentest\/content|content-files|pages-module|glossary|routes)\.ts$/;

describe('the line between build code and browser code', () => {
  it('lists every browser entry there is', () => {
    const islands = fs.readdirSync('src/islands', { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)main\.ts$|^[^/]+\.ts$/.test(f) && !/config|dom|chart/.test(f));
    for (const f of islands) expect(BROWSER_ENTRIES, f).toContain(`src/islands/${f}`);
  });

  for (const entry of BROWSER_ENTRIES) {
    it(`${entry} bundles for the browser without Node or build-only code`, async () => {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        platform: 'browser',
        format: 'esm',
        metafile: true,
        logLevel: 'silent',
        // Injected by Vite or the service-worker build, not imports.
        define: { 'import.meta.env.BASE_URL': '"/"', 'process.env.NODE_ENV': '"production"', BUILD_ID: '"test"' },
        external: ['/pagefind/*'],
      });
      const inputs = Object.keys(result.metafile!.inputs).map((f) => path.relative(process.cwd(), path.resolve(f)).split(path.sep).join('/'));
      expect(inputs.filter((f) => BUILD_ONLY.test(f) || f.startsWith('node:'))).toEqual([]);
    });
  }
});
