// Checks the front-matter of every page of the book against its schema before
// Astro runs, so an editor gets every problem at once, with the file, the field
// and what is expected (Astro's own message names neither file nor fix).
import path from 'node:path';
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { pageSchema, stepSchema, toolSchema } from './schemas.ts';
import { formatZodError } from './errors.ts';
import { ContentError, type Book } from './book.ts';
import { parseMdx, mdxLinks } from './mdx-tree.ts';
import { checkSitePath } from './rehype-internal-links.ts';

const SCHEMAS: Record<string, z.ZodObject> = { page: pageSchema, step: stepSchema, tool: toolSchema };

export function validateContent(book: Book): void {
  const problems: string[] = [];
  for (const entry of book.order) {
    const schema = SCHEMAS[entry.kind];
    if (!schema) continue;
    const text = fs.readFileSync(path.join(book.root, entry.file), 'utf8');
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const data = fm ? parseYaml(fm[1]!) : undefined;
    const result = schema.safeParse(data ?? {}, { reportInput: true });
    if (!result.success) problems.push(formatZodError(entry.file, result.error, Object.keys(schema.shape)));
    if (/^#\s/m.test(text.slice(fm ? fm[0].length : 0))) {
      problems.push(`${entry.file} klopt niet:\n  - de tekst heeft een kop met één # (H1); het sjabloon zet de titel al. Gebruik ## en ###.`);
    }
    const links = linkProblems(text, book);
    if (links.length) problems.push(`${entry.file} heeft ${links.length} kapotte link(s):\n${links.join('\n')}`);
  }
  if (problems.length) {
    throw new ContentError(`${problems.length} bestand(en) met fouten:\n\n${problems.join('\n\n')}\n\nDe velden en hoe je een link schrijft, staan in content/README.md.`);
  }
}

/**
 * Links to pages of the book, checked with the line they are on, before Astro
 * runs (Astro would name neither the line nor leave out its own stack trace).
 */
function linkProblems(text: string, book: Book): string[] {
  let tree;
  try {
    tree = parseMdx(text);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return [`  - regel ${e.line ?? '?'}: geen geldige MDX (${e.reason ?? e.message}). Een < of { in gewone tekst schrijf je als \\< of \\{`];
  }
  const problems: string[] = [];
  for (const { href, line } of mdxLinks(tree)) {
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    if (book.excluded.has(href.split('#')[0]!.split('?')[0]!)) continue;
    const problem = checkSitePath(href, book.paths);
    if (problem) problems.push(`  - regel ${line}: link "${href}": ${problem}`);
  }
  return problems;
}
