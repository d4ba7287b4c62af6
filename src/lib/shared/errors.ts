// The Dutch messages for content and brand files that do not match their schema
// (zod) or do not parse (YAML): each names the file, the line or field, what is
// wrong and the fix, so an editor or a school's web administrator can fix it
// without reading code. Content front-matter, the YAML files in content/ and
// brand.yaml all use these, so a mistake reads the same wherever it is made.
import type { z } from 'zod';

/** One problem in a file: the field (a dotted path) and what to do, in Dutch. */
export interface Problem {
  field: string;
  message: string;
}

/** "<file> klopt niet:" and one line per problem. */
export function formatProblems(file: string, problems: Problem[]): string {
  return `${file} klopt niet:\n${problems.map((p) => `  - veld "${p.field}": ${p.message}`).join('\n')}`;
}

/**
 * A zod error as one message for `file`. Parse with `{ reportInput: true }`, so
 * a wrong value can be named ("vond de tekst …") and not mistaken for a missing one.
 */
export function formatZodError(file: string, error: z.ZodError, schema: z.ZodType): string {
  return formatProblems(file, zodProblems(error, schema));
}

/**
 * Every issue of a zod error as a field and a Dutch message. A misspelt key, at
 * any depth, comes with the key of `schema` it probably means, or the keys there are.
 */
export function zodProblems(error: z.ZodError, schema: z.ZodType): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const guess = closest(key, known);
        out.push({
          field: [...issue.path, key].map(String).join('.'),
          message: `onbekende sleutel${guess ? `; bedoel je "${[...issue.path.map(String), guess].join('.')}"?` : `; haal hem weg${known.length ? ` of kies een van: ${known.join(', ')}` : ''}`}`,
        });
      }
      continue;
    }
    out.push({ field: issue.path.length ? issue.path.map(String).join('.') : '(het hele bestand)', message: explain(issue) });
  }
  return out;
}

/** Zod's own messages are English ("Invalid input: …", "Too small: …"); a schema's own are Dutch and win. */
const ZOD_DEFAULT_MESSAGE = /^(?:Invalid|Too (?:big|small)|Unrecognized key)/;

function explain(issue: z.core.$ZodIssue): string {
  if (issue.message && !ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      if (issue.input === undefined) return `ontbreekt; verwacht ${expected}`;
      // "- Tekst: met een dubbele punt" is in YAML a group of fields, not a text.
      if (issue.expected === 'string' && typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)) {
        return 'verwacht een tekst, maar YAML las er een groep velden in: staat er een dubbele punt met een spatie in de tekst? Zet de tekst dan tussen aanhalingstekens ("…")';
      }
      return `verwacht ${expected}, maar vond ${describe(issue.input)}`;
    }
    case 'invalid_value':
      return `moet een van deze waarden zijn: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      return issue.format === 'email' ? 'schrijf een e-mailadres, bijvoorbeeld "info@onzeschool.nl"'
        : issue.format === 'url' ? 'schrijf een volledig webadres, bijvoorbeeld "https://www.onzeschool.nl/"'
        : 'heeft niet de vorm die hier hoort';
    case 'invalid_union':
      return `heeft niet de vorm die hier hoort (vond ${describe(issue.input)})`;
    default:
      return `klopt niet (${issue.message})`;
  }
}

function tooSmall(origin: string, min: number, inclusive: boolean): string {
  const least = inclusive ? min : min + 1;
  if (origin === 'string') return least <= 1 ? 'mag niet leeg zijn' : `is te kort; minstens ${least} tekens`;
  if (origin === 'array' || origin === 'set') return least <= 1 ? 'de lijst is leeg; zet er minstens één regel in (met "- " ervoor)' : `noem er minstens ${least}`;
  return inclusive ? `moet ${min} of meer zijn` : `moet meer dan ${min} zijn`;
}

function tooBig(origin: string, max: number, inclusive: boolean): string {
  const most = inclusive ? max : max - 1;
  if (origin === 'string') return `is te lang; maximaal ${most} tekens`;
  if (origin === 'array' || origin === 'set') return `noem er hoogstens ${most}`;
  return inclusive ? `moet ${max} of minder zijn` : `moet minder dan ${max} zijn`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'een tekst', number: 'een getal', int: 'een heel getal', array: 'een lijst', object: 'een groep velden', record: 'een groep velden', boolean: 'true of false',
};
function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'een lijst';
  if (v === null) return 'niets (het veld is leeg)';
  if (typeof v === 'object') return 'een groep velden';
  return typeof v === 'string' ? `de tekst "${v.slice(0, 40)}"` : typeName(typeof v);
}

/** The keys `schema` allows at `at` (through lists, defaults and optionals), for a "bedoel je". */
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
