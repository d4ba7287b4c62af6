// The interface text: content/ui.yaml, with the brand's overrides (brand.yaml
// `ui:`, checked against ui.yaml by src/lib/brand-schema.ts) merged in. Templates ask for
// a key with t("toolPage.when"); a missing key stops the build instead of
// showing an empty label.
import path from 'node:path';
import { readYaml, ContentError } from './book.ts';
import { getBrand } from './brand.ts';

type Tree = { [key: string]: string | string[] | Tree };
let cached: Tree | undefined;

function merge(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? merge(b, v) : v;
  }
  return out;
}

export function uiTree(): Tree {
  if (!cached) {
    const base = readYaml(path.join(process.cwd(), 'content', 'ui.yaml')) as Tree;
    cached = merge(base, getBrand().ui as Tree);
  }
  return cached;
}

function lookup(key: string): string | string[] | Tree {
  let node: string | string[] | Tree | undefined = uiTree();
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' && !Array.isArray(node) ? node[part] : undefined;
  }
  if (node === undefined) throw new ContentError(`content/ui.yaml: de tekst "${key}" ontbreekt. Voeg die sleutel toe.`);
  return node;
}

/** One UI string. */
export function t(key: string): string {
  const v = lookup(key);
  if (typeof v !== 'string') throw new ContentError(`content/ui.yaml: "${key}" moet een tekst zijn.`);
  return v;
}

/** A list of UI strings (e.g. the checklist scale). */
export function tList(key: string): string[] {
  const v = lookup(key);
  if (!Array.isArray(v)) throw new ContentError(`content/ui.yaml: "${key}" moet een lijst zijn.`);
  return v;
}
