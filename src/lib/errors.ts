// Turns a zod error into one message per problem that names the file, the field
// and what is expected, in Dutch, so an editor can fix content without reading code.
import type { z } from 'zod';

export function formatZodError(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(het hele bestand)';
    return `  - veld "${field}": ${explain(issue)}`;
  });
  return `${file} klopt niet:\n${lines.join('\n')}`;
}

function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `ontbreekt; verwacht ${typeName(issue.expected)}` : `verwacht ${typeName(issue.expected)}, maar vond ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `onbekende sleutel(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: haal ze weg of controleer de spelling`;
    case 'invalid_value':
      return `moet een van deze waarden zijn: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function typeName(t: string): string {
  return ({ string: 'tekst', number: 'een getal', array: 'een lijst', object: 'een groep velden', boolean: 'true of false' } as Record<string, string>)[t] ?? t;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'een lijst';
  if (v === null) return 'niets (null)';
  return typeof v === 'string' ? `tekst "${v.slice(0, 40)}"` : typeName(typeof v);
}
