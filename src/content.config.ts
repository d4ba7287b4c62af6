// The content collections. Front-matter is checked against the schemas in
// src/lib/schemas.ts; a wrong or missing field stops the build with the file and field.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema, stepSchema, toolSchema } from './lib/schemas.ts';

const brandPages = process.env.SAMEN_LEREN_BRAND_PAGES;

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/pages' }), schema: pageSchema }),
  steps: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/stappen' }), schema: stepSchema }),
  tools: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/gereedschap' }), schema: toolSchema }),
  // A branded copy's own pages (see docs/branding.md); empty without a brand.
  brandPages: defineCollection({
    loader: brandPages ? glob({ pattern: '**/*.mdx', base: brandPages }) : { name: 'no-brand-pages', load: async () => {} },
    schema: pageSchema,
  }),
};
