// The scorer's saved data and its exports, on top of the shared envelope module
// (src/lib/shared/saved-data.ts): what is saved under which key, how a colleague's file
// or code is read, and what happens to saved data that can no longer be read
// (it is set aside under a backup key, never silently overwritten).
import { encodeCode, loadStored, readChecked as readEnvelopeChecked, store, wrap, type ReadError, type Stored as SavedSlot } from '../saved-data.ts';
import { termSlug } from '../slug.ts';
import { checkAnswerFile, checkRounds, checkTeam, type Checked, type InvalidReason } from './validate.ts';
import type { AnswerFile, ChecklistDef, Round } from './types.ts';

export const VERSION = 1;
export const KIND = { answers: 'checklist-answers', team: 'checklist-team', rounds: 'checklist-rounds' } as const;
export type Slot = keyof typeof KIND;

/** Why something could not be read: the envelope's error, or the precise reason the data was refused. */
export type Problem = Exclude<ReadError, 'invalid'> | InvalidReason;
export type Loaded<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** readEnvelope with a check that says why it refused, not just that it did. */
export function readChecked<T>(text: string | null | undefined, kind: string, check: (data: unknown) => Checked<T>): Loaded<T> {
  return readEnvelopeChecked<T, InvalidReason>(text, kind, VERSION, check, 'shape');
}

/** A colleague's file or pasted code. */
export function readImport(def: ChecklistDef, text: string | null | undefined): Loaded<AnswerFile> {
  return readChecked(text, KIND.answers, (d) => checkAnswerFile(def, d, true));
}

/** The file a colleague sends: readable JSON, so a curious reader sees exactly what is in it. */
export function exportFile(file: AnswerFile, now = new Date()): string {
  return JSON.stringify(wrap(KIND.answers, VERSION, file, now), null, 2);
}

/** The same, as a short code to paste in a chat or mail. */
export function exportCode(file: AnswerFile, now = new Date()): string {
  return encodeCode(wrap(KIND.answers, VERSION, file, now));
}

export function exportFileName(file: AnswerFile): string {
  const who = file.name ? termSlug(file.name).slice(0, 40) : '';
  return `checklist-${file.checklist}${who ? `-${who}` : ''}.json`;
}

export function storageKey(checklistId: string, slot: Slot): string {
  return `samen-leren:checklist:${checklistId}:${slot}`;
}

const checks = {
  answers: (def: ChecklistDef) => (d: unknown) => checkAnswerFile(def, d, false),
  team: (def: ChecklistDef) => (d: unknown) => checkTeam(def, d),
  rounds: (def: ChecklistDef) => (d: unknown) => checkRounds(def, d),
};

/** A slot's value; when it could not be read, the problem and where the unreadable text went (see setAside). */
export type Stored<T> = SavedSlot<T, Problem>;

/**
 * Reads one slot. Data that cannot be read (corrupt, from another version,
 * tampered with) is set aside under a key of its own and reported, so the page
 * starts clean without losing it; if even that fails, it stays where it is.
 */
export function loadSlot(def: ChecklistDef, slot: 'answers', now?: Date): Stored<AnswerFile>;
export function loadSlot(def: ChecklistDef, slot: 'team', now?: Date): Stored<AnswerFile[]>;
export function loadSlot(def: ChecklistDef, slot: 'rounds', now?: Date): Stored<Round[]>;
export function loadSlot(def: ChecklistDef, slot: Slot, now = new Date()): Stored<unknown> {
  return loadStored(storageKey(def.id, slot), (text) => readChecked<unknown>(text, KIND[slot], checks[slot](def)), now);
}

/** Saves one slot; false when the browser refuses (private mode, storage full). Empty data removes the slot. */
export function saveSlot(def: ChecklistDef, slot: 'answers', data: AnswerFile | undefined, now?: Date): boolean;
export function saveSlot(def: ChecklistDef, slot: 'team', data: AnswerFile[], now?: Date): boolean;
export function saveSlot(def: ChecklistDef, slot: 'rounds', data: Round[], now?: Date): boolean;
export function saveSlot(def: ChecklistDef, slot: Slot, data: AnswerFile | AnswerFile[] | Round[] | undefined, now = new Date()): boolean {
  const key = storageKey(def.id, slot);
  const empty = data === undefined || (Array.isArray(data) ? data.length === 0 : Object.keys(data.answers).length === 0 && !data.name);
  if (empty) return store.remove(key);
  const payload = slot === 'answers' ? data : slot === 'team' ? { checklist: def.id, colleagues: data } : { checklist: def.id, rounds: data };
  return store.set(key, JSON.stringify(wrap(KIND[slot], VERSION, payload, now)));
}
