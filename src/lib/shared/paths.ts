// Every link the site writes goes through withBase(), so a branded copy hosted
// under a sub-folder (Astro's `base`, e.g. "/scholen/demo/") works everywhere.

/** The base path without a trailing slash ("" at the root of a host). */
export function basePrefix(base: string = import.meta.env?.BASE_URL ?? '/'): string {
  return base.replace(/\/+$/, '');
}

/** A site path ("/gereedschap/dialoog/") as a link under the base path. */
export function withBase(sitePath: string, base?: string): string {
  if (!sitePath.startsWith('/')) return sitePath;
  return `${basePrefix(base)}${sitePath}`;
}
