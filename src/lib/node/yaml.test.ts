// The YAML reader: the same data as the `yaml` package, and its errors when the text is wrong.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYaml } from './yaml.ts';

describe('parseYaml', () => {
  it('reads every YAML file and every front-matter of the handbook as `yaml` does', () => {
    const files = fs.globSync('{content,templates}/**/*.{yaml,mdx}');
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const yaml = file.endsWith('.mdx') ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]! : text;
      expect(parseYaml(yaml), file).toEqual(parse(yaml));
    }
  });

  it('keeps YAML 1.2 text as text: dates, yes and no, numbers with a leading zero', () => {
    expect(parseYaml('a: 2024-01-05\nb: yes\nc: no\nd: 012\ne: 0o12\nf: ~\ng:')).toEqual({ a: '2024-01-05', b: 'yes', c: 'no', d: 12, e: 10, f: null, g: null });
    expect(parseYaml('')).toBeNull();
  });

  it('throws the error of `yaml`, with its code and line, for a text that is not YAML', () => {
    for (const [text, code] of [['title: Dialoog: een gesprek', 'BLOCK_AS_IMPLICIT_KEY'], ['a: 1\na: 2', 'DUPLICATE_KEY'], ['a:\n\t- b', 'TAB_AS_INDENT']] as const) {
      let error: { code?: string; linePos?: unknown } | undefined;
      try {
        parseYaml(text);
      } catch (e) {
        error = e as typeof error;
      }
      expect(error?.code, text).toBe(code);
      expect(error?.linePos, text).toBeDefined();
    }
  });
});
