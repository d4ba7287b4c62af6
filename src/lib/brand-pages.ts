import { siteContext } from './context.ts';
import { getCollection } from 'astro:content';

/** A brand's own pages; none (and no warning from Astro) without them. */
export async function brandPages() {
  return siteContext().brand.pages.length ? await getCollection('brandPages') : [];
}
