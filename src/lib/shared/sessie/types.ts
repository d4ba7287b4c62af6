// The session planner's data (src/pages/sessie/, src/islands/sessie/): a plan is a
// title, a date, a place, a goal, a start time and a list of blocks. A block is a
// tool, a step's reflection round, a break or a free block (welcome, closing).
// Pure data; the page builds a SessionData from content/ at build time.

export type BlockKind = 'tool' | 'reflection' | 'break' | 'free';

export interface Block {
  kind: BlockKind;
  /** The tool id (tool) or the step id (reflection); absent for break and free. */
  ref?: string;
  /** The title of a break or free block; absent for tool and reflection (their title comes from the content). */
  title?: string;
  /** Minutes, or null while the trainer has not entered them. */
  minutes: number | null;
  /** Who leads this block (free text, may be empty). */
  lead: string;
}

export interface Plan {
  title: string;
  /** YYYY-MM-DD or empty. */
  date: string;
  place: string;
  goal: string;
  /** HH:MM, 24 hours. */
  start: string;
  blocks: Block[];
}

/** A plan saved on this device under a name. */
export interface SavedPlan { name: string; plan: Plan }

/** What the page knows about one tool (from its front-matter and book.yaml). */
export interface ToolInfo {
  id: string;
  title: string;
  /** "In het kort": the purpose. */
  summary: string;
  path: string;
  /** The at-a-glance texts, only where the sources give them. */
  duration?: string;
  /** Minutes read from `duration` when it names one plain number (see glanceMinutes). */
  minutes?: number;
  materials?: string;
  preparation?: string;
  /** The tool's hand-out PDF, when the build made one. */
  handout?: string;
}

export interface StepInfo {
  id: string;
  number: number;
  title: string;
  navTitle: string;
  path: string;
  reflection: string[];
  tools: string[];
  handout?: string;
}

/** A checklist as far as the planner needs it: its items per category, and the tools per category. */
export interface ChecklistInfo {
  id: string;
  title: string;
  categories: Array<{ id: string; title: string; items: Array<{ id: string; text: string }>; tools: string[] }>;
}

export interface SessionData {
  tools: ToolInfo[];
  steps: StepInfo[];
  checklists: ChecklistInfo[];
}

export const LIMITS = {
  title: 120,
  place: 120,
  goal: 600,
  lead: 80,
  blockTitle: 120,
  blocks: 30,
  /** One block: at most a working day. */
  minutes: 600,
  savedPlans: 50,
  name: 80,
} as const;

export function emptyPlan(): Plan {
  return { title: '', date: '', place: '', goal: '', start: '09:00', blocks: [] };
}
