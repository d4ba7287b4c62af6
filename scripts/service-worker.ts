// The build step for offline use (scripts/build.ts runs it after Pagefind): the
// service worker <base>sw.js, with Workbox in the browser.
//
// 1. precacheManifest() lists every file a reader needs offline, each with its
//    revision (a hash of its bytes): all pages, the CSS and JS, the brand's files,
//    the web app manifest and all of Pagefind's files. Not the PDFs (cached when
//    opened, see sw.ts) and not /print/ (the source of the PDFs).
// 2. src/scripts/sw.ts is bundled with the Workbox modules it imports (esbuild), the
//    list put where it says self.__WB_MANIFEST, as Workbox expects it.
//
// The list is made here, not by workbox-build: that package read and hashed every file
// twice (once for the build's id, once to inject), took 0.2 s to load and brought 282
// packages (Rollup, Babel) into every install, for a list of files with their hashes.
//
// The worker's URLs carry the base path, so a school's copy under
// /scholen/de-wilg/ caches and serves its own files only.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** The worker's file name, at the root of the base path (its scope is the whole copy). */
export const SW_FILE = 'sw.js';

/** What the worker precaches: files with these extensions… */
export const PRECACHE_EXTENSIONS = /\.(?:html|css|js|json|svg|png|jpe?g|webp|ico|webmanifest|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
/** …except these: the PDFs (cached when opened), the PDFs' print source, the worker itself, the PDF step's work folders. */
export const PRECACHE_IGNORE = /^(?:pdf\/|print\/|sw\.js$|\.pdf-[^/]*\/)/;
/** A file larger than this would make going offline a download the reader did not ask for. */
export const PRECACHE_MAX_BYTES = 20 * 1024 * 1024;

/** One entry of Workbox's precache list. */
export interface PrecacheEntry { url: string; revision: string }

/** Every file of the built site the worker precaches, by URL (with the base path), each with a hash of its bytes. */
export function precacheManifest(siteDir: string, base: string): { entries: PrecacheEntry[]; bytes: number } {
  const entries: PrecacheEntry[] = [];
  let bytes = 0;
  const files = fs.readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/')).sort();
  for (const file of files) {
    if (!PRECACHE_EXTENSIONS.test(file) || PRECACHE_IGNORE.test(file)) continue;
    const data = fs.readFileSync(path.join(siteDir, file));
    if (data.length > PRECACHE_MAX_BYTES) {
      throw new Error(`${file} is ${(data.length / 1024 / 1024).toFixed(1)} MB: te groot om offline te bewaren (grens ${PRECACHE_MAX_BYTES / 1024 / 1024} MB).`);
    }
    bytes += data.length;
    entries.push({ url: `${base}${file}`, revision: crypto.createHash('md5').update(data).digest('hex') });
  }
  return { entries, bytes };
}

export interface ServiceWorkerReport { files: number; bytes: number; buildId: string }

export async function buildServiceWorker(siteDir: string, base: string, root = process.cwd()): Promise<ServiceWorkerReport> {
  const { entries, bytes } = precacheManifest(siteDir, base);
  // The build's id: a hash of the list with every revision, so it changes when any file does.
  const buildId = crypto.createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
  await build({
    entryPoints: [path.join(root, 'src', 'scripts', 'sw.ts')],
    outfile: path.join(siteDir, SW_FILE),
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    // Workbox logs to the console in development builds only.
    define: { 'process.env.NODE_ENV': '"production"', BUILD_ID: JSON.stringify(buildId), 'self.__WB_MANIFEST': JSON.stringify(entries) },
    logLevel: 'silent',
  });
  return { files: entries.length, bytes, buildId };
}
