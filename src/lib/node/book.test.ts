// The book map: order, derived links, and the errors an editor sees when book.yaml is wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook, ContentError } from './book.ts';

const book = loadBook();

describe('the book map of the real content', () => {
  it('has six steps and ten tools, numbered in book order', () => {
    expect(book.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(book.tools).toHaveLength(10);
    expect(book.tools[9]!.id).toBe('bloemenfabriek');
    expect(book.steps[0]!.path).toBe('/stappen/expertise-in-beeld/');
  });

  it('puts every part before its children in reading order', () => {
    const paths = book.order.map((e) => e.path);
    expect(paths.indexOf('/stappen/')).toBeLessThan(paths.indexOf('/stappen/expertise-in-beeld/'));
    expect(paths.indexOf('/stappen/positief-klimaat/')).toBeLessThan(paths.indexOf('/gereedschap/'));
    expect(book.prevNext('/gereedschap/')).toMatchObject({ prev: { id: 'positief-klimaat' }, next: { id: 'leerwegcreatie' } });
  });

  it('derives tool -> steps from step -> tools', () => {
    expect(book.stepsForTool('carrousel').map((s) => s.number)).toEqual([1, 3]);
    expect(book.stepsForTool('dialoog').map((s) => s.number)).toEqual([4, 6]);
  });

  it('makes "combine with" symmetric', () => {
    expect(book.combineWith('carrousel').map((t) => t.id)).toContain('leerwegcreatie');
    expect(book.combineWith('leerwegcreatie').map((t) => t.id)).toContain('carrousel');
  });

  it('links every checklist item to at least one step', () => {
    const linked = new Set(book.steps.flatMap((s) => book.itemsForStep(s.id).map((i) => `${i.checklist.id}/${i.id}`)));
    const all = book.checklists.flatMap((c) => c.data.categories.flatMap((cat) => cat.items.map((i) => `${c.id}/${i.id}`)));
    expect(all.filter((id) => !linked.has(id))).toEqual([]);
    expect(all).toHaveLength(27);
  });

  it('gives every tool at least one step and every weak category somewhere to go', () => {
    for (const t of book.tools) expect(book.stepsForTool(t.id).length, t.id).toBeGreaterThan(0);
    for (const c of book.checklists) {
      for (const cat of c.data.categories) {
        const links = book.forCategory(c.id, cat.id);
        expect(links.steps.length + links.tools.length, cat.id).toBeGreaterThan(0);
      }
    }
  });
});

/** A copy of content/ in a temp dir, with one file changed, to see the error it gives. */
function withChangedContent(file: string, change: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'book-'));
  fs.cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
  const target = path.join(dir, 'content', file);
  fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
  return dir;
}

describe('errors in book.yaml name the place and the fix', () => {
  it('an unknown tool in a step', () => {
    const root = withChangedContent('book.yaml', (t) => t.replace('tools: [carrousel, leerwegcreatie]', 'tools: [carousel, leerwegcreatie]'));
    expect(() => loadBook({ root })).toThrow(ContentError);
    expect(() => loadBook({ root })).toThrow(/steps\[0\] \(expertise-in-beeld\)\.tools\[0\] verwijst naar gereedschap "carousel"/);
  });

  it('a step without a file', () => {
    const root = withChangedContent('book.yaml', (t) => t.replace('  - id: positief-klimaat\n', '  - id: positief-klimaat\n    tools: []\n    items: []\n  - id: nieuwe-stap\n'));
    expect(() => loadBook({ root })).toThrow(/"nieuwe-stap".*Maak content\/stappen\/nieuwe-stap\.mdx aan/s);
  });

  it('an unknown key', () => {
    const root = withChangedContent('book.yaml', (t) => t.replace('parts:', 'onderdelen: []\nparts:'));
    expect(() => loadBook({ root })).toThrow('veld "onderdelen": onbekende sleutel; haal hem weg of kies een van: parts, steps, tools, purposes, checklists');
  });

  it('a checklist category id twice (the scorer counts per category id)', () => {
    const root = withChangedContent('checklists/lerende-organisatie.yaml', (t) => t.replace('  - id: focus-op-ontwikkeling\n', '  - id: ondersteunende-cultuur\n'));
    expect(() => loadBook({ root })).toThrow('content/checklists/lerende-organisatie.yaml: het categorie-id "ondersteunende-cultuur" komt twee keer voor');
  });

  it('a checklist item that does not exist', () => {
    const root = withChangedContent('book.yaml', (t) => t.replace('lerende-organisatie/eb1,', 'lerende-organisatie/eb9,'));
    expect(() => loadBook({ root })).toThrow(/checklist-item "lerende-organisatie\/eb9"/);
  });
});
