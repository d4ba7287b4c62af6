// The modules the build makes from the context (src/lib/node/pages-module.ts).
declare module 'virtual:samen-leren/pages' {
  import type { MarkdownHeading } from 'astro';
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  /** The compiled MDX of each page of the book, by site path ("/gereedschap/dialoog/"). */
  export const pages: Record<string, () => Promise<{ default: AstroComponentFactory; getHeadings(): MarkdownHeading[] }>>;
}
