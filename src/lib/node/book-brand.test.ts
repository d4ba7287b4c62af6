// The book of a brand: its own pages join the order where brand.yaml says,
// and parts it leaves out vanish from the order and the paths.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook, brandBookOptions, ContentError } from './book.ts';
import { loadBrand } from './brand.ts';

const page = (title: string) => `---\ntitle: ${title}\nsummary: Een eigen pagina.\n---\n\nTekst.\n`;
function pageFile(name: string, title: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eigen-')), name);
  fs.writeFileSync(file, page(title));
  return file;
}

describe('a brand\'s own pages in the book', () => {
  const book = loadBook(brandBookOptions(loadBrand('content/brand-voorbeeld')));

  it('the example school\'s page is a part right after the introduction, in the order and prev/next', () => {
    expect(book.parts.map((p) => p.id).slice(0, 3)).toEqual(['inleiding', 'samen-leren-op-de-wilg', 'stappen']);
    const own = book.byPath.get('/samen-leren-op-de-wilg/')!;
    expect(own).toMatchObject({ kind: 'page', own: true, title: 'Zo leren wij samen op De Wilg', navTitle: 'Samen leren op De Wilg' });
    expect(own.file).toBe('content/brand-voorbeeld/paginas/samen-leren-op-de-wilg.mdx');
    expect(book.prevNext('/samen-leren-op-de-wilg/')).toMatchObject({ prev: { id: 'inleiding' }, next: { id: 'stappen' } });
    expect(book.prevNext('/inleiding/').next?.id).toBe('samen-leren-op-de-wilg');
    expect(book.paths.has('/samen-leren-op-de-wilg/')).toBe(true);
  });

  it('keeps several pages after one part in the listed order, and one page may follow another', () => {
    const a = pageFile('een.mdx', 'Een');
    const b = pageFile('twee.mdx', 'Twee');
    const c = pageFile('drie.mdx', 'Drie');
    const b2 = loadBook({ extraParts: [{ id: 'een', file: a, after: 'colofon' }, { id: 'twee', file: b, after: 'colofon' }, { id: 'drie', file: c, after: 'een' }] });
    expect(b2.parts.map((p) => p.id).slice(-4)).toEqual(['colofon', 'een', 'drie', 'twee']);
  });

  it('stops on an "after" that names no part', () => {
    expect(() => loadBook({ extraParts: [{ id: 'een', file: pageFile('een.mdx', 'Een'), after: 'nergens' }] })).toThrow(ContentError);
  });
});

describe('parts a brand leaves out', () => {
  const book = loadBook({ include: ['inleiding', 'stappen', 'gereedschap', 'checklists', 'kleurentest', 'bronnen', 'colofon'] });

  it('leave the order, the paths and prev/next; their pages are listed as excluded', () => {
    expect(book.parts.map((p) => p.id)).toEqual(['inleiding', 'stappen', 'gereedschap', 'checklists', 'kleurentest', 'bronnen', 'colofon']);
    expect(book.order.some((e) => e.path.startsWith('/achtergrond/') || e.path === '/begrippen/')).toBe(false);
    expect(book.paths.has('/achtergrond/co-creatie/')).toBe(false);
    expect(book.excluded).toEqual(new Set(['/achtergrond/', '/achtergrond/leren-in-en-naast-het-werk/', '/achtergrond/co-creatie/', '/achtergrond/uitnodigen-en-uitdagen/', '/achtergrond/leiderschap-voor-leren/', '/achtergrond/tegeltjeswijsheden/', '/begrippen/']));
    expect(book.prevNext('/bronnen/').prev?.path).toBe('/kleurentest/');
  });

  it('without a brand nothing is excluded', () => {
    expect(loadBook().excluded.size).toBe(0);
  });
});
