// Summaries of every book entry by path, for cards and overviews (Astro-only).
import { brandPages } from './brand-pages.ts';
import { getCollection } from 'astro:content';
import type { Book } from './book.ts';

export async function summaries(book: Book): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const steps = new Map((await getCollection('steps')).map((e) => [e.id, e.data.summary]));
  const tools = new Map((await getCollection('tools')).map((e) => [e.id, e.data.summary]));
  const pages = new Map([...(await getCollection('pages')), ...(await brandPages())].map((e) => [e.id.replace(/\/index$/, ''), e.data.summary]));
  for (const e of book.order) {
    const s = e.kind === 'step' ? steps.get(e.id) : e.kind === 'tool' ? tools.get(e.id) : e.kind === 'checklist' ? book.checklists.find((c) => c.id === e.id)?.data.intro : pages.get(e.path.replace(/^\/|\/$/g, ''));
    if (s) map.set(e.path, s);
  }
  return map;
}
