// The bibliography (content/bronnen.yaml): one entry per work, cited by id from
// the pages' front-matter. Checks that every cited id exists and says which
// pages cite each work, for the Bronnen page.
import path from 'node:path';
import { bibliographySchema, type Reference } from '../shared/schemas.ts';
import { ContentError, parseContent, readYaml, type Book, type BookEntry } from './book.ts';

export interface Bibliography {
  references: Reference[];
  byId: Map<string, Reference>;
  citedBy(id: string): BookEntry[];
  /** The works a page cites, in the order it lists them. */
  forPage(entry: BookEntry): Reference[];
}

export function loadBibliography(book: Book): Bibliography {
  const file = 'content/bronnen.yaml';
  const references = [...parseContent(file, bibliographySchema, readYaml(path.join(book.root, file)))].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'nl') || String(a.year ?? '').localeCompare(String(b.year ?? '')));
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

/** Sorted by author, or by title when there is none; a leading "Van", "De" or "Ten" is skipped ("De Laat" under L). */
function sortKey(r: Reference): string {
  return (r.authors ?? r.title ?? '').replace(/^(?:van der|van den|van de|van|de|den|der|ten|ter|te)\s+/i, '');
}

/**
 * A reference in one consistent style (APA-like), split so the title can be set in italics.
 * Without an author the title comes first ("Titel. (z.j.). Uitgever."); without a title
 * (a work the sources name only by author) title is empty and the rest follows the author.
 */
export function citeParts(r: Reference): { before: string; title: string; after: string } {
  const year = r.year === undefined ? '' : `(${r.year})`;
  const rest = [r.publisher, r.details].filter(Boolean).join(', ').replace(/\.$/, '');
  const title = r.title?.replace(/\.$/, '') ?? '';
  if (!r.authors) {
    return { before: '', title, after: `.${year ? ` ${year}.` : ''}${rest ? ` ${rest}.` : ''}` };
  }
  const head = `${[r.authors, year].filter(Boolean).join(' ').replace(/\.$/, '')}.`;
  if (!title) return { before: rest ? `${head} ${rest}.` : head, title: '', after: '' };
  return { before: `${head} `, title, after: rest ? `. ${rest}.` : '.' };
}

export function citeText(r: Reference): string {
  const p = citeParts(r);
  return `${p.before}${p.title}${p.after}`;
}
