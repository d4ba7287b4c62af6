// The glossary (content/begrippen.yaml): every term with its definition, sorted
// the Dutch way, each "see" link checked against the book. Read once, with the
// rest of the context (src/lib/node/context.ts); the glossary page only shows it.
import path from 'node:path';
import { ContentError, parseContent, readYaml, type Book } from './book.ts';
import { glossarySchema } from '../shared/schemas.ts';
import { checkSitePath } from './internal-links.ts';

export const GLOSSARY_FILE = 'content/begrippen.yaml';

export interface GlossaryTerm {
  term: string;
  definition: string;
  /** The page that explains the term further; absent when the brand left that part out. */
  see?: string;
}

export function loadGlossary(book: Book): GlossaryTerm[] {
  return [...parseContent(GLOSSARY_FILE, glossarySchema, readYaml(path.join(book.root, GLOSSARY_FILE)))]
    .sort((a, b) => a.term.localeCompare(b.term, 'nl'))
    .map(({ term, definition, see }) => {
      // A "see" link into a part the brand left out is dropped, not broken.
      if (!see || book.excluded.has(see.split('#')[0]!)) return { term, definition };
      const problem = checkSitePath(see, book.paths);
      if (problem) throw new ContentError(`${GLOSSARY_FILE}: bij "${term}" wijst see "${see}" nergens heen: ${problem}.`);
      return { term, definition, see };
    });
}
