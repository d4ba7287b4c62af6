// The messages an editor reads when front-matter is wrong.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatZodError, formatYamlError } from './errors.ts';
import { parseContent } from '../node/content-files.ts';
import { bibliographySchema, bookSchema, colourTestSchema, toolSchema } from './schemas.ts';
import { brandSchema } from '../node/brand-schema.ts';

const valid = {
  title: 'T', navTitle: 'T', summary: 'S', principle: 'P', use: 'U',
  when: ['w'], principles: ['p'], effects: ['e'], pitfalls: ['p'],
};

function message(data: unknown): string {
  const result = toolSchema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return formatZodError('content/gereedschap/x.mdx', result.error, toolSchema);
}

describe('front-matter errors', () => {
  it('name the file, the missing field and what it expects', () => {
    const { summary: _, ...rest } = valid;
    expect(message(rest)).toBe('content/gereedschap/x.mdx klopt niet:\n  - veld "summary": ontbreekt; verwacht een tekst');
  });

  it('suggest the key that was meant, at any depth, or list the keys there are', () => {
    const { principle, ...rest } = valid;
    expect(message({ ...rest, principel: principle })).toContain('veld "principel": onbekende sleutel; bedoel je "principle"?');
    expect(message({ ...valid, glance: { duraton: '40 minuten' } })).toContain('veld "glance.duraton": onbekende sleutel; bedoel je "glance.duration"?');
    expect(message({ ...valid, zzzzzz: 1 })).toContain('veld "zzzzzz": onbekende sleutel; haal hem weg of kies een van: title, navTitle, summary, principle, use,');
  });

  it('explain the YAML trap of a colon in unquoted text', () => {
    const yaml = parse('effects:\n  - Je krijgt zicht op iets: de dynamiek.\n') as { effects: unknown[] };
    const text = message({ ...valid, effects: yaml.effects });
    expect(text).toContain('veld "effects.0": verwacht een tekst, maar YAML las er een groep velden in');
    expect(text).toContain('tussen aanhalingstekens');
  });

  it('say what was found instead of a list', () => {
    expect(message({ ...valid, when: 'één situatie' })).toContain('veld "when": verwacht een lijst, maar vond de tekst "één situatie"');
  });

  it('say an empty list is empty, in Dutch', () => {
    expect(message({ ...valid, pitfalls: [] })).toContain('veld "pitfalls": noem minstens één punt');
    expect(message({ ...valid, when: null })).toContain('veld "when": verwacht een lijst, maar vond niets (het veld is leeg)');
  });
});

describe('one formatter for content and brand.yaml', () => {
  it('a wrong value is named as found, not reported as missing (every content file is parsed with its input)', () => {
    const file = 'content/kleurentest.yaml';
    expect(() => parseContent(file, colourTestSchema, { pointsPerItem: 'tien' })).toThrow('veld "pointsPerItem": verwacht een getal, maar vond de tekst "tien"');
  });

  it('zod\'s own English never reaches the editor', () => {
    let text = '';
    try {
      parseContent('content/bronnen.yaml', bibliographySchema, [{ id: 'a', title: 'T', year: 'vorig jaar' }]);
    } catch (e) {
      text = (e as Error).message;
    }
    expect(text).toContain('content/bronnen.yaml klopt niet:\n  - veld "0.year": heeft niet de vorm die hier hoort (vond de tekst "vorig jaar")');
    expect(() => parseContent('content/book.yaml', bookSchema, { parts: [], steps: [], tools: [], purposes: [], checklists: [] })).toThrow('veld "parts": de lijst is leeg; zet er minstens één regel in');
    expect(text).not.toMatch(/Invalid|Too (small|big)|expected/);
  });

  it('brand.yaml gets the same help with the YAML trap of a colon in unquoted text', () => {
    const result = brandSchema.safeParse({ name: { 'OBS De Wilg': 'Zwolle' } }, { reportInput: true });
    expect(result.success).toBe(false);
    expect(formatZodError('brand.yaml', result.error!, brandSchema)).toContain('veld "name": verwacht een tekst, maar YAML las er een groep velden in');
  });
});

describe('YAML syntax errors are told in Dutch, at the line of the file', () => {
  const cases: [string, string, number, RegExp][] = [
    ['a text with ": " in it', 'title: Zo doe je het: samen\nsummary: x\n', 1, /dubbele punt met een spatie/],
    ['a field twice', 'title: a\nsummary: b\ntitle: c\n', 3, /twee keer/],
    ['an unclosed quote', 'title: "open\nsummary: b\n', 1, /niet gesloten/],
    ['a tab', 'keywords:\n\t- a\n', 2, /tab/],
    ['an unclosed list', 'keywords: [a, b\nsummary: x\n', 1, /\]/],
    ['a stray line', '- a\ntitle: b\n', 2, /lijstregel/],
  ];
  for (const [what, text, line, hint] of cases) {
    it(what, () => {
      let error: unknown;
      try { parse(text); } catch (e) { error = e; }
      expect(error, what).toBeDefined();
      const message = formatYamlError('content/x.mdx', error, text, 1);
      // Front-matter: the YAML starts on the file's second line.
      expect(message).toMatch(new RegExp(`^content/x\\.mdx, regel ${line + 1}: geen geldige YAML`));
      expect(message).toMatch(hint);
      expect(message).not.toMatch(/at line|column|Nested|Unexpected/);
    });
  }
});
