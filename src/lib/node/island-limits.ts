// The islands keep to fixed limits when they save and read back (src/lib/shared/sessie/,
// src/lib/shared/checklist/, src/lib/shared/kleurentest/): a plan has at most LIMITS.blocks
// blocks, a title of at most LIMITS.title characters without < or >, a block at
// most LIMITS.minutes minutes. Some plans are made from content: a step's plan
// (its title, its tools and a reflection round), a checklist's plan (its title and
// the tools of its categories) and a tool's block (the minutes of its duration).
// Content that breaks a limit would make a plan the planner itself refuses to read
// back, so it is checked here, in the build's first step, with the planner's own
// code, and named with its file and the fix.
import type { Book } from './book.ts';
import { planFromStep, planFromTools, toolBlock } from '../shared/sessie/build.ts';
import { checkBlock, checkPlan, type Known, type PlanProblem } from '../shared/sessie/validate.ts';
import { LIMITS, type SessionData } from '../shared/sessie/types.ts';
import { formatProblems, type Problem } from '../shared/errors.ts';

const TITLE_FIX: Partial<Record<PlanProblem, string>> = {
  'text-too-long': `is langer dan ${LIMITS.title} tekens; de sessieplanner geeft een plan deze titel en bewaart hoogstens ${LIMITS.title} tekens. Maak de titel korter`,
  'text-markup': 'bevat < of >; de sessieplanner geeft een plan deze titel en bewaart geen titel met < of > (die lijken op code). Schrijf het anders, bijvoorbeeld "meer dan"',
};

/** Every way the content would break a limit of the planner, one message per file (`data`: the planner's own, session-data.ts). */
export function islandLimitProblems(book: Book, data: SessionData): string[] {
  const known: Known = { tools: new Set(data.tools.map((t) => t.id)), steps: new Set(data.steps.map((s) => s.id)) };
  const byFile = new Map<string, Problem[]>();
  const add = (file: string, field: string, message: string) => byFile.set(file, [...(byFile.get(file) ?? []), { field, message }]);

  for (const [i, tool] of data.tools.entries()) {
    if (checkBlock(toolBlock(tool), known).ok) continue;
    add(book.tools[i]!.file, 'glance.duration', `${tool.minutes} minuten is meer dan de sessieplanner voor één blok bewaart (${LIMITS.minutes} minuten). Schrijf een kortere duur, of een duur in woorden ("een dagdeel"): dan vult de trainer de minuten zelf in`);
  }
  const tooMany = (n: number) => `een plan hieruit krijgt ${n} blokken, en de sessieplanner bewaart er hoogstens ${LIMITS.blocks}`;
  for (const [i, step] of data.steps.entries()) {
    const plan = planFromStep(data, step.id)!;
    const checked = checkPlan({ ...plan, blocks: plan.blocks.filter((b) => checkBlock(b, known).ok) }, known);
    if (checked.ok) continue;
    if (checked.reason === 'too-many') add('content/book.yaml', `steps.${i}.tools`, `stap "${step.id}": ${tooMany(plan.blocks.length)} (de gereedschappen en een reflectieronde). Noem hoogstens ${LIMITS.blocks - 1} gereedschappen`);
    else add(book.steps[i]!.file, 'title', TITLE_FIX[checked.reason] ?? `de sessieplanner kan een plan met deze titel niet bewaren (${checked.reason})`);
  }
  for (const [i, checklist] of data.checklists.entries()) {
    // The most a checklist result can give: every category weak, each of its tools once.
    const tools = [...new Set(checklist.categories.flatMap((c) => c.tools))];
    const plan = planFromTools(data, tools, checklist.title);
    const checked = checkPlan({ ...plan, blocks: plan.blocks.filter((b) => checkBlock(b, known).ok) }, known);
    if (checked.ok) continue;
    if (checked.reason === 'too-many') add('content/book.yaml', `checklists.${i}.categories`, `checklist "${checklist.id}": als elke categorie zwak is, ${tooMany(plan.blocks.length)}. Noem bij de categorieën samen hoogstens ${LIMITS.blocks} verschillende gereedschappen`);
    else add(book.checklists[i]!.file, 'title', TITLE_FIX[checked.reason] ?? `de sessieplanner kan een plan met deze titel niet bewaren (${checked.reason})`);
  }
  return [...byFile].map(([file, problems]) => formatProblems(file, problems));
}
