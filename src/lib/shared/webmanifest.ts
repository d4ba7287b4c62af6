// The web app manifest (manifest.webmanifest, linked from every page): with it a
// phone offers "Zet op beginscherm" and opens the handbook as an app, with the
// brand's name, short name, colours and icon (its size read with the brand, in
// src/lib/node/brand.ts). Built by src/pages/manifest.webmanifest.ts.
import type { Brand } from '../node/brand.ts';
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

export function webManifest(brand: Pick<Brand, 'name' | 'shortName' | 'colours' | 'icon' | 'logo' | 'base'>, texts: { description: string }): WebManifest {
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
    icons: [{ src: withBase(brand.icon.path, base), type: brand.icon.mime, sizes: brand.icon.sizes, purpose: 'any' }],
  };
}
