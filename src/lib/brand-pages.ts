import { getCollection } from 'astro:content';
import { getBrand } from './brand.ts';

/** A brand's own pages; none (and no warning from Astro) without them. */
export async function brandPages() {
  return getBrand().pages.length ? await getCollection('brandPages') : [];
}
