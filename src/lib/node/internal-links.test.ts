// The links in the MDX as Astro compiles them: through Sätteri, with the plugin, as in astro.config.mjs.
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { pathToFileURL } from 'node:url';
import { internalLinks, checkSitePath } from './internal-links.ts';
import { ContentError } from './book.ts';

const paths = new Set(['/', '/stappen/', '/stappen/expertise-in-beeld/', '/begrippen/']);
const excluded = new Set(['/achtergrond/', '/achtergrond/co-creatie/']);

function compile(mdx: string, base = '/scholen/de-wilg/'): string {
  const plugin = internalLinks({ base, paths, excluded });
  const out = mdxToJs(mdx, { hastPlugins: [plugin], fileURL: pathToFileURL('/handboek/content/stappen/x.mdx'), jsxImportSource: 'astro' });
  if (out instanceof Promise) throw new Error('expected a synchronous compile');
  return out.code;
}

describe('links to pages of the book', () => {
  it('get the base path in front, anchor and query kept', () => {
    const code = compile('Zie [stap 1](/stappen/expertise-in-beeld/#werkblad) en [de begrippen](/begrippen/?q=x).');
    expect(code).toContain('"/scholen/de-wilg/stappen/expertise-in-beeld/#werkblad"');
    expect(code).toContain('"/scholen/de-wilg/begrippen/?q=x"');
    expect(code).not.toContain('"/stappen/expertise-in-beeld/#werkblad"');
  });

  it('written as <a href> get the same: base path, text only, or an error', () => {
    const code = compile('Zie <a href="/stappen/" title="Stappen">de stappen</a> en <a href="/achtergrond/">weg</a>.\n\n<a href="/begrippen/">Begrippen</a>\n');
    expect(code).toMatch(/_jsx\("a", \{\s*href: "\/scholen\/de-wilg\/stappen\/",\s*title: "Stappen"/);
    expect(code).toContain('"/scholen/de-wilg/begrippen/"');
    expect(code).not.toContain('achtergrond');
    expect(code).toMatch(/"span"[^]*weg/);
    expect(() => compile('Zie\n\n<a href="/stapen/">x</a>')).toThrow(/regel 3: link "\/stapen\/": bedoel je "\/stappen\/"\?/);
  });

  it('stay as they are at the root, and links to other sites are left alone', () => {
    const code = compile('[stap 1](/stappen/) en [elders](https://example.org/stappen/) en [ook](//example.org/x)', '/');
    expect(code).toContain('"/stappen/"');
    expect(code).toContain('"https://example.org/stappen/"');
    expect(code).toContain('"//example.org/x"');
  });

  it('to a part the brand left out keep only their text', () => {
    const code = compile('Lees [over co-creatie](/achtergrond/co-creatie/#kern) verder.');
    expect(code).not.toContain('achtergrond');
    expect(code).toMatch(/"span"[^]*over co-creatie/);
    expect(code).not.toMatch(/"a"/);
  });

  it('that lead nowhere stop the build, naming the file, each line and a fix', () => {
    const run = () => compile('# Titel\n\n[een](/stappen/expertise-in-beld/)\n\nen [twee](/stappen)\n');
    expect(run).toThrow(ContentError);
    expect(run).toThrow(/\/handboek\/content\/stappen\/x\.mdx heeft 2 kapotte link\(s\)/);
    expect(run).toThrow(/regel 3: link "\/stappen\/expertise-in-beld\/": bedoel je "\/stappen\/expertise-in-beeld\/"\?/);
    expect(run).toThrow(/regel 5: link "\/stappen": zet een "\/" aan het eind: "\/stappen\/"/);
  });

  it('are counted per file: a good file after a bad one compiles', () => {
    const plugin = internalLinks({ base: '/', paths, excluded });
    expect(() => mdxToJs('[x](/nergens/)', { hastPlugins: [plugin] })).toThrow(ContentError);
    expect(() => mdxToJs('[x](/stappen/)', { hastPlugins: [plugin] })).not.toThrow();
  });
});

describe('checkSitePath', () => {
  it('says nothing of a page that exists, and proposes the nearest one otherwise', () => {
    expect(checkSitePath('/stappen/#a', paths)).toBeUndefined();
    expect(checkSitePath('/begripen/', paths)).toBe('bedoel je "/begrippen/"?');
    expect(checkSitePath('/iets-heel-anders-en-lang/', paths)).toBe('die pagina bestaat niet in content/book.yaml');
  });
});
