// The bibliography (content/bronnen.yaml): one entry per work, cited by id from
// the pages' front-matter. Checks that every cited id exists and says which
// pages cite each work, for the Bronnen page.
import path from 'node:path';
import { bibliographySchema, type Reference } from './schemas.ts';
import { formatZodError } from './errors.ts';
import { ContentError, readYaml, type Book, type BookEntry } from './book.ts';

export interface Bibliography {
  references: Reference[];
  byId: Map<string, Reference>;
  citedBy(id: string): BookEntry[];
  /** The works a page cites, in the order it lists them. */
  forPage(entry: BookEntry): Reference[];
}

export function loadBibliography(book: Book): Bibliography {
  const file = 'content/bronnen.yaml';
  const parsed = bibliographySchema.safeParse(readYaml(path.join(book.root, file)), { reportInput: true });
  if (!parsed.success) throw new ContentError(formatZodError(file, parsed.error));
  const references = [...parsed.data].sort((a, b) => a.authors.localeCompare(b.authors, 'nl') || String(a.year).localeCompare(String(b.year)));
  const byId = new Map<string, Reference>();
  for (const r of references) {
    if (byId.has(r.id)) throw new ContentError(`${file}: het id "${r.id}" staat er twee keer in. Geef elk werk een eigen id.`);
    byId.set(r.id, r);
  }
  const cited = new Map<string, BookEntry[]>();
  const problems: string[] = [];
  for (const entry of book.order) {
    for (const id of entry.sources) {
      if (!byId.has(id)) problems.push(`  - ${entry.file}: sources noemt "${id}", maar dat staat niet in ${file}. Voeg het werk toe of verbeter het id.`);
      else cited.set(id, [...(cited.get(id) ?? []), entry]);
    }
  }
  if (problems.length) throw new ContentError(`Onbekende bronnen:\n${problems.join('\n')}`);
  return {
    references,
    byId,
    citedBy: (id) => cited.get(id) ?? [],
    forPage: (entry) => entry.sources.map((id) => byId.get(id)!),
  };
}

/** A reference in one consistent style (APA-like), split so the title can be set in italics. */
export function citeParts(r: Reference): { before: string; title: string; after: string } {
  const year = r.year === 'z.j.' ? 'z.j.' : String(r.year);
  const after = [r.publisher, r.details].filter(Boolean).join(', ');
  return {
    before: `${r.authors.replace(/\.$/, '')}${r.authors.endsWith('.') ? '.' : ''} (${year}). `,
    title: r.title.replace(/\.$/, ''),
    after: after ? `. ${after.replace(/\.$/, '')}.` : '.',
  };
}

export function citeText(r: Reference): string {
  const p = citeParts(r);
  return `${p.before}${p.title}${p.after}`;
}
