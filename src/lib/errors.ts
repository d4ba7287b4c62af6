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

/** What a YAML error code means, in words an editor knows. */
const YAML_PROBLEMS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'er staat een dubbele punt met een spatie in een tekst, of een regel springt verder in dan de regel erboven. Zet een tekst met ": " tussen aanhalingstekens ("…"), of laat de regel even ver inspringen als de regel erboven',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; zet "veld:" op één regel, met de tekst erachter of op de regels eronder (ingesprongen)',
  DUPLICATE_KEY: 'dit veld staat er twee keer; haal één van de twee weg',
  MISSING_CHAR: 'een aanhalingsteken of haakje wordt niet gesloten; zet het sluitende teken aan het eind van de tekst',
  TAB_AS_INDENT: 'deze regel springt in met een tab; YAML wil spaties. Vervang de tab door spaties',
  BAD_INDENT: 'de inspringing klopt niet, of een lijst tussen [ ] wordt niet gesloten met ]',
  UNEXPECTED_TOKEN: 'YAML verwacht hier geen tekst: staat deze regel op de goede inspringing, en begint een lijstregel met "- "?',
  BAD_SCALAR_START: 'een tekst begint met een teken dat in YAML iets betekent (zoals @, `, % of *); zet de tekst tussen aanhalingstekens',
  BAD_ALIAS: 'een * aan het begin van een tekst betekent iets in YAML; zet de tekst tussen aanhalingstekens',
};

/**
 * A YAML syntax error as one Dutch message: the file, the line (counted in the
 * file itself: `lineOffset` is the number of lines before the YAML, as for
 * front-matter), the line's text, and what to do.
 */
export function formatYamlError(file: string, error: unknown, source: string, lineOffset = 0): string {
  const e = error as { code?: string; linePos?: { line: number; col: number }[]; message?: string };
  const pos = e.linePos?.[0];
  if (!pos) return `${file}: geen geldige YAML (${String(e.message ?? error).split('\n')[0]}). Controleer de inspringing (spaties, geen tabs) en zet teksten met ": " of " #" tussen aanhalingstekens.`;
  const lines = source.split(/\r?\n/);
  let index = Math.min(pos.line, lines.length) - 1;
  // An unclosed quote or list is reported where the parser gave up (often the end
  // of the file); the editor needs the line where it was opened.
  if (e.code === 'MISSING_CHAR' || e.code === 'BAD_INDENT') {
    const unbalanced = (l: string) => (l.split('"').length - 1) % 2 === 1 || (l.match(/\[/g)?.length ?? 0) > (l.match(/\]/g)?.length ?? 0);
    for (let i = index; i >= 0; i--) if (unbalanced(lines[i]!)) { index = i; break; }
  }
  while (index > 0 && !lines[index]!.trim()) index--;
  const shown = lines[index] ?? '';
  const line = index + 1 + lineOffset;
  const what = YAML_PROBLEMS[e.code ?? ''] ?? 'YAML kan deze regel niet lezen. Controleer de inspringing (spaties, geen tabs) en zet teksten met ": " of " #" tussen aanhalingstekens';
  return `${file}, regel ${line}: geen geldige YAML.\n    ${shown.trim().slice(0, 100)}\n  ${what}.`;
}
