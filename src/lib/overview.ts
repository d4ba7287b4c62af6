// Shared set-up for the part overview pages (stappen, gereedschap, checklists,
// begrippen, bronnen): the part's own intro page from content/pages.
import { siteContext } from './context.ts';
import { render } from 'astro:content';
import { entryFor } from './content.ts';

export async function partPage(partId: string) {
  const book = siteContext().book;
  const part = book.parts.find((p) => p.id === partId);
  if (!part) throw new Error(`Het deel "${partId}" staat niet in content/book.yaml.`);
  const content = await entryFor(part.entry);
  const { Content, headings } = await render(content);
  return { book, part, entry: part.entry, data: content.data, Content, headings };
}
