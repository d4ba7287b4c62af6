// The messages for a brand.yaml that does not match its schema (src/lib/brand-schema.ts):
// one per field, in Dutch, for a school's web administrator.
import type { z } from 'zod';
import { closest } from './errors.ts';

/** Schema at a path, to suggest the right key for a misspelt one anywhere in the file. */
function keysAt(schema: z.ZodType, at: PropertyKey[]): string[] {
  let s: any = schema;
  const unwrap = () => {
    while (s?.def && ['optional', 'default', 'nullable', 'prefault', 'pipe'].includes(s.def.type)) s = s.def.innerType ?? s.def.in;
  };
  unwrap();
  for (const key of at) {
    if (s?.def?.type === 'object') s = s.def.shape[key as string];
    else if (s?.def?.type === 'array') s = s.def.element;
    else return [];
    unwrap();
  }
  return s?.def?.type === 'object' ? Object.keys(s.def.shape) : [];
}

const TYPE_NAMES: Record<string, string> = { string: 'een tekst', number: 'een getal', array: 'een lijst', object: 'een groep velden', boolean: 'true of false', record: 'een groep velden' };
function describe(v: unknown): string {
  if (Array.isArray(v)) return 'een lijst';
  if (v === null) return 'niets';
  if (typeof v === 'object') return 'een groep velden';
  return typeof v === 'string' ? `de tekst "${v.slice(0, 40)}"` : (TYPE_NAMES[typeof v] ?? typeof v);
}

function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message && !issue.message.startsWith('Invalid input')) return issue.message;
      if (issue.input === undefined) return `ontbreekt; verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}, maar vond ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `onbekende sleutel ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? issue.message : 'mag niet leeg zijn';
    default:
      return issue.message;
  }
}

/** Every problem of a parsed brand.yaml as a field and a Dutch message, with the key probably meant for a misspelt one. */
export function schemaProblems(error: z.ZodError, schema: z.ZodType): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const field = [...issue.path, key].map(String).join('.');
        const guess = closest(key, known);
        out.push({
          field,
          message: `onbekende sleutel${guess ? `; bedoel je "${[...issue.path.map(String), guess].join('.')}"?` : `; haal hem weg of kies een van: ${known.join(', ')}`}`,
        });
      }
      continue;
    }
    out.push({ field: issue.path.length ? issue.path.map(String).join('.') : '(het hele bestand)', message: explain(issue) });
  }
  return out;
}
