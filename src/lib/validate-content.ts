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
  }
  if (problems.length) {
    throw new ContentError(`${problems.length} bestand(en) met fouten in de front-matter:\n\n${problems.join('\n\n')}\n\nDe velden staan beschreven in content/README.md.`);
  }
}
