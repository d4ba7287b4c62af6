// <base>manifest.webmanifest: the web app manifest (src/lib/shared/webmanifest.ts).
import { siteContext } from '../lib/node/context.ts';
import { t } from '../lib/node/ui.ts';
import { webManifest } from '../lib/shared/webmanifest.ts';

export function GET(): Response {
  const brand = siteContext().brand;
  const manifest = webManifest(brand, { description: t('siteSubtitle') });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
}
