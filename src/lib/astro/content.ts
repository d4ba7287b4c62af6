// The text of a page of the book (Astro only): its compiled MDX and its headings,
// from the virtual module the build makes of the book map (src/lib/node/pages-module.ts).
import { pages } from 'virtual:samen-leren/pages';
import type { MarkdownHeading } from 'astro';
import type { BookEntry } from '../node/book.ts';

export async function contentOf(entry: BookEntry) {
  const load = pages[entry.path];
  if (!load) throw new Error(`Geen tekst gevonden voor ${entry.file} (${entry.path}).`);
  const mod = await load();
  const headings: MarkdownHeading[] = mod.getHeadings();
  return { Content: mod.default, headings };
}
