// Content that would make a plan the session planner refuses to read back, and a
// colour test with more situations than a shared profile may have, stop the build.
import { describe, expect, it } from 'vitest';
import { loadBook, type Book } from './book.ts';
import { validateContent, type FrontMatter } from './validate-content.ts';
import { islandLimitProblems } from './island-limits.ts';
import { sessionData } from './session-data.ts';
import { loadColourTest } from './kleurentest-content.ts';
import { parseContent } from './content-files.ts';
import { colourTestSchema } from '../shared/schemas.ts';
import { MAX_ITEMS } from '../shared/kleurentest/validate.ts';
import { LIMITS } from '../shared/sessie/types.ts';

const book = loadBook();
const { frontMatter } = validateContent(book);

/** The problems with the planner's data as the build makes it from this book and front-matter. */
const problems = (b: Book, fm: FrontMatter) => islandLimitProblems(b, sessionData(b, fm, false));

/** The front-matter with one entry's data changed. */
function changed(kind: 'steps' | 'tools', path: string, change: (d: any) => unknown): FrontMatter {
  const map = new Map<string, unknown>(frontMatter[kind]);
  map.set(path, change(frontMatter[kind].get(path)));
  return { ...frontMatter, [kind]: map } as FrontMatter;
}

describe('the limits of the islands, checked against the content', () => {
  it('the handbook\'s own content keeps to them', () => {
    expect(problems(book, frontMatter)).toEqual([]);
  });

  it('a tool whose duration is longer than a block may be', () => {
    const tool = book.tools[0]!;
    const fm = changed('tools', tool.path, (d) => ({ ...d, glance: { ...d.glance, duration: 'ongeveer 700 minuten' } }));
    expect(problems(book, fm)).toEqual([
      `${tool.file} klopt niet:\n  - veld "glance.duration": 700 minuten is meer dan de sessieplanner voor één blok bewaart (${LIMITS.minutes} minuten). Schrijf een kortere duur, of een duur in woorden ("een dagdeel"): dan vult de trainer de minuten zelf in`,
    ]);
  });

  it('a step title that is too long, or has < in it, for the title of a plan', () => {
    const step = book.steps[1]!;
    const long = problems(book, changed('steps', step.path, (d) => ({ ...d, title: 'x'.repeat(LIMITS.title + 1) })));
    expect(long).toHaveLength(1);
    expect(long[0]).toContain(`${step.file} klopt niet:\n  - veld "title": is langer dan ${LIMITS.title} tekens; de sessieplanner geeft een plan deze titel`);
    const markup = problems(book, changed('steps', step.path, (d) => ({ ...d, title: 'Samen <b>leren</b>' })));
    expect(markup[0]).toContain('veld "title": bevat < of >');
  });

  it('a step with more tools than a plan has blocks', () => {
    const many: Book = { ...book, toolsForStep: (id) => (id === book.steps[2]!.id ? Array(LIMITS.blocks).fill(book.tools[0]) : book.toolsForStep(id)) };
    expect(problems(many, frontMatter)).toEqual([
      `content/book.yaml klopt niet:\n  - veld "steps.2.tools": stap "${book.steps[2]!.id}": een plan hieruit krijgt ${LIMITS.blocks + 1} blokken, en de sessieplanner bewaart er hoogstens ${LIMITS.blocks} (de gereedschappen en een reflectieronde). Noem hoogstens ${LIMITS.blocks - 1} gereedschappen`,
    ]);
  });

  it('a checklist title that is too long for the plan made from its result', () => {
    const long: Book = { ...book, checklists: book.checklists.map((c, i) => (i === 0 ? { ...c, data: { ...c.data, title: 'x'.repeat(LIMITS.title + 1) } } : c)) };
    expect(problems(long, frontMatter)[0]).toContain(`${book.checklists[0]!.file} klopt niet:\n  - veld "title": is langer dan ${LIMITS.title} tekens`);
  });

  it('a colour test with more situations than a shared profile may have', () => {
    const data = loadColourTest(book).data;
    const items = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => ({ ...data.items[0]!, id: `s${i}` }));
    expect(() => parseContent('content/kleurentest.yaml', colourTestSchema, { ...data, items })).toThrow(
      `content/kleurentest.yaml klopt niet:\n  - veld "items": hoogstens ${MAX_ITEMS} situaties`,
    );
  });
});
