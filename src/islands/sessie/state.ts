// The session planner's state and what every part of it shares: the page's data and
// texts, the plan on the page and the plans on this device, the messages, and saving
// the working plan (only as it can be read back).
import { fill } from '../../lib/shared/checklist/format.ts';
import { MAX_IMPORT_BYTES } from '../../lib/shared/saved-data.ts';
import { exportFile, readPlan, saveDraft, type Problem } from '../../lib/shared/sessie/storage.ts';
import { emptyPlan, LIMITS, type Plan, type SavedPlan } from '../../lib/shared/sessie/types.ts';
import { byId, h } from '../../lib/client/dom.ts';
import { announce as announceIn } from '../../lib/client/share.ts';
import type { SessieConfig } from './config.ts';

const config = JSON.parse(byId('sessie-data').textContent ?? '{}') as SessieConfig;
export const { data } = config;
export const T = (key: string, values: Record<string, string | number> = {}) => fill(config.t[key] ?? key, values);
export const known = { tools: new Set(data.tools.map((x) => x.id)), steps: new Set(data.steps.map((x) => x.id)) };
export const toolOf = (id?: string) => data.tools.find((x) => x.id === id);
export const stepOf = (id?: string) => data.steps.find((x) => x.id === id);
export const input = <E extends HTMLElement = HTMLInputElement>(id: string) => byId<E>(id) as E & { value: string };

/** The plan on the page and the plans kept on this device; every part of the island reads and changes them here. */
export const state = { plan: emptyPlan() as Plan, saved: [] as SavedPlan[] };

// ---------------------------------------------------------------- messages

export const errorText = (p: Problem) => T(`errors.${p}`, { kb: Math.round(MAX_IMPORT_BYTES / 1000), max: LIMITS.minutes });

export function say(id: string, text: string, bad = false): void {
  byId(id).replaceChildren(...(text ? [h('p', { class: `sessie-msg${bad ? ' sessie-msg-error' : ''}` }, text)] : []));
}
export function notice(text: string): void {
  byId('sessie-notices').append(h('p', { class: 'sessie-msg sessie-msg-error' }, text));
}
export const announce = (text: string) => announceIn(byId('sessie-live'), text);

let saveWarned = false;
/** Saves the working plan, but only as it can be read back: a refused text is reported, not saved. */
export function persist(): void {
  const r = readPlan(exportFile(state.plan), known);
  say('sessie-plan-status', r.ok ? '' : errorText(r.problem), !r.ok);
  if (!r.ok) return;
  if (!saveDraft(state.plan) && !saveWarned) {
    saveWarned = true;
    notice(T('saveFailed'));
  }
}
