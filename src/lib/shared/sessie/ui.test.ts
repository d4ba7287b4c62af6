// Every text the planner island asks for exists in content/ui.yaml under `session:`
// (the island falls back to the key itself, so a missing text would show as a key).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const session = (parse(fs.readFileSync('content/ui.yaml', 'utf8')) as { session: Record<string, unknown> }).session;
const has = (key: string) => {
  let node: unknown = session;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
};

describe('the planner\'s texts', () => {
  it('has every key the island uses', () => {
    const source = fs.readFileSync('src/islands/sessie/main.ts', 'utf8');
    const keys = [...source.matchAll(/\bT\('([\w.-]+)'/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });
  it('has a Dutch message for every problem and every kind of block', () => {
    const problems = ['empty', 'too-big', 'not-json', 'not-ours', 'other-kind', 'other-version', 'shape', 'text-too-long', 'text-markup',
      'unknown-tool', 'unknown-step', 'bad-minutes', 'bad-time', 'bad-date', 'too-many', 'no-title', 'read-failed'];
    expect(problems.filter((p) => !has(`errors.${p}`))).toEqual([]);
    expect(['tool', 'reflection', 'break', 'free'].filter((k) => !has(`kind.${k}`))).toEqual([]);
    expect(['draft', 'saved'].filter((k) => !has(`storageWhat.${k}`))).toEqual([]);
  });
});
