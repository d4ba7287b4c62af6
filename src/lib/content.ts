// Astro-only helpers to find the rendered content entry for a book entry.
import { brandPages } from './brand-pages.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { BookEntry } from './book.ts';

type AnyEntry = CollectionEntry<'pages'> | CollectionEntry<'steps'> | CollectionEntry<'tools'> | CollectionEntry<'brandPages'>;

export async function entryFor(book: BookEntry): Promise<AnyEntry> {
  const wanted = book.path.replace(/^\/|\/$/g, '');
  const candidates =
    book.kind === 'step' ? await getCollection('steps') : book.kind === 'tool' ? await getCollection('tools') : [...(await getCollection('pages')), ...(await brandPages())];
  const id = book.kind === 'page' ? wanted : book.id;
  const found = candidates.find((e) => e.id === id || e.id === `${id}/index`);
  if (!found) throw new Error(`Geen inhoud gevonden voor ${book.file} (${book.path}).`);
  return found;
}
