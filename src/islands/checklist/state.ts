// The checklist scorer's state and what every part of it shares: the page's data
// and texts, what the reader has (answers, colleagues, rounds), saving and loading
// with the shared policy, and the messages. Read once, when the island starts.
import { fill } from '../../lib/shared/checklist/format.ts';
import { today } from '../../lib/shared/checklist/rounds.ts';
import { hasAnswers } from '../../lib/shared/checklist/scoring.ts';
import { loadSlot, saveSlot, storageKey, type Problem, type Slot, type Stored } from '../../lib/shared/checklist/storage.ts';
import { allItems, type Answers, type AnswerFile, type Round } from '../../lib/shared/checklist/types.ts';
import { MAX_LABEL, MAX_NAME } from '../../lib/shared/checklist/validate.ts';
import { MAX_IMPORT_BYTES, MAX_SET_ASIDE, store } from '../../lib/shared/saved-data.ts';
import { byId, h, reveal } from '../../lib/client/dom.ts';
import { announce as announceIn } from '../../lib/client/share.ts';
import type { IslandKey, ScorerConfig } from './config.ts';

const config = JSON.parse(byId('scorer-data').textContent ?? '{}') as ScorerConfig;
export const { def, scale, links } = config;
export const T = (key: IslandKey, values: Record<string, string | number> = {}) => fill(config.t[key], values);
export const items = allItems(def);
export const form = byId<HTMLFormElement>(`form-${def.id}`);

/** What the reader has on this page; every part of the island reads and changes it here. */
export const state = {
  mine: {} as Answers,
  myName: '',
  team: [] as AnswerFile[],
  rounds: [] as Round[],
  /** Index into rounds of the baseline to compare with; -1 for none. */
  baseline: -1,
  /** Set while printing: draw the chart for paper instead of the screen. */
  printWidth: undefined as number | undefined,
};

// ---------------------------------------------------------------- messages

export const errorText = (p: Problem | 'read-failed') =>
  T(`errors.${p}`, { kb: Math.round(MAX_IMPORT_BYTES / 1000), name: MAX_NAME, label: MAX_LABEL });

export function notice(text: string): void {
  byId('scorer-notices').append(h('p', { class: 'scorer-msg scorer-msg-error' }, text));
}

/** Shows messages in a live region; `true` marks a problem. */
export function say(id: string, lines: Array<[string, boolean]>): void {
  byId(id).replaceChildren(...lines.map(([text, bad]) => h('p', { class: `scorer-msg${bad ? ' scorer-msg-error' : ''}` }, text)));
}

export const announce = (text: string) => announceIn(byId('scorer-live'), text);

function save(ok: boolean): void {
  if (!ok && !byId('scorer-notices').dataset.saveFailed) {
    byId('scorer-notices').dataset.saveFailed = '1';
    notice(T('saveFailed'));
  }
}

export const saveMine = () => save(saveSlot(def, 'answers', { checklist: def.id, ...(state.myName ? { name: state.myName } : {}), answers: state.mine }));
export const saveTeam = () => save(saveSlot(def, 'team', state.team));
export const saveRounds = () => save(saveSlot(def, 'rounds', state.rounds));

// ---------------------------------------------------------------- loading

/** A slot's value; what could not be read gets a notice that says exactly where it went. */
function load<T>(slot: Slot, stored: Stored<T>): T | undefined {
  const { problem, aside } = stored;
  if (problem && aside) {
    const values = { what: T(`storageWhat.${slot}`), reason: errorText(problem), max: MAX_SET_ASIDE };
    notice(aside.ok ? `${T('storageProblem', { ...values, key: aside.key })}${aside.dropped ? ` ${T('storageDropped', values)}` : ''}` : T('storageHeld', values));
  }
  return stored.value;
}

const savedMine = load('answers', loadSlot(def, 'answers'));
if (savedMine) {
  state.mine = savedMine.answers;
  state.myName = savedMine.name ?? '';
}
state.team = load('team', loadSlot(def, 'team')) ?? [];
state.rounds = load('rounds', loadSlot(def, 'rounds')) ?? [];
// The round to compare with, by date and label, so it survives a reload.
const BASELINE_KEY = `${storageKey(def.id, 'rounds')}:vergelijk`;
const roundId = (r: Round) => `${r.date} ${r.label}`;
state.baseline = state.rounds.findIndex((r) => roundId(r) === store.get(BASELINE_KEY));
export function saveBaseline(): void {
  const base = state.rounds[state.baseline];
  if (base) store.set(BASELINE_KEY, roundId(base));
  else store.remove(BASELINE_KEY);
}

// Set every radio from the saved answers, also unchecking what a browser may have
// restored on its own, so what you see is exactly what is saved.
for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
  input.checked = Object.hasOwn(state.mine, input.name) && String(state.mine[input.name]) === input.value;
}
byId<HTMLInputElement>('scorer-name').value = state.myName;
byId<HTMLInputElement>('scorer-round-date').value = today();
document.querySelectorAll<HTMLElement>('[data-scorer]').forEach(reveal);

/** The answer sets behind the result: the own answers (if any) and every colleague's. */
export function currentSets(): Answers[] {
  return [...(hasAnswers(state.mine) ? [state.mine] : []), ...state.team.map((c) => c.answers)];
}

export const displayName = (c: AnswerFile, i: number) => c.name || T('colleague', { n: i + 1 });

export function dateWords(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

export const sameAnswers = (a: Answers, b: Answers) => items.every((i) => a[i.id] === b[i.id]);
