// The web app manifest (manifest.webmanifest, linked from every page): with it a
// phone offers "Zet op beginscherm" and opens the handbook as an app, with the
// brand's name, short name, colours and icon. Built by src/pages/manifest.webmanifest.ts.
import type { Brand } from './brand.ts';
import { withBase } from './paths.ts';

export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  id: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: Array<{ src: string; type: string; sizes: string; purpose: 'any' }>;
}

/** Width and height of a PNG, from its header ("192x192"), or "any" when unknown. */
export function imageSizes(type: string, bytes: Uint8Array): string {
  if (type === 'svg') return 'any';
  if (type === 'png' && bytes.length >= 24) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return `${view.getUint32(16)}x${view.getUint32(20)}`;
  }
  return 'any';
}

export function webManifest(brand: Pick<Brand, 'name' | 'shortName' | 'colours' | 'icon' | 'logo' | 'base'>, texts: { description: string }, iconBytes: Uint8Array): WebManifest {
  const base = brand.base;
  return {
    name: brand.name,
    // Under the icon on a home screen: about twelve characters show.
    short_name: brand.shortName,
    description: texts.description,
    lang: 'nl',
    dir: 'ltr',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    theme_color: brand.colours.primary,
    background_color: '#ffffff',
    icons: [{ src: withBase(brand.icon.path, base), type: brand.icon.mime, sizes: imageSizes(brand.icon.type, iconBytes), purpose: 'any' }],
  };
}
