// Reading the files in content/: YAML and the front-matter of MDX, with a Dutch
// message that names the file and the line when one does not parse.
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from './yaml.ts';
import type { z } from 'zod';
import { formatYamlError, formatZodError } from '../shared/errors.ts';

/** An error in the content that stops the build; its message names file, field and fix. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

export function readFrontmatter(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new ContentError(`${file}: het bestand begint niet met front-matter tussen twee regels "---".`);
  try {
    return (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  } catch (e) {
    // The front-matter starts on the file's second line, after "---".
    throw new ContentError(formatYamlError(path.relative(process.cwd(), file) || file, e, match[1]!, 1));
  }
}

export function readYaml(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return parseYaml(text);
  } catch (e) {
    throw new ContentError(formatYamlError(path.relative(process.cwd(), file) || file, e, text));
  }
}

/** `data` checked against `schema`, or a ContentError that names `file`, each wrong field and the fix. */
export function parseContent<S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new ContentError(formatZodError(file, parsed.error, schema));
  return parsed.data;
}
