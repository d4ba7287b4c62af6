// The small script every page loads in <head> (src/scripts/sw-register.ts: the
// theme before the first paint, the service worker, the update notice), bundled
// and minified with esbuild. Its name carries a hash of its bytes, like Astro's
// own files; scripts/build.ts writes it into the built site (writeSiteScript).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

/** The budget for everything a content page loads as script, gzipped. */
export const SITE_SCRIPT_BUDGET_GZIP = 1024;

let cached: { path: string; text: string } | undefined;

/** The script's site path (without base: "/_astro/site.1a2b3c4d5e.js") and its text. */
export function siteScript(root = process.cwd()): { path: string; text: string } {
  if (cached) return cached;
  const out = buildSync({
    entryPoints: [path.join(root, 'src', 'scripts', 'sw-register.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const text = out.outputFiles[0]!.text;
  const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 10);
  cached = { path: `/_astro/site.${hash}.js`, text };
  return cached;
}

/** Writes the script into the built site (after Astro has built it). */
export function writeSiteScript(siteDir: string): void {
  const { path: sitePath, text } = siteScript();
  const file = path.join(siteDir, sitePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
