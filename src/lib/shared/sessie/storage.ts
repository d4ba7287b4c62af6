// Keeping and sharing plans, on top of the shared envelope module
// (src/lib/shared/saved-data.ts): the working plan and the named plans on this device,
// a file to send, and a link that carries the plan after "#" (never sent to a
// server). Saved data that can no longer be read is set aside by the shared policy
// (setAside), never overwritten; nothing here throws.
import { encodeCode, loadStored, readChecked as readEnvelopeChecked, store, wrap, type ReadError, type Stored as SavedSlot } from '../saved-data.ts';
import { termSlug } from '../slug.ts';
import { checkPlan, checkSavedPlans, type Known, type PlanProblem } from './validate.ts';
import { LIMITS, type Plan, type SavedPlan } from './types.ts';

export const VERSION = 1;
export const KIND = { plan: 'session-plan', saved: 'session-plans' } as const;
export const KEYS = { draft: 'samen-leren:sessie:concept', saved: 'samen-leren:sessie:plannen' } as const;
/** The mark in a link: "/sessie/#plan=<code>". */
export const LINK_MARK = '#plan=';

export type Problem = Exclude<ReadError, 'invalid'> | PlanProblem | 'read-failed';
export type Loaded<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const readChecked = <T>(text: string | null | undefined, kind: string, check: (d: unknown) => { ok: true; value: T } | { ok: false; reason: PlanProblem }): Loaded<T> =>
  readEnvelopeChecked<T, PlanProblem>(text, kind, VERSION, check, 'shape');

/** A plan from a file's text or a link's code. */
export function readPlan(text: string | null | undefined, known: Known): Loaded<Plan> {
  return readChecked(text, KIND.plan, (d) => checkPlan(d, known));
}

/** The plan in a link's hash ("#plan=…"); undefined when the hash carries no plan. */
export function readLink(hash: string, known: Known): Loaded<Plan> | undefined {
  if (!hash.startsWith(LINK_MARK)) return undefined;
  let code: string;
  try {
    code = decodeURIComponent(hash.slice(LINK_MARK.length));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  return readPlan(code, known);
}

export function exportFile(plan: Plan, now = new Date()): string {
  return JSON.stringify(wrap(KIND.plan, VERSION, plan, now), null, 2);
}

export function exportFileName(plan: Plan): string {
  const slug = plan.title ? termSlug(plan.title).slice(0, 40) : '';
  return `sessie${slug ? `-${slug}` : ''}${plan.date ? `-${plan.date}` : ''}.json`;
}

/** The part after the page address: "#plan=<code>". */
export function linkHash(plan: Plan, now = new Date()): string {
  return LINK_MARK + encodeCode(wrap(KIND.plan, VERSION, plan, now));
}

export type Stored<T> = SavedSlot<T, Problem>;
const load = <T>(key: string, read: (text: string) => Loaded<T>, now: Date): Stored<T> => loadStored(key, read, now);

export function loadDraft(known: Known, now = new Date()): Stored<Plan> {
  return load(KEYS.draft, (t) => readPlan(t, known), now);
}

export function saveDraft(plan: Plan, now = new Date()): boolean {
  return store.set(KEYS.draft, JSON.stringify(wrap(KIND.plan, VERSION, plan, now)));
}

export function loadSaved(known: Known, now = new Date()): Stored<SavedPlan[]> {
  return load(KEYS.saved, (t) => readChecked(t, KIND.saved, (d) => checkSavedPlans(d, known)), now);
}

export function writeSaved(plans: SavedPlan[], now = new Date()): boolean {
  if (!plans.length) {
    store.remove(KEYS.saved);
    return true;
  }
  return store.set(KEYS.saved, JSON.stringify(wrap(KIND.saved, VERSION, { plans }, now)));
}

/** Adds a plan under a name, replacing one with the same name (case-insensitive); newest first. */
export function addSaved(plans: SavedPlan[], name: string, plan: Plan): { ok: true; plans: SavedPlan[]; replaced: boolean } | { ok: false; reason: 'full' } {
  const same = (p: SavedPlan) => p.name.toLocaleLowerCase('nl') === name.toLocaleLowerCase('nl');
  const replaced = plans.some(same);
  const rest = plans.filter((p) => !same(p));
  if (rest.length >= LIMITS.savedPlans) return { ok: false, reason: 'full' };
  return { ok: true, plans: [{ name, plan: structuredClone(plan) }, ...rest], replaced };
}
