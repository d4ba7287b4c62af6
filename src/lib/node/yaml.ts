// One YAML reader for everything in content/ and a brand folder.
//
// js-yaml reads a file in a fifth of the time the `yaml` package takes (35 against
// 174 ms for all the content, the first time in a build), with the same meaning:
// YAML 1.2's core schema, so "2024-01-05" and "yes" stay text. When js-yaml refuses
// a text, `yaml` reads it again: its errors carry the codes and positions that
// src/lib/shared/errors.ts turns into Dutch (formatYamlError). Should `yaml` accept
// what js-yaml refused, its reading counts: `yaml` is the reference.
import { createRequire } from 'node:module';
import jsyaml from 'js-yaml';

// `yaml` is loaded only for a text js-yaml refuses (70 ms less in every build).
const require = createRequire(import.meta.url);

/** The data in a YAML text; throws `yaml`'s error (with code and position) when it is not valid YAML. */
export function parseYaml(text: string): unknown {
  try {
    return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) ?? null;
  } catch {
    return (require('yaml') as typeof import('yaml')).parse(text);
  }
}
