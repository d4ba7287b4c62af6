// Reads content/kleurentest.yaml at build time (Node only): checks it against
// colourTestSchema and checks every tool id against the book map, so a typo
// stops the build with the file, the field and what to do.
import path from 'node:path';
import { colourTestSchema, type ColourTest } from '../shared/schemas.ts';
import { ContentError, parseContent, readYaml, type Book, type BookEntry } from './book.ts';
import type { TestShape } from '../shared/kleurentest/scoring.ts';

export const COLOUR_TEST_FILE = 'content/kleurentest.yaml';
/** The part id of the test in book.yaml; without that part, no page links to the test. */
export const COLOUR_TEST_PART = 'kleurentest';

export interface LoadedColourTest {
  data: ColourTest;
  shape: TestShape;
  /** The tool pages that suit each colour, by colour id. */
  toolsFor: Map<string, BookEntry[]>;
  /** The tool page the test belongs to. */
  tool: BookEntry;
}

export function loadColourTest(book: Book): LoadedColourTest {
  const data = parseContent(COLOUR_TEST_FILE, colourTestSchema, readYaml(path.join(book.root, COLOUR_TEST_FILE)));
  const toolById = new Map(book.tools.map((t) => [t.id, t]));
  const need = (toolId: string, where: string): BookEntry => {
    const found = toolById.get(toolId);
    if (!found) {
      throw new ContentError(
        `${COLOUR_TEST_FILE}: ${where} noemt gereedschap "${toolId}", maar dat staat niet in content/book.yaml. Bestaande ids: ${[...toolById.keys()].join(', ')}.`,
      );
    }
    return found;
  };
  const tool = need(data.tool, 'tool');
  const toolsFor = new Map(data.colours.map((c, i) => [c.id, c.tools.map((t, j) => need(t, `colours[${i}] (${c.id}).tools[${j}]`))]));
  const shape: TestShape = {
    colours: data.colours.map((c) => c.id),
    items: data.items.map((item) => ({ id: item.id, colours: item.responses.map((r) => r.colour) })),
    pointsPerItem: data.pointsPerItem,
    thresholds: data.thresholds,
  };
  return { data, shape, toolsFor, tool };
}

/** The test's page, when this book has it (a branded copy may leave it out). */
export function colourTestEntry(book: Book): BookEntry | undefined {
  return book.parts.find((p) => p.id === COLOUR_TEST_PART)?.entry;
}
