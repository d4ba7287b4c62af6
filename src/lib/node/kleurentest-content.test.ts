// The real content/kleurentest.yaml: the rules for the items that the schema
// alone cannot express, and the links to the tools.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadBook } from './book.ts';
import { colourTestSchema } from '../shared/schemas.ts';
import { loadColourTest } from './kleurentest-content.ts';

const book = loadBook();
const test = loadColourTest(book);

describe('content/kleurentest.yaml', () => {
  it('has ten to twelve situations with eight points each', () => {
    expect(test.data.items.length).toBeGreaterThanOrEqual(10);
    expect(test.data.items.length).toBeLessThanOrEqual(12);
    expect(test.data.pointsPerItem).toBe(8);
  });

  it('spreads the colours over the positions, so a colour cannot be guessed from where it stands', () => {
    const n = test.shape.items.length;
    for (let pos = 0; pos < 5; pos++) {
      const counts = new Map<string, number>();
      for (const item of test.shape.items) counts.set(item.colours[pos]!, (counts.get(item.colours[pos]!) ?? 0) + 1);
      // Every colour stands at every position at least once, and at no position much more often than the others.
      expect([...counts.keys()].sort(), `positie ${pos + 1}`).toEqual([...test.shape.colours].sort());
      expect(Math.max(...counts.values()), `positie ${pos + 1}`).toBeLessThanOrEqual(Math.ceil(n / 5) + 1);
    }
    // No two situations in a row share an order.
    for (let i = 1; i < n; i++) expect(test.shape.items[i]!.colours.join()).not.toBe(test.shape.items[i - 1]!.colours.join());
  });

  it('speaks about the situation, not to the reader, so it also works when a colleague scores someone', () => {
    for (const item of test.data.items) {
      for (const text of [item.situation, ...item.responses.map((r) => r.text)]) {
        expect(text, item.id).not.toMatch(/\b(je|jij|jou|jouw|u|uw)\b/i);
      }
    }
  });

  it('links every colour to tools of the book, and the test to its tool page', () => {
    expect(test.tool.path).toBe('/gereedschap/kleuren-van-verandering/');
    for (const c of test.shape.colours) expect(test.toolsFor.get(c)!.length, c).toBeGreaterThan(0);
  });

  it('refuses an item with two answers of the same colour, and thresholds on the wrong side of an even split', () => {
    const twice = structuredClone(test.data);
    twice.items[0]!.responses[1]!.colour = twice.items[0]!.responses[0]!.colour;
    expect(colourTestSchema.safeParse(twice).success).toBe(false);
    const wrong = structuredClone(test.data);
    wrong.thresholds = { strong: 1.5, weak: 1 };
    expect(colourTestSchema.safeParse(wrong).success).toBe(false);
  });

  it('stops the build with the file, the field and the known ids when a colour names an unknown tool', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kleurentest-content-'));
    try {
      const broken = structuredClone(test.data);
      broken.colours[2]!.tools = ['betrokkenheidsmodel', 'talentenjacht'];
      fs.mkdirSync(path.join(root, 'content'));
      fs.writeFileSync(path.join(root, 'content', 'kleurentest.yaml'), stringify(broken));
      expect(() => loadColourTest({ ...book, root })).toThrow(/content\/kleurentest\.yaml: colours\[2\] \(rood\)\.tools\[1\] noemt gereedschap "talentenjacht".*Bestaande ids: leerwegcreatie/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
