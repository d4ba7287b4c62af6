// <base>manifest.webmanifest: the web app manifest (src/lib/webmanifest.ts).
import fs from 'node:fs';
import { getBrand } from '../lib/brand.ts';
import { t } from '../lib/ui.ts';
import { webManifest } from '../lib/webmanifest.ts';

export function GET(): Response {
  const brand = getBrand();
  const manifest = webManifest(brand, { description: t('siteSubtitle') }, fs.readFileSync(brand.icon.file));
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
}
