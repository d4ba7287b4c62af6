// Strict checks for everything the scorer reads back: a colleague's file or code,
// the own saved answers, the team list and the saved rounds. Only known item ids,
// only answers 0–3, short texts without markup, limited counts. A check returns a
// clean copy (built from scratch, so keys like "__proto__" never get through) or
// the reason it failed; the page turns the reason into a Dutch message.
import type { Checked as SharedChecked } from '../saved-data.ts';
import { cleanName } from '../saved-data.ts';
import { MAX_ROUNDS } from './rounds.ts';
import { allItems, type Answer, type AnswerFile, type Answers, type ChecklistDef, type Round } from './types.ts';

export const MAX_NAME = 60;
export const MAX_LABEL = 80;
/** The most colleagues one person can combine (a large school team). */
export const MAX_COLLEAGUES = 40;

export type InvalidReason =
  | 'shape'
  | 'other-checklist'
  | 'unknown-item'
  | 'bad-value'
  | 'text-too-long'
  | 'text-markup'
  | 'no-answers'
  | 'too-many'
  | 'bad-date';

export type Checked<T> = SharedChecked<T, InvalidReason>;

const fail = (reason: InvalidReason): { ok: false; reason: InvalidReason } => ({ ok: false, reason });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Only these keys, nothing else (an unexpected key means the file is not what it claims). */
function onlyKeys(v: Record<string, unknown>, allowed: string[]): boolean {
  return Object.keys(v).every((k) => allowed.includes(k));
}

/** A name or label: cleaned by the shared name rule (cleanName), at most `max` characters, no markup. */
export function checkText(v: unknown, max: number): Checked<string> {
  if (typeof v !== 'string') return fail('shape');
  const text = cleanName(v, Infinity);
  if ([...text].length > max) return fail('text-too-long');
  if (/[<>]/.test(text)) return fail('text-markup');
  return { ok: true, value: text };
}

export function checkAnswers(def: ChecklistDef, v: unknown): Checked<Answers> {
  if (!isRecord(v)) return fail('shape');
  const known = new Set(allItems(def).map((i) => i.id));
  const out: Answers = {};
  for (const key of Object.keys(v)) {
    if (!known.has(key)) return fail('unknown-item');
    const a = v[key];
    if (a !== 0 && a !== 1 && a !== 2 && a !== 3) return fail('bad-value');
    out[key] = a as Answer;
  }
  return { ok: true, value: out };
}

/** One person's answers with an optional name. `requireAnswers`: an import without any answer is refused. */
export function checkAnswerFile(def: ChecklistDef, v: unknown, requireAnswers = true): Checked<AnswerFile> {
  if (!isRecord(v) || !onlyKeys(v, ['checklist', 'name', 'answers']) || typeof v.checklist !== 'string') return fail('shape');
  if (v.checklist !== def.id) return fail('other-checklist');
  const answers = checkAnswers(def, v.answers);
  if (!answers.ok) return answers;
  if (requireAnswers && Object.keys(answers.value).length === 0) return fail('no-answers');
  const out: AnswerFile = { checklist: def.id, answers: answers.value };
  if (v.name !== undefined) {
    const name = checkText(v.name, MAX_NAME);
    if (!name.ok) return name;
    if (name.value) out.name = name.value;
  }
  return { ok: true, value: out };
}

export function checkTeam(def: ChecklistDef, v: unknown): Checked<AnswerFile[]> {
  if (!isRecord(v) || !onlyKeys(v, ['checklist', 'colleagues']) || !Array.isArray(v.colleagues)) return fail('shape');
  if (v.checklist !== def.id) return fail('other-checklist');
  if (v.colleagues.length > MAX_COLLEAGUES) return fail('too-many');
  const out: AnswerFile[] = [];
  for (const c of v.colleagues) {
    const checked = checkAnswerFile(def, c);
    if (!checked.ok) return checked;
    out.push(checked.value);
  }
  return { ok: true, value: out };
}

/** A calendar date written as YYYY-MM-DD that really exists. */
export function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function checkRound(def: ChecklistDef, v: unknown): Checked<Round> {
  if (!isRecord(v) || !onlyKeys(v, ['label', 'date', 'sets']) || !Array.isArray(v.sets)) return fail('shape');
  const label = checkText(v.label, MAX_LABEL);
  if (!label.ok) return label;
  if (!isDate(v.date)) return fail('bad-date');
  if (v.sets.length === 0) return fail('no-answers');
  if (v.sets.length > MAX_COLLEAGUES + 1) return fail('too-many');
  const sets: Answers[] = [];
  for (const s of v.sets) {
    const checked = checkAnswers(def, s);
    if (!checked.ok) return checked;
    sets.push(checked.value);
  }
  return { ok: true, value: { label: label.value, date: v.date, sets } };
}

export function checkRounds(def: ChecklistDef, v: unknown): Checked<Round[]> {
  if (!isRecord(v) || !onlyKeys(v, ['checklist', 'rounds']) || !Array.isArray(v.rounds)) return fail('shape');
  if (v.checklist !== def.id) return fail('other-checklist');
  if (v.rounds.length > MAX_ROUNDS) return fail('too-many');
  const out: Round[] = [];
  for (const r of v.rounds) {
    const checked = checkRound(def, r);
    if (!checked.ok) return checked;
    out.push(checked.value);
  }
  return { ok: true, value: out };
}
