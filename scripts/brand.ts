// The brand of this build: the project's own (content/brand/) or a school's
// brand folder. It is checked before anything is built (src/lib/brand.ts); a
// problem stops the build with brand.yaml, the field and the fix.
import fs from 'node:fs';
import path from 'node:path';
import { loadBrand, brandFiles, type Brand } from '../src/lib/brand.ts';
import { brandBookOptions, type LoadBookOptions } from '../src/lib/book.ts';

export interface PreparedBrand {
  brand: Brand;
  /** Environment for Astro and the content loaders (src/lib/brand.ts getBrand() reads it). */
  env: Record<string, string>;
  /** The base path the site is served under ("/" or "/scholen/demo/"). */
  base: string;
  /** The brand's parts and own pages, for loadBook(). */
  bookOptions: LoadBookOptions;
  /** Writes the brand's files (stylesheet, logo, icon) into the built site. */
  copyAssets(siteDir: string): void;
}

export function prepareBrand(folder: string | undefined, root: string): PreparedBrand {
  // SAMEN_LEREN_BASE still wins over site.base, to try a copy under another folder.
  const brand = loadBrand(folder, { root, baseOverride: process.env.SAMEN_LEREN_BASE || undefined });
  // BASE_URL too: Astro's prerendered pages read import.meta.env.BASE_URL from
  // the environment when it is set there (a test runner or a CI may set it to
  // "/"), which would silently drop the base path from every link.
  const env: Record<string, string> = { SAMEN_LEREN_BRAND: brand.dir, SAMEN_LEREN_BASE: brand.base, BASE_URL: brand.base };
  if (brand.siteUrl) env.SAMEN_LEREN_SITE = brand.siteUrl;
  return {
    brand,
    env,
    base: brand.base,
    bookOptions: brandBookOptions(brand),
    copyAssets(siteDir) {
      for (const f of brandFiles(brand)) {
        const target = path.join(siteDir, f.path);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, f.contents);
      }
    },
  };
}
