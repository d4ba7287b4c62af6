// <base>manifest.webmanifest: the web app manifest (src/lib/webmanifest.ts).
import { siteContext } from '../lib/context.ts';
import { t } from '../lib/ui.ts';
import { webManifest } from '../lib/webmanifest.ts';

export function GET(): Response {
  const brand = siteContext().brand;
  const manifest = webManifest(brand, { description: t('siteSubtitle') });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
}
