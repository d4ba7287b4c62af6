// Making plans from the handbook's content: a block for a tool (with the minutes
// the sources give, or none), a plan from a step, a plan from a checklist result,
// and the merged materials list and preparation checklist for the print-out.
import { score } from '../checklist/scoring.ts';
import type { Answers, ChecklistDef } from '../checklist/types.ts';
import { emptyPlan, type Block, type ChecklistInfo, type Plan, type SessionData, type ToolInfo } from './types.ts';

export function toolBlock(tool: ToolInfo): Block {
  return { kind: 'tool', ref: tool.id, minutes: tool.minutes ?? null, lead: '' };
}

export function reflectionBlock(stepId: string): Block {
  return { kind: 'reflection', ref: stepId, minutes: null, lead: '' };
}

/** A step's session: its tools in book order, then a reflection round with its questions. */
export function planFromStep(data: SessionData, stepId: string): Plan | undefined {
  const step = data.steps.find((s) => s.id === stepId);
  if (!step) return undefined;
  const tools = step.tools.flatMap((id) => data.tools.filter((t) => t.id === id));
  return { ...emptyPlan(), title: step.title, blocks: [...tools.map(toolBlock), reflectionBlock(step.id)] };
}

export function planFromTools(data: SessionData, toolIds: string[], title = ''): Plan {
  const tools = toolIds.flatMap((id) => data.tools.filter((t) => t.id === id));
  return { ...emptyPlan(), title, blocks: tools.map(toolBlock) };
}

export interface WeakResult {
  /** The categories that are not yet "sterk ontwikkeld", weakest first. */
  categories: Array<{ id: string; title: string }>;
  /** The tools the book map links to them, each once, in that order. */
  tools: string[];
}

export function toDef(info: ChecklistInfo): ChecklistDef {
  return { id: info.id, categories: info.categories.map((c) => ({ id: c.id, title: c.title, items: c.items })) };
}

/**
 * The checklist result on this device, as the checklist page computes it (own
 * answers and colleagues' answers together): null when there is no result yet.
 */
export function weakFromResult(info: ChecklistInfo, sets: Answers[]): WeakResult | null {
  if (!sets.length) return null;
  const result = score(toDef(info), sets);
  if (!result.categories.some((c) => c.mean !== null)) return null;
  const tools: string[] = [];
  for (const c of result.weak) {
    for (const id of info.categories.find((x) => x.id === c.id)?.tools ?? []) if (!tools.includes(id)) tools.push(id);
  }
  return { categories: result.weak.map((c) => ({ id: c.id, title: c.title })), tools };
}

export interface Needs {
  /** Per tool in the plan (once, in plan order): its materials, or undefined when the handbook names none. */
  materials: Array<{ tool: ToolInfo; text: string | undefined }>;
  /** The same for preparation. */
  preparation: Array<{ tool: ToolInfo; text: string | undefined }>;
}

/** One merged materials list and one preparation checklist, in agenda order. */
export function needsOf(plan: Plan, data: SessionData): Needs {
  const seen = new Set<string>();
  const tools: ToolInfo[] = [];
  for (const b of plan.blocks) {
    if (b.kind !== 'tool' || !b.ref || seen.has(b.ref)) continue;
    seen.add(b.ref);
    const t = data.tools.find((x) => x.id === b.ref);
    if (t) tools.push(t);
  }
  return {
    materials: tools.map((tool) => ({ tool, text: tool.materials })),
    preparation: tools.map((tool) => ({ tool, text: tool.preparation })),
  };
}

/** The hand-outs of a plan, in agenda order, each once (the tools, and the steps of reflection rounds). */
export function handoutsOf(plan: Plan, data: SessionData): string[] {
  const out: string[] = [];
  for (const b of plan.blocks) {
    const h = b.kind === 'tool' ? data.tools.find((t) => t.id === b.ref)?.handout : b.kind === 'reflection' ? data.steps.find((s) => s.id === b.ref)?.handout : undefined;
    if (h && !out.includes(h)) out.push(h);
  }
  return out;
}
