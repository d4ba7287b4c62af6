// The shapes the checklist scorer works with. Pure data: the Astro page builds a
// ChecklistDef from content/checklists/<id>.yaml and hands it to the browser.

/** One answer: 1 nog in startfase, 2 gedeeltelijk ontwikkeld, 3 sterk ontwikkeld; 0 weet ik niet (not scored). */
export type Answer = 0 | 1 | 2 | 3;

/** One person's answers: item id → answer. An item that is missing was not answered. */
export type Answers = Record<string, Answer>;

export interface ChecklistItem { id: string; text: string }
export interface ChecklistCategory { id: string; title: string; items: ChecklistItem[] }
export interface ChecklistDef { id: string; categories: ChecklistCategory[] }

/** One colleague's answers as they travel in a file or code (and as the own answers are saved). */
export interface AnswerFile { checklist: string; name?: string; answers: Answers }

/** A saved round: the answer sets behind a result, with a date and a label. */
export interface Round { label: string; date: string; sets: Answers[] }

export function allItems(def: ChecklistDef): Array<ChecklistItem & { category: string }> {
  return def.categories.flatMap((c) => c.items.map((i) => ({ ...i, category: c.id })));
}

/** The part of a checklist file (content/checklists/<id>.yaml) the scorer needs. */
export function toDef(id: string, data: { categories: ChecklistCategory[] }): ChecklistDef {
  return { id, categories: data.categories.map((c) => ({ id: c.id, title: c.title, items: c.items.map((i) => ({ id: i.id, text: i.text })) })) };
}
