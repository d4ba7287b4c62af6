// Checks the front-matter of every page of the book against its schema before
// Astro runs, so an editor gets every problem at once, with the file, the field
// and what is expected (Astro's own message names neither file nor fix). The
// checked front-matter is what the pages show: they get it from the context, with
// each tool's numbered steps for its card (read here, so no page reads a file).
import crypto from 'node:crypto';
import path from 'node:path';
import fs from 'node:fs';
import { parseYaml } from './yaml.ts';
import type { z } from 'zod';
import { pageSchema, stepSchema, toolSchema, type Page, type Step, type Tool } from '../shared/schemas.ts';
import { formatZodError } from '../shared/errors.ts';
import { ContentError, type Book } from './book.ts';
import { MdxSyntaxError, parseMdx, mdxLinks, type MdxNode } from './mdx-tree.ts';
import { HOW_TO_HEADING, howToStepsIn, type HowToStep } from '../shared/cards.ts';
import { checkSitePath, isSiteLink, sitePathOf } from './internal-links.ts';

const SCHEMAS: Record<string, z.ZodObject> = { page: pageSchema, step: stepSchema, tool: toolSchema };

/** What the check learns from a file's text besides its front-matter, kept with it in the cache. */
interface FromText {
  /** For a tool: the steps under "Zo pak je het aan" (the back of its card). */
  howTo?: HowToStep[];
}

/**
 * Files found in order before, by a hash of their text, the book's paths and this
 * checking code (.build/cache/): a file that has not changed since it passed is not
 * parsed again. Parsing every MDX file is most of the time of a build's first step.
 */
function passedCache(book: Book) {
  const code = ['./validate-content.ts', '../shared/schemas.ts', './mdx-tree.ts', './internal-links.ts', '../shared/cards.ts']
    .map((f) => fs.readFileSync(new URL(f, import.meta.url), 'utf8'))
    .join('\n');
  const setting = crypto.createHash('sha256').update(code).update([...book.paths].sort().join('\n')).update([...book.excluded].sort().join('\n')).digest('hex');
  // One file per setting, so a default and a branded build (other paths) keep their own.
  const file = path.join(book.root, '.build', 'cache', `content-checked-${setting.slice(0, 16)}.json`);
  let passed = new Map<string, FromText>();
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { setting: string; passed: Record<string, FromText> };
    if (saved.setting === setting) passed = new Map(Object.entries(saved.passed));
  } catch {
    // No cache yet, or an unreadable one: check everything.
  }
  const key = (entryFile: string, text: string) => crypto.createHash('sha256').update(entryFile).update('\0').update(text).digest('hex');
  return {
    get: (entryFile: string, text: string) => passed.get(key(entryFile, text)),
    add: (entryFile: string, text: string, found: FromText) => passed.set(key(entryFile, text), found),
    save() {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify({ setting, passed: Object.fromEntries(passed) }));
      } catch {
        // A cache that cannot be written only costs time next build.
      }
    },
  };
}

/** The checked front-matter of every page, by site path. */
export interface FrontMatter {
  steps: Map<string, Step>;
  tools: Map<string, Tool>;
  pages: Map<string, Page>;
}

/** Everything checked in the pages' files: their front-matter, and what the tools' texts give the cards. */
export interface CheckedContent {
  frontMatter: FrontMatter;
  /** Each tool's numbered steps under "## Zo pak je het aan", by site path: the back of its card. */
  howTo: Map<string, HowToStep[]>;
}

export function validateContent(book: Book): CheckedContent {
  const problems: string[] = [];
  const found: FrontMatter = { steps: new Map(), tools: new Map(), pages: new Map() };
  const howTo = new Map<string, HowToStep[]>();
  const cache = passedCache(book);
  for (const entry of book.order) {
    const schema = SCHEMAS[entry.kind];
    if (!schema) continue;
    const text = fs.readFileSync(path.join(book.root, entry.file), 'utf8');
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const data = fm ? parseYaml(fm[1]!) : undefined;
    const result = schema.safeParse(data ?? {}, { reportInput: true });
    if (result.success) {
      const into = entry.kind === 'step' ? found.steps : entry.kind === 'tool' ? found.tools : found.pages;
      (into as Map<string, unknown>).set(entry.path, result.data);
    }
    // The front-matter is read every time (it is what the pages show); the rest only for a changed file.
    const cached = result.success ? cache.get(entry.file, text) : undefined;
    if (cached) {
      if (cached.howTo) howTo.set(entry.path, cached.howTo);
      continue;
    }
    const before = problems.length;
    if (!result.success) problems.push(formatZodError(entry.file, result.error, schema));
    if (/^#\s/m.test(text.slice(fm ? fm[0].length : 0))) {
      problems.push(`${entry.file} klopt niet:\n  - de tekst heeft een kop met één # (H1); het sjabloon zet de titel al. Gebruik ## en ###.`);
    }
    const tree = parseOrProblem(text);
    const links = typeof tree === 'string' ? [] : linkProblems(tree, book);
    if (typeof tree === 'string') problems.push(`${entry.file} klopt niet:\n${tree}`);
    if (links.length) problems.push(`${entry.file} heeft ${links.length} kapotte link(s):\n${links.join('\n')}`);
    const fromText: FromText = {};
    if (entry.kind === 'tool' && typeof tree !== 'string') {
      fromText.howTo = howToStepsIn(tree);
      if (fromText.howTo.length) howTo.set(entry.path, fromText.howTo);
      else problems.push(`${entry.file} klopt niet:\n  - ${NO_HOW_TO}`);
    }
    if (problems.length === before) cache.add(entry.file, text, fromText);
  }
  cache.save();
  if (problems.length) {
    throw new ContentError(`${problems.length} bestand(en) met fouten:\n\n${problems.join('\n\n')}\n\nDe velden en hoe je een link schrijft, staan in content/README.md.`);
  }
  return { frontMatter: found, howTo };
}

/** Why a tool needs its numbered steps, and how to write them. */
export const NO_HOW_TO =
  `de tekst heeft geen kop "## ${HOW_TO_HEADING}" met daaronder een genummerde lijst; daaruit komen de stappen op de achterkant van de kaart van dit gereedschap. ` +
  'Zet onder die kop de stappen als "1. **Kies een vraag.** Uitleg …", één stap per nummer.';

/** The MDX tree of a page's text, or the line that says where it is not valid MDX. */
function parseOrProblem(text: string): MdxNode | string {
  try {
    return parseMdx(text);
  } catch (error) {
    if (error instanceof MdxSyntaxError) return `  - ${error.problem}`;
    throw error;
  }
}

/**
 * Links to pages of the book, checked with the line they are on, before Astro
 * runs (Astro would name neither the line nor leave out its own stack trace).
 */
function linkProblems(tree: MdxNode, book: Book): string[] {
  const problems: string[] = [];
  for (const { href, line } of mdxLinks(tree)) {
    if (!isSiteLink(href) || book.excluded.has(sitePathOf(href))) continue;
    const problem = checkSitePath(href, book.paths);
    if (problem) problems.push(`  - regel ${line}: link "${href}": ${problem}`);
  }
  return problems;
}
