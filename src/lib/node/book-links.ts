// The cross-references of content/book.yaml: every id it names (a step's tools and
// checklist items, a tool's combinations, the chooser's purposes, a checklist
// category's steps and tools) is checked against the book's entries, with the
// place in book.yaml and the ids that do exist; what they link becomes the book's
// lookup functions (book.ts).
import type { BookFile, Checklist } from '../shared/schemas.ts';
import { ContentError } from './content-files.ts';
import type { Book, BookEntry, ChecklistItemRef } from './book.ts';

type Links = Pick<Book, 'toolsForStep' | 'stepsForTool' | 'combineWith' | 'itemsForStep' | 'forCategory' | 'purposes'>;

export function linkBook(raw: BookFile, steps: BookEntry[], tools: BookEntry[], checklists: Array<BookEntry & { data: Checklist }>): Links {
  const stepById = new Map(steps.map((s) => [s.id, s]));
  const toolById = new Map(tools.map((t) => [t.id, t]));
  const need = <T>(map: Map<string, T>, id: string, where: string, kind: string): T => {
    const found = map.get(id);
    if (!found) {
      throw new ContentError(
        `content/book.yaml: ${where} verwijst naar ${kind} "${id}", maar die bestaat niet. Bestaande ids: ${[...map.keys()].join(', ')}.`,
      );
    }
    return found;
  };
  const items = new Map<string, ChecklistItemRef>();
  for (const c of checklists) {
    const categoryIds = new Set<string>();
    for (const cat of c.data.categories) {
      // The scorer counts answers and links steps and tools per category id.
      if (categoryIds.has(cat.id)) throw new ContentError(`${c.file}: het categorie-id "${cat.id}" komt twee keer voor. Geef elke categorie een eigen id; de scorer telt de antwoorden per categorie.`);
      categoryIds.add(cat.id);
      cat.items.forEach((item, n) => {
        const key = `${c.id}/${item.id}`;
        if (items.has(key)) throw new ContentError(`${c.file}: het item-id "${item.id}" komt twee keer voor. Elk item heeft een eigen id.`);
        items.set(key, { checklist: c, category: cat.id, id: item.id, text: item.text, number: n + 1 });
      });
    }
  }

  const stepTools = new Map<string, BookEntry[]>();
  const toolSteps = new Map<string, BookEntry[]>(tools.map((t) => [t.id, []]));
  const stepItems = new Map<string, ChecklistItemRef[]>();
  raw.steps.forEach((s, i) => {
    const list = s.tools.map((t, j) => need(toolById, t, `steps[${i}] (${s.id}).tools[${j}]`, 'gereedschap'));
    stepTools.set(s.id, list);
    for (const t of list) toolSteps.get(t.id)!.push(stepById.get(s.id)!);
    stepItems.set(
      s.id,
      s.items.map((key, j) => need(items, key, `steps[${i}] (${s.id}).items[${j}]`, 'checklist-item')),
    );
  });

  const combine = new Map<string, Set<string>>(tools.map((t) => [t.id, new Set()]));
  raw.tools.forEach((t, i) => {
    t.combine.forEach((c, j) => {
      need(toolById, c, `tools[${i}] (${t.id}).combine[${j}]`, 'gereedschap');
      if (c === t.id) throw new ContentError(`content/book.yaml: tools[${i}] (${t.id}) combineert met zichzelf. Haal "${c}" uit combine.`);
      combine.get(t.id)!.add(c);
      combine.get(c)!.add(t.id);
    });
  });

  const purposes = raw.purposes.map((p, i) => ({
    id: p.id,
    question: p.question,
    tools: p.tools.map((t, j) => need(toolById, t, `purposes[${i}] (${p.id}).tools[${j}]`, 'gereedschap')),
  }));

  const categoryLinks = new Map<string, { steps: BookEntry[]; tools: BookEntry[] }>();
  const checklistById = new Map(checklists.map((c) => [c.id, c]));
  raw.checklists.forEach((c, i) => {
    const checklist = checklistById.get(c.id)!;
    c.categories.forEach((cat, j) => {
      if (!checklist.data.categories.some((d) => d.id === cat.id)) {
        throw new ContentError(
          `content/book.yaml: checklists[${i}].categories[${j}] noemt categorie "${cat.id}", maar ${checklist.file} heeft die niet. Bestaande categorieën: ${checklist.data.categories.map((d) => d.id).join(', ')}.`,
        );
      }
      categoryLinks.set(`${c.id}/${cat.id}`, {
        steps: cat.steps.map((s, k) => need(stepById, s, `checklists[${i}].categories[${j}].steps[${k}]`, 'stap')),
        tools: cat.tools.map((t, k) => need(toolById, t, `checklists[${i}].categories[${j}].tools[${k}]`, 'gereedschap')),
      });
    });
  });

  return {
    purposes,
    toolsForStep: (id) => stepTools.get(id) ?? [],
    stepsForTool: (id) => toolSteps.get(id) ?? [],
    combineWith: (id) => tools.filter((t) => combine.get(id)?.has(t.id)),
    itemsForStep: (id) => stepItems.get(id) ?? [],
    forCategory: (checklistId, categoryId) => categoryLinks.get(`${checklistId}/${categoryId}`) ?? { steps: [], tools: [] },
  };
}
