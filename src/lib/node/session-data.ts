// The session planner's data (src/islands/sessie/), made once from the book and the
// checked front-matter: the planner's page embeds it (with the base path added to its
// links), and the build's first step checks the plans it can make against the
// planner's limits (island-limits.ts).
import type { Book, BookEntry } from './book.ts';
import type { FrontMatter } from './validate-content.ts';
import { handoutPath } from '../shared/print.ts';
import { glanceMinutes } from '../shared/sessie/schedule.ts';
import type { SessionData } from '../shared/sessie/types.ts';

function must<T>(data: T | undefined, entry: BookEntry): T {
  if (!data) throw new Error(`Geen front-matter voor ${entry.file} (${entry.path}).`);
  return data;
}

/** Tools, steps and checklists as the planner knows them; links are site paths (no base path), hand-outs only when the build makes PDFs. */
export function sessionData(book: Book, frontMatter: FrontMatter, pdfs: boolean): SessionData {
  const handout = (e: BookEntry) => (pdfs ? { handout: handoutPath(e) } : {});
  return {
    tools: book.tools.map((e) => {
      const d = must(frontMatter.tools.get(e.path), e);
      const g = d.glance;
      const minutes = glanceMinutes(g.duration);
      return {
        id: e.id, title: d.title, summary: d.summary, path: e.path,
        ...(g.duration ? { duration: g.duration } : {}), ...(minutes ? { minutes } : {}),
        ...(g.materials ? { materials: g.materials } : {}), ...(g.preparation ? { preparation: g.preparation } : {}),
        ...handout(e),
      };
    }),
    steps: book.steps.map((e) => {
      const d = must(frontMatter.steps.get(e.path), e);
      return {
        id: e.id, number: e.number!, title: d.title, navTitle: d.navTitle, path: e.path, reflection: d.reflection,
        tools: book.toolsForStep(e.id).map((x) => x.id), ...handout(e),
      };
    }),
    checklists: book.checklists.map((c) => ({
      id: c.id, title: c.data.title,
      categories: c.data.categories.map((cat) => ({
        id: cat.id, title: cat.title, items: cat.items.map((i) => ({ id: i.id, text: '' })),
        tools: book.forCategory(c.id, cat.id).tools.map((x) => x.id),
      })),
    })),
  };
}
