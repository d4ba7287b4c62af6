// Shared set-up for the part overview pages (stappen, gereedschap, checklists,
// begrippen, bronnen): the part's own intro page from content/pages.
import { pageData, siteContext } from '../node/context.ts';
import { contentOf } from './content.ts';

export async function partPage(partId: string) {
  const book = siteContext().book;
  const part = book.parts.find((p) => p.id === partId);
  if (!part) throw new Error(`Het deel "${partId}" staat niet in content/book.yaml.`);
  const { Content, headings } = await contentOf(part.entry);
  return { book, part, entry: part.entry, data: pageData(siteContext(), part.entry), Content, headings };
}
