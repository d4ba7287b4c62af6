import { getCollection } from 'astro:content';

/** A brand's own pages; none (and no warning from Astro) without a brand. */
export async function brandPages() {
  return process.env.SAMEN_LEREN_BRAND_PAGES ? await getCollection('brandPages') : [];
}
