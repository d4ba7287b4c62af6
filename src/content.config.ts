// The content collections. Front-matter is checked against the schemas in
// src/lib/schemas.ts; a wrong or missing field stops the build with the file and field.
import { siteContext } from './lib/context.ts';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema, stepSchema, toolSchema } from './lib/schemas.ts';

// A brand's own pages (brand.yaml `pages:`), wherever they are in its folder;
// each page's id is its file name, which is also its site path ("/<id>/").
const brand = siteContext().brand;
const ownPages = new Map(brand.pages.map((p) => [path.relative(brand.dir, p.file).split(path.sep).join('/'), p.id]));

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/pages' }), schema: pageSchema }),
  steps: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/stappen' }), schema: stepSchema }),
  tools: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/gereedschap' }), schema: toolSchema }),
  // Empty without own pages (README.md, "Een eigen versie voor je school").
  brandPages: defineCollection({
    loader: ownPages.size
      ? glob({ pattern: [...ownPages.keys()], base: brand.dir, generateId: ({ entry }) => ownPages.get(entry) ?? entry })
      : { name: 'no-brand-pages', load: async () => {} },
    schema: pageSchema,
  }),
};
