// src/lib is split by where its code runs:
//   node/    the build, in Node: reads files, uses Node's modules, makes and holds the context;
//   astro/   only for Astro's pages and components (the context, the virtual pages module);
//   shared/  pure code that runs anywhere: in the build, in the pages and in the browser;
//   client/  the browser only (the islands' helpers for the page).
// A browser bundle must never pull in Node code: this bundles every browser entry the
// way a browser gets it (esbuild, platform "browser") and fails when one reaches a
// module outside client/ and shared/, or a Node built-in. And shared/ and client/ keep
// to their side: their modules import (other than types) only from shared/ (and
// client/ from client/), never from Node.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every script that runs in a reader's browser. */
const BROWSER_ENTRIES = [
  'src/islands/checklist/main.ts',
  'src/islands/kleurentest/main.ts',
  'src/islands/sessie/main.ts',
  'src/islands/search/main.ts',
  'src/islands/save-offline.ts',
  'src/scripts/sw.ts',
  'src/scripts/sw-register.ts',
];

/** The folders of src/lib a browser may load. */
const BROWSER_SAFE = /^src\/lib\/(client|shared)\//;

/** The relative modules a file imports as values (an `import type` is erased, so it may cross). */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specs.map((s) => (s.startsWith('.') ? path.relative(process.cwd(), path.resolve(path.dirname(file), s)).split(path.sep).join('/') : s));
}

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
      expect(inputs.filter((f) => (f.startsWith('src/lib/') && !BROWSER_SAFE.test(f)) || f.startsWith('node:'))).toEqual([]);
    });
  }

  for (const [folder, allowed] of [['shared', /^src\/lib\/shared\//], ['client', /^src\/lib\/(client|shared)\//]] as const) {
    it(`src/lib/${folder}/ imports nothing from Node, node/ or astro/`, () => {
      const files = fs.readdirSync(`src/lib/${folder}`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
      expect(files.length).toBeGreaterThan(0);
      const crossing = files.flatMap((f) => {
        const file = `src/lib/${folder}/${f}`;
        return valueImports(file).filter((s) => s.startsWith('node:') || (s.startsWith('src/') && !allowed.test(s))).map((s) => `${file} -> ${s}`);
      });
      expect(crossing).toEqual([]);
    });
  }
});
