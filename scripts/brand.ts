// The brand of this build: the project's own default, or a school's brand folder.
// (Full brand support, with validation, is tracked in issue 7; this is the seam
// the build uses so the rest of the pipeline does not change when it lands.)
import path from 'node:path';

export interface PreparedBrand {
  /** Environment for Astro and the content loaders. */
  env: Record<string, string>;
  /** The base path the site is served under ("/" or "/scholen/demo/"). */
  base: string;
  /** The brand's own pages, if any. */
  pagesDir?: string;
  /** Copies the brand's assets (logo) into the built site. */
  copyAssets(siteDir: string): void;
}

export function prepareBrand(folder: string | undefined, root: string): PreparedBrand {
  if (folder) {
    throw new Error(`Merkmap ${path.resolve(root, folder)}: eigen merken worden nog niet ondersteund (issue 7).`);
  }
  // Without a brand, a base path can still be set for hosting in a sub-folder.
  const base = process.env.SAMEN_LEREN_BASE || '/';
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(base)) {
    throw new Error(`SAMEN_LEREN_BASE="${base}": een basispad begint en eindigt met "/", bijvoorbeeld "/scholen/demo/".`);
  }
  return { env: { SAMEN_LEREN_BASE: base }, base, copyAssets() {} };
}
