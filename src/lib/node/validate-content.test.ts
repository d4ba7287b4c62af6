import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandBookOptions, loadBook } from './book.ts';
import { loadBrand } from './brand.ts';
import { NO_HOW_TO, validateContent } from './validate-content.ts';

/** A copy of the project's content in a folder of its own. */
function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-validate-'));
  fs.cpSync('content', path.join(root, 'content'), { recursive: true });
  return root;
}
const bookOf = (root: string) => loadBook({ root, ...brandBookOptions(loadBrand(undefined, { root })) });
const cacheFiles = (root: string) => (fs.existsSync(path.join(root, '.build', 'cache')) ? fs.readdirSync(path.join(root, '.build', 'cache')) : []);

describe('checking the content once', () => {
  it('remembers what passed, and still finds a problem in a file that changed after that', () => {
    const root = project();
    validateContent(bookOf(root));
    expect(cacheFiles(root)).toHaveLength(1);
    const file = path.join(root, 'content', 'gereedschap', 'dialoog.mdx');
    fs.appendFileSync(file, '\nZie [de stap](/stappen/bestaat-niet/).\n');
    expect(() => validateContent(bookOf(root))).toThrow(/content\/gereedschap\/dialoog\.mdx heeft 1 kapotte link[\s\S]*regel \d+: link "\/stappen\/bestaat-niet\/"/);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('stops at MDX that Astro could not compile, with the line of the file and a hint', () => {
    const root = project();
    const file = path.join(root, 'content', 'stappen', 'expertise-in-beeld.mdx');
    const line = fs.readFileSync(file, 'utf8').split('\n').length + 1;
    fs.appendFileSync(file, '\nDe kosten {ongeveer 5 euro per persoon.\n');
    expect(() => validateContent(bookOf(root))).toThrow(
      `content/stappen/expertise-in-beeld.mdx klopt niet:\n  - regel ${line}: geen geldige MDX (Unexpected end of file in expression, expected a corresponding closing brace for \`{\`). Een < of { in gewone tekst schrijf je als \\< of \\{`,
    );
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('checks a page again when a page it links to leaves the book', () => {
    const root = project();
    validateContent(bookOf(root));
    // Without the glossary part, a link to /begrippen/ from a page that passed before is broken.
    expect(fs.readFileSync('content/pages/inleiding.mdx', 'utf8')).toContain('](/begrippen/');
    const bookYaml = path.join(root, 'content', 'book.yaml');
    fs.writeFileSync(bookYaml, fs.readFileSync(bookYaml, 'utf8').replace(/^  - id: begrippen\n/m, ''));
    fs.rmSync(path.join(root, 'content', 'pages', 'begrippen.mdx'));
    expect(() => validateContent(bookOf(root))).toThrow(/content\/pages\/inleiding\.mdx heeft \d+ kapotte link[\s\S]*"\/begrippen\/"/);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reads every tool\'s how-to steps for its card, also from the cache, and stops at a tool without them', () => {
    const root = project();
    const first = validateContent(bookOf(root)).howTo;
    expect([...first.keys()]).toHaveLength(10);
    expect(first.get('/gereedschap/dialoog/')![0]!.lead).not.toBe('');
    // The second check takes the files from the cache: the steps must come with them.
    expect(validateContent(bookOf(root)).howTo).toEqual(first);
    const file = path.join(root, 'content', 'gereedschap', 'dialoog.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## Zo pak je het aan', '## Zo doe je het'));
    expect(() => validateContent(bookOf(root))).toThrow(`content/gereedschap/dialoog.mdx klopt niet:\n  - ${NO_HOW_TO}`);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
