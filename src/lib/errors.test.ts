// The messages an editor reads when front-matter is wrong.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatZodError, formatYamlError } from './errors.ts';
import { toolSchema } from './schemas.ts';

const valid = {
  title: 'T', navTitle: 'T', summary: 'S', principle: 'P', use: 'U',
  when: ['w'], principles: ['p'], effects: ['e'], pitfalls: ['p'],
};

function message(data: unknown): string {
  const result = toolSchema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return formatZodError('content/gereedschap/x.mdx', result.error, Object.keys(toolSchema.shape));
}

describe('front-matter errors', () => {
  it('name the file, the missing field and what it expects', () => {
    const { summary: _, ...rest } = valid;
    expect(message(rest)).toBe('content/gereedschap/x.mdx klopt niet:\n  - veld "summary": ontbreekt; verwacht tekst');
  });

  it('suggest the key that was meant', () => {
    const { principle, ...rest } = valid;
    expect(message({ ...rest, principel: principle })).toContain('onbekende sleutel(s) "principel": haal ze weg of controleer de spelling (bedoel je "principle"?)');
  });

  it('explain the YAML trap of a colon in unquoted text', () => {
    const yaml = parse('effects:\n  - Je krijgt zicht op iets: de dynamiek.\n') as { effects: unknown[] };
    const text = message({ ...valid, effects: yaml.effects });
    expect(text).toContain('veld "effects.0": verwacht tekst, maar YAML las er een groep velden in');
    expect(text).toContain('tussen aanhalingstekens');
  });

  it('say what was found instead of a list', () => {
    expect(message({ ...valid, when: 'één situatie' })).toContain('veld "when": verwacht een lijst, maar vond tekst "één situatie"');
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
