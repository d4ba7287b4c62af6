// Turns a zod error into one message per problem that names the file, the field
// and what is expected, in Dutch, so an editor can fix content without reading code.
import type { z } from 'zod';

export function formatZodError(file: string, error: z.ZodError, knownKeys: string[] = []): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(het hele bestand)';
    let text = explain(issue);
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      const hints = issue.keys.map((k) => closest(k, knownKeys)).filter(Boolean);
      if (hints.length) text += ` (bedoel je ${hints.map((h) => `"${h}"`).join(', ')}?)`;
    }
    return `  - veld "${field}": ${text}`;
  });
  return `${file} klopt niet:\n${lines.join('\n')}`;
}

function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `ontbreekt; verwacht ${typeName(issue.expected)}`;
      // "- Tekst: met een dubbele punt" is in YAML a group of fields, not a text.
      if (issue.expected === 'string' && typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)) {
        return 'verwacht tekst, maar YAML las er een groep velden in: staat er een dubbele punt met een spatie in de tekst? Zet de tekst dan tussen aanhalingstekens ("…")';
      }
      return `verwacht ${typeName(issue.expected)}, maar vond ${describe(issue.input)}`;
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

/** The known key nearest to a misspelt one, if it is close enough to be a typo. */
export function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
