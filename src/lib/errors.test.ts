// The messages an editor reads when front-matter is wrong.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatZodError } from './errors.ts';
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
