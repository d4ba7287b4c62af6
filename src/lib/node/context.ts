// The context of one build: everything the handbook is made of (the brand with its
// images, the book map with every page's front-matter and the tools' how-to steps,
// the bibliography, the glossary, the colour test and the interface text), read
// and checked once, in the first step
// of scripts/build.ts. Every later step gets this same object: Astro's pages
// through siteContext() (Astro renders the pages in the build's own process, so
// the checked objects are handed over as they are, not read or parsed again),
// the PDF renderer as an argument. Nothing travels through process.env.
//
// `astro dev` and `astro check` start without a build: astro.config.mjs then loads
// the context itself (the project's own brand, or SAMEN_LEREN_BRAND for `samen-leren dev`).
import fs from 'node:fs';
import path from 'node:path';
import { loadBrand, type Brand } from './brand.ts';
import { brandBookOptions, ContentError, loadBook, readYaml, type Book } from './book.ts';
import { loadBibliography, type Bibliography } from './bibliography.ts';
import { loadGlossary, type GlossaryTerm } from './glossary.ts';
import { colourTestEntry, loadColourTest, type LoadedColourTest } from './kleurentest-content.ts';
import { mergeUi, type UiTree } from '../shared/ui-tree.ts';
import { validateContent, type FrontMatter } from './validate-content.ts';
import { islandLimitProblems } from './island-limits.ts';
import { sessionData } from './session-data.ts';
import type { SessionData } from '../shared/sessie/types.ts';
import type { BookEntry } from './book.ts';
import type { Page, Step, Tool } from '../shared/schemas.ts';
import type { HowToStep } from '../shared/cards.ts';

export interface SiteContext {
  /** The project root (where content/ is). */
  root: string;
  brand: Brand;
  book: Book;
  /** The checked front-matter of every page, step and tool (see data()). */
  frontMatter: FrontMatter;
  /** Each tool's numbered steps under "Zo pak je het aan", by site path (see howToData()). */
  howTo: Map<string, HowToStep[]>;
  bibliography: Bibliography;
  glossary: GlossaryTerm[];
  /** The colour test, when this book has its part (a brand may leave it out). */
  colourTest?: LoadedColourTest;
  /** content/ui.yaml with the brand's `ui:` merged in. */
  ui: UiTree;
  /** The session planner's tools, steps and checklists (session-data.ts), checked against its limits. */
  session: SessionData;
  /** Whether this build writes PDFs: `--no-pdf` makes none, and then no page offers one. */
  pdfs: boolean;
  /** The handbook's version (package.json), printed in the book's "about this edition". */
  version: string;
}

export interface ContextOptions {
  root?: string;
  /** A school's brand folder; the project's own (content/brand/) without it. */
  brand?: string;
  /** A base path that wins over the brand's site.base (to try a copy under another folder). */
  base?: string;
  pdfs?: boolean;
}

/** The checked front-matter of a step, a tool or a page of the book. */
export function stepData(context: SiteContext, entry: BookEntry): Step {
  return found(context.frontMatter.steps.get(entry.path), entry);
}
export function toolData(context: SiteContext, entry: BookEntry): Tool {
  return found(context.frontMatter.tools.get(entry.path), entry);
}
export function pageData(context: SiteContext, entry: BookEntry): Page {
  return found(context.frontMatter.pages.get(entry.path), entry);
}
/** A tool's checked how-to steps: the back of its card. */
export function howToData(context: SiteContext, entry: BookEntry): HowToStep[] {
  return found(context.howTo.get(entry.path), entry);
}
function found<T>(data: T | undefined, entry: BookEntry): T {
  if (!data) throw new Error(`Geen front-matter voor ${entry.file} (${entry.path}): is het een ${entry.kind}?`);
  return data;
}

/** Reads and checks everything; the first problem stops with its file, field and fix. */
export function loadContext(options: ContextOptions = {}): SiteContext {
  const root = path.resolve(options.root ?? process.cwd());
  const brand = loadBrand(options.brand, { root, baseOverride: options.base });
  const book = loadBook({ root, ...brandBookOptions(brand) });
  const { frontMatter, howTo } = validateContent(book);
  const pdfs = options.pdfs ?? true;
  const session = sessionData(book, frontMatter, pdfs);
  const limits = islandLimitProblems(book, session);
  if (limits.length) throw new ContentError(`${limits.join('\n\n')}\n\nDe grenzen staan in src/lib/shared/sessie/types.ts (LIMITS).`);
  return {
    root,
    brand,
    book,
    frontMatter,
    howTo,
    bibliography: loadBibliography(book),
    glossary: loadGlossary(book),
    colourTest: colourTestEntry(book) ? loadColourTest(book) : undefined,
    ui: mergeUi(readYaml(path.join(root, 'content', 'ui.yaml')) as UiTree, brand.ui as UiTree),
    session,
    pdfs,
    version: (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version,
  };
}

// One slot per process: Astro bundles the pages, so its copy of this module is not the
// build script's copy; both find the context here.
const SLOT = Symbol.for('samen-leren.context');
const slot = globalThis as { [SLOT]?: SiteContext };

/** Makes `context` the one the pages of this process read. */
export function provideContext(context: SiteContext): SiteContext {
  slot[SLOT] = context;
  return context;
}

/**
 * The context of this build. Without a build (`astro dev`, `astro check`, a test) it is
 * loaded here once: the project's own brand, or the folder `samen-leren dev` names.
 */
export function siteContext(): SiteContext {
  return (slot[SLOT] ??= loadContext({ brand: process.env.SAMEN_LEREN_BRAND || undefined, base: process.env.SAMEN_LEREN_BASE || undefined }));
}

/** Whether a context was handed over (by scripts/build.ts) or loaded here already. */
export function hasContext(): boolean {
  return slot[SLOT] !== undefined;
}
