// Strict checks for every plan the planner reads back: from this device, from a
// file, from a link. Only known tool and step ids, whole minutes in range, a real
// time and date, short texts without markup or control characters, limited counts.
// A check returns a clean copy built from scratch (so keys like "__proto__" never
// get through) or the reason it failed; the page turns the reason into Dutch.
import type { Checked as SharedChecked } from '../saved-data.ts';
import { checkText, isDate } from '../checklist/validate.ts';
import { parseTime } from './schedule.ts';
import { LIMITS, type Block, type Plan, type SavedPlan } from './types.ts';

export type PlanProblem =
  | 'shape'
  | 'text-too-long'
  | 'text-markup'
  | 'unknown-tool'
  | 'unknown-step'
  | 'bad-minutes'
  | 'bad-time'
  | 'bad-date'
  | 'too-many'
  | 'no-title';

export type Checked<T> = SharedChecked<T, PlanProblem>;
const fail = (reason: PlanProblem): { ok: false; reason: PlanProblem } => ({ ok: false, reason });

/** The ids a plan may name: the tools and steps of this build of the handbook. */
export interface Known { tools: ReadonlySet<string>; steps: ReadonlySet<string> }

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const onlyKeys = (v: Record<string, unknown>, allowed: string[]) => Object.keys(v).every((k) => allowed.includes(k));

function text(v: unknown, max: number): Checked<string> {
  const r = checkText(v, max);
  return r.ok ? r : fail(r.reason === 'text-too-long' || r.reason === 'text-markup' ? r.reason : 'shape');
}

/** Minutes: null (not entered yet) or a whole number from 1 to LIMITS.minutes. */
export function checkMinutes(v: unknown): Checked<number | null> {
  if (v === null) return { ok: true, value: null };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > LIMITS.minutes) return fail('bad-minutes');
  return { ok: true, value: v };
}

export function checkBlock(v: unknown, known: Known): Checked<Block> {
  if (!isRecord(v) || !onlyKeys(v, ['kind', 'ref', 'title', 'minutes', 'lead'])) return fail('shape');
  const minutes = checkMinutes(v.minutes);
  if (!minutes.ok) return minutes;
  const lead = text(v.lead ?? '', LIMITS.lead);
  if (!lead.ok) return lead;
  const base = { minutes: minutes.value, lead: lead.value };
  if (v.kind === 'tool' || v.kind === 'reflection') {
    if (v.title !== undefined || typeof v.ref !== 'string') return fail('shape');
    if (v.kind === 'tool' && !known.tools.has(v.ref)) return fail('unknown-tool');
    if (v.kind === 'reflection' && !known.steps.has(v.ref)) return fail('unknown-step');
    return { ok: true, value: { kind: v.kind, ref: v.ref, ...base } };
  }
  if (v.kind === 'break' || v.kind === 'free') {
    if (v.ref !== undefined) return fail('shape');
    const title = text(v.title, LIMITS.blockTitle);
    if (!title.ok) return title;
    if (!title.value) return fail('no-title');
    return { ok: true, value: { kind: v.kind, title: title.value, ...base } };
  }
  return fail('shape');
}

export function checkPlan(v: unknown, known: Known): Checked<Plan> {
  if (!isRecord(v) || !onlyKeys(v, ['title', 'date', 'place', 'goal', 'start', 'blocks']) || !Array.isArray(v.blocks)) return fail('shape');
  const fields: Array<[keyof Plan, number]> = [['title', LIMITS.title], ['place', LIMITS.place], ['goal', LIMITS.goal]];
  const out: Record<string, unknown> = {};
  for (const [key, max] of fields) {
    const r = text(v[key] ?? '', max);
    if (!r.ok) return r;
    out[key] = r.value;
  }
  if (v.date !== '' && v.date !== undefined && !isDate(v.date)) return fail('bad-date');
  if (parseTime(v.start) === null) return fail('bad-time');
  if (v.blocks.length > LIMITS.blocks) return fail('too-many');
  const blocks: Block[] = [];
  for (const b of v.blocks) {
    const r = checkBlock(b, known);
    if (!r.ok) return r;
    blocks.push(r.value);
  }
  return { ok: true, value: { title: out.title as string, date: (v.date as string | undefined) ?? '', place: out.place as string, goal: out.goal as string, start: v.start as string, blocks } };
}

/** The list of named plans saved on this device. */
export function checkSavedPlans(v: unknown, known: Known): Checked<SavedPlan[]> {
  if (!isRecord(v) || !onlyKeys(v, ['plans']) || !Array.isArray(v.plans)) return fail('shape');
  if (v.plans.length > LIMITS.savedPlans) return fail('too-many');
  const out: SavedPlan[] = [];
  for (const p of v.plans) {
    if (!isRecord(p) || !onlyKeys(p, ['name', 'plan'])) return fail('shape');
    const name = text(p.name, LIMITS.name);
    if (!name.ok) return name;
    if (!name.value) return fail('no-title');
    const plan = checkPlan(p.plan, known);
    if (!plan.ok) return plan;
    out.push({ name: name.value, plan: plan.value });
  }
  return { ok: true, value: out };
}
