// The scripts of issue 17 (offline, dark mode), bundled and minified with esbuild
// rather than by Astro: Astro inlines a small <script> into the page, and the CSP
// forbids inline scripts. Each file's name carries a hash of its bytes, like
// Astro's own files; scripts/build.ts writes them into the built site (writeSiteScripts).
//   site          src/scripts/sw-register.ts  every page, in <head>: theme, service worker, update notice
//   save-offline  src/islands/save-offline.ts the colophon only: "Bewaar alles voor onderweg"
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

/** The budget for everything a content page loads as script, gzipped. */
export const SITE_SCRIPT_BUDGET_GZIP = 1024;

export const SCRIPTS = {
  site: 'src/scripts/sw-register.ts',
  'save-offline': 'src/islands/save-offline.ts',
} as const;
export type ScriptName = keyof typeof SCRIPTS;

const cached = new Map<ScriptName, { path: string; text: string }>();

/** A script's site path (without base: "/_astro/site.1a2b3c4d5e.js") and its text. */
export function bundledScript(name: ScriptName, root = process.cwd()): { path: string; text: string } {
  const hit = cached.get(name);
  if (hit) return hit;
  const out = buildSync({
    entryPoints: [path.join(root, SCRIPTS[name])],
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
  const result = { path: `/_astro/${name}.${hash}.js`, text };
  cached.set(name, result);
  return result;
}

/** The head script of every page. */
export const siteScript = () => bundledScript('site');

/** Writes every script into the built site (after Astro has built it). */
export function writeSiteScripts(siteDir: string): void {
  for (const name of Object.keys(SCRIPTS) as ScriptName[]) {
    const { path: sitePath, text } = bundledScript(name);
    const file = path.join(siteDir, sitePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
