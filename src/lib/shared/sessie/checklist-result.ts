// The checklist result on this device, read with the checklist's own storage keys
// and checks (src/lib/shared/checklist/storage.ts): the own answers and the colleagues'
// answers together, as the checklist page scores them. Read only: the planner
// never moves or changes the checklist's saved data.
import { KIND, readChecked, storageKey } from '../checklist/storage.ts';
import { checkAnswerFile, checkTeam } from '../checklist/validate.ts';
import { hasAnswers } from '../checklist/scoring.ts';
import type { Answers } from '../checklist/types.ts';
import { store } from '../saved-data.ts';
import { toDef, weakFromResult, type WeakResult } from './build.ts';
import type { ChecklistInfo } from './types.ts';

export function savedSets(info: ChecklistInfo): Answers[] {
  const def = toDef(info);
  const own = readChecked(store.get(storageKey(def.id, 'answers')), KIND.answers, (d) => checkAnswerFile(def, d, false));
  const team = readChecked(store.get(storageKey(def.id, 'team')), KIND.team, (d) => checkTeam(def, d));
  return [...(own.ok && hasAnswers(own.value.answers) ? [own.value.answers] : []), ...(team.ok ? team.value.map((c) => c.answers) : [])];
}

/** The weak categories and their tools from this device's result; null when there is none. */
export function weakOnThisDevice(info: ChecklistInfo): WeakResult | null {
  return weakFromResult(info, savedSets(info));
}
