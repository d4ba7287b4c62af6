// The book model: reads content/book.yaml (the one source of truth for order and
// links), checks every id in it against the files in content/, and answers the
// questions the site, the search and the PDF ask: what comes in what order, where
// does a page live, which tools help a step, which steps a tool supports.
//
// It is pure Node (fs + yaml), so the Astro pages, the build scripts and the tests
// all use the same code. Paths here never carry the base path of a branded copy:
// add it where a link is written (src/lib/shared/paths.ts).
import fs from 'node:fs';
import path from 'node:path';
import { bookSchema, checklistSchema, type BookFile, type Checklist } from '../shared/schemas.ts';
import { ContentError, parseContent, readFrontmatter, readYaml } from './content-files.ts';
import { linkBook } from './book-links.ts';

export { ContentError, parseContent, readYaml };

export type EntryKind = 'page' | 'step' | 'tool' | 'checklist';

export interface BookEntry {
  kind: EntryKind;
  /** The id within its kind: the file name without extension. */
  id: string;
  /** The part this entry belongs to (its own id for a part page). */
  part: string;
  /** The site path, e.g. "/gereedschap/dialoog/". */
  path: string;
  /** The source file, relative to the project root. */
  file: string;
  title: string;
  navTitle: string;
  /** For steps and tools: the number in their series (1-based). */
  number?: number;
  /** Ids of the works this page cites (front-matter `sources`). */
  sources: string[];
  /** Extra search words (front-matter `keywords`). */
  keywords: string[];
  /** One or two sentences (front-matter `summary`; a checklist's `intro`), for cards and descriptions. */
  summary: string;
  /** True for a brand's own page (a school's page, not the handbook's). */
  own?: boolean;
}

/** A checklist item as a step names it ("checklist/item" in book.yaml). */
export interface ChecklistItemRef { checklist: BookEntry; category: string; id: string; text: string; number: number }

export interface BookPart {
  id: string;
  entry: BookEntry;
  children: BookEntry[];
}

export interface Book {
  root: string;
  parts: BookPart[];
  /** Every page of the book in reading order: each part, then its children. */
  order: BookEntry[];
  steps: BookEntry[];
  tools: BookEntry[];
  checklists: Array<BookEntry & { data: Checklist }>;
  raw: BookFile;
  byPath: Map<string, BookEntry>;
  /** Every path a link inside the handbook may point to. */
  paths: Set<string>;
  /**
   * Pages of parts the brand left out (`include` in brand.yaml). A link to one
   * of these is not broken: the template or the link plugin prints its text
   * without the link.
   */
  excluded: Set<string>;
  toolsForStep(stepId: string): BookEntry[];
  stepsForTool(toolId: string): BookEntry[];
  /** Tools that combine with this one, in both directions of book.yaml. */
  combineWith(toolId: string): BookEntry[];
  /** Checklist items a step works on, with their text. */
  itemsForStep(stepId: string): ChecklistItemRef[];
  /** Steps and tools that fit a checklist category. */
  forCategory(checklistId: string, categoryId: string): { steps: BookEntry[]; tools: BookEntry[] };
  /** The purposes of the tool chooser with their tools. */
  purposes: Array<{ id: string; question: string; tools: BookEntry[] }>;
  prevNext(path: string): { prev?: BookEntry; next?: BookEntry };
}

/** The part ids whose children are defined by the lists in book.yaml. */
const KIND_DIRS = { step: 'stappen', tool: 'gereedschap', checklist: 'checklists', page: 'pages' } as const;

/** Paths that exist outside the book order (generated pages). */
export const EXTRA_PATHS = ['/', '/zoeken/', '/sessie/'];

export interface LoadBookOptions {
  /** The project root (default: the current directory). */
  root?: string;
  /** Extra page folders, searched after content/pages for part pages. */
  extraPageDirs?: string[];
  /**
   * A brand's own pages: each becomes a part of its own (no children), placed
   * right after the part `after` (a part id, or an earlier extra part).
   */
  extraParts?: Array<{ id: string; file: string; after: string }>;
  /** The part ids to keep (default: all). The others leave the order, the navigation and `paths`. */
  include?: string[];
}

export function loadBook(options: LoadBookOptions = {}): Book {
  const root = path.resolve(options.root ?? process.cwd());
  const contentDir = path.join(root, 'content');
  const bookFile = path.join(contentDir, 'book.yaml');
  const raw = parseContent(path.relative(root, bookFile), bookSchema, readYaml(bookFile));
  const rel = (f: string) => path.relative(root, f);

  const pageDirs = [path.join(contentDir, 'pages'), ...(options.extraPageDirs ?? [])];
  function findPageFile(id: string): string | undefined {
    for (const dir of pageDirs) {
      for (const candidate of [path.join(dir, `${id}.mdx`), path.join(dir, id, 'index.mdx')]) {
        if (fs.existsSync(candidate)) return candidate;
      }
    }
    return undefined;
  }

  function makeEntry(kind: EntryKind, id: string, part: string, where: string, number?: number, ownFile?: string): BookEntry {
    let file: string | undefined;
    let urlPath: string;
    if (ownFile) {
      file = fs.existsSync(ownFile) ? ownFile : undefined;
      urlPath = `/${id}/`;
    } else if (kind === 'page') {
      const pageId = part === id ? id : `${part}/${id}`;
      file = findPageFile(pageId);
      urlPath = `/${pageId}/`;
    } else {
      const ext = kind === 'checklist' ? 'yaml' : 'mdx';
      const candidate = path.join(contentDir, KIND_DIRS[kind], `${id}.${ext}`);
      file = fs.existsSync(candidate) ? candidate : undefined;
      urlPath = `/${part}/${id}/`;
    }
    if (!file && ownFile) throw new ContentError(`${where}: het bestand ${ownFile} bestaat niet.`);
    if (!file) {
      throw new ContentError(
        `content/book.yaml: ${where} noemt "${id}", maar daar is geen bestand voor. ` +
          `Maak ${kind === 'page' ? `content/pages/${part === id ? id : `${part}/${id}`}.mdx` : `content/${KIND_DIRS[kind]}/${id}.${kind === 'checklist' ? 'yaml' : 'mdx'}`} aan, of haal "${id}" uit book.yaml.`,
      );
    }
    let title: string;
    let navTitle: string;
    let sources: string[] = [];
    let keywords: string[] = [];
    let summary = '';
    if (kind === 'checklist') {
      const data = readYaml(file) as { title?: unknown; intro?: unknown };
      title = typeof data?.title === 'string' ? data.title : id;
      if (typeof data?.intro === 'string') summary = data.intro;
      navTitle = title.replace(/^Checklist\s+/i, '');
      navTitle = navTitle.charAt(0).toUpperCase() + navTitle.slice(1);
    } else {
      const fm = readFrontmatter(file);
      title = typeof fm.title === 'string' ? fm.title : id;
      navTitle = typeof fm.navTitle === 'string' ? fm.navTitle : title;
      if (Array.isArray(fm.sources)) sources = fm.sources.map(String);
      if (Array.isArray(fm.keywords)) keywords = fm.keywords.map(String);
      if (typeof fm.summary === 'string') summary = fm.summary;
    }
    return { kind, id, part, path: urlPath, file: rel(file), title, navTitle, number, sources, keywords, summary, ...(ownFile ? { own: true } : {}) };
  }

  const steps = raw.steps.map((s, i) => makeEntry('step', s.id, 'stappen', `steps[${i}]`, i + 1));
  const tools = raw.tools.map((t, i) => makeEntry('tool', t.id, 'gereedschap', `tools[${i}]`, i + 1));
  const checklists = raw.checklists.map((c, i) => {
    const entry = makeEntry('checklist', c.id, 'checklists', `checklists[${i}]`);
    return { ...entry, data: parseContent(entry.file, checklistSchema, readYaml(path.join(root, entry.file))) };
  });

  const allParts: BookPart[] = raw.parts.map((p, i) => {
    const entry = makeEntry('page', p.id, p.id, `parts[${i}]`);
    let children: BookEntry[] = [];
    if (p.children === 'steps') children = steps;
    else if (p.children === 'tools') children = tools;
    else if (p.children === 'checklists') children = checklists;
    else if (Array.isArray(p.children)) children = p.children.map((c, j) => makeEntry('page', c, p.id, `parts[${i}].children[${j}]`));
    return { id: p.id, entry, children };
  });

  // A brand's choice of parts, and its own pages, each after the part it names.
  const include = options.include;
  if (include) {
    for (const id of include) {
      if (!allParts.some((p) => p.id === id)) throw new ContentError(`include noemt het deel "${id}", maar dat staat niet in content/book.yaml. Delen: ${allParts.map((p) => p.id).join(', ')}.`);
    }
  }
  const parts = include ? allParts.filter((p) => include.includes(p.id)) : allParts;
  const excluded = new Set(allParts.filter((p) => !parts.includes(p)).flatMap((p) => [p.entry.path, ...p.children.map((c) => c.path)]));
  // Pages after the same part keep the order they are listed in.
  const lastAfter = new Map<string, string>();
  for (const [i, extra] of (options.extraParts ?? []).entries()) {
    const where = `pages[${i}]`;
    const anchor = lastAfter.get(extra.after) ?? extra.after;
    lastAfter.set(extra.after, extra.id);
    const at = parts.findIndex((p) => p.id === anchor);
    if (at < 0) throw new ContentError(`${where}: "after: ${extra.after}" noemt geen deel van het boek. Delen: ${parts.map((p) => p.id).join(', ')}.`);
    if (allParts.some((p) => p.id === extra.id) || parts.some((p) => p.id === extra.id)) throw new ContentError(`${where}: het boek heeft al een deel "${extra.id}". Geef de pagina een andere bestandsnaam.`);
    parts.splice(at + 1, 0, { id: extra.id, entry: makeEntry('page', extra.id, extra.id, where, undefined, path.resolve(root, extra.file)), children: [] });
  }
  for (const [kind, list] of [['steps', steps], ['tools', tools], ['checklists', checklists]] as const) {
    if (list.length && !parts.some((p) => p.children === list)) {
      throw new ContentError(`content/book.yaml: geen enkel deel heeft "children: ${kind}". Zet dat bij het deel waar de ${kind} in horen.`);
    }
  }

  const order = parts.flatMap((p) => [p.entry, ...p.children]);
  const byPath = new Map<string, BookEntry>();
  for (const e of order) {
    if (byPath.has(e.path)) throw new ContentError(`content/book.yaml: de pagina ${e.path} staat twee keer in het boek. Haal één van de twee weg.`);
    byPath.set(e.path, e);
  }
  const paths = new Set<string>([...EXTRA_PATHS, ...byPath.keys()]);

  const links = linkBook(raw, steps, tools, checklists);

  return {
    root,
    parts,
    order,
    steps,
    tools,
    checklists,
    raw,
    byPath,
    paths,
    excluded,
    ...links,
    prevNext(p) {
      const i = order.findIndex((e) => e.path === p);
      if (i < 0) return {};
      return { prev: order[i - 1], next: order[i + 1] };
    },
  };
}

/** The options that make the book of a brand: its parts and its own pages. */
export function brandBookOptions(brand: { include: string[]; pages: Array<{ id: string; file: string; after: string }> }): LoadBookOptions {
  return { include: brand.include, extraParts: brand.pages };
}
