// The build step for offline use (scripts/build.ts runs it after Pagefind): the
// service worker <base>sw.js, made with Workbox.
//
// 1. src/scripts/sw.ts is bundled with the Workbox modules it imports (esbuild).
// 2. workbox-build's injectManifest lists every file a reader needs offline, each
//    with a revision (a hash of its bytes), and writes it into the worker: all
//    pages, the CSS and JS, the brand's files, the web app manifest and all of
//    Pagefind's files. Not the PDFs (cached when opened, see sw.ts) and not
//    /print/ (the source of the PDFs).
//
// The worker's URLs carry the base path, so a school's copy under
// /scholen/de-wilg/ caches and serves its own files only.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
// The two functions by their own modules: workbox-build's index also loads Rollup
// and Babel (for generateSW), seconds of start-up this step does not need.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { injectManifest } from 'workbox-build/build/inject-manifest.js';

/** The worker's file name, at the root of the base path (its scope is the whole copy). */
export const SW_FILE = 'sw.js';

/** What the worker precaches, relative to the built site. */
export const PRECACHE_GLOBS = ['**/*.{html,css,js,json,svg,png,jpg,jpeg,webp,ico,webmanifest,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'];
/** Never precached: the PDFs (cached when opened), the PDFs' print source, the worker itself. */
export const PRECACHE_IGNORE = ['pdf/**', 'print/**', SW_FILE, '.pdf-*/**'];

export interface ServiceWorkerReport { files: number; bytes: number; buildId: string }

export async function buildServiceWorker(siteDir: string, base: string, root = process.cwd()): Promise<ServiceWorkerReport> {
  const common = {
    globDirectory: siteDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORE,
    // Pagefind's WebAssembly and index chunks are large; everything the site has must fit.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    // Every URL under the base path: "index.html" becomes "/scholen/de-wilg/index.html".
    modifyURLPrefix: { '': base },
  };
  // The build's id: a hash of the list with every revision, so it changes when any file does.
  const listed = await getManifest(common);
  if (listed.warnings.length) throw new Error(`Workbox: ${listed.warnings.join('; ')}`);
  const buildId = crypto.createHash('sha256').update(JSON.stringify(listed.manifestEntries)).digest('hex').slice(0, 12);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-sw-'));
  try {
    const bundled = path.join(tmp, SW_FILE);
    await build({
      entryPoints: [path.join(root, 'src', 'scripts', 'sw.ts')],
      outfile: bundled,
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      // Workbox logs to the console in development builds only.
      define: { 'process.env.NODE_ENV': '"production"', BUILD_ID: JSON.stringify(buildId) },
      logLevel: 'silent',
    });
    const result = await injectManifest({ ...common, swSrc: bundled, swDest: path.join(siteDir, SW_FILE) });
    if (result.warnings.length) throw new Error(`Workbox: ${result.warnings.join('; ')}`);
    return { files: result.count, bytes: result.size, buildId };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
