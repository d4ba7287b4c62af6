// The interface text: content/ui.yaml, with the brand's overrides (brand.yaml
// `ui:`, checked against ui.yaml by src/lib/node/brand-schema.ts) merged in, from the
// build's context. Templates ask for a key with t("toolPage.when"); a missing key
// stops the build instead of showing an empty label.
import { ContentError } from './book.ts';
import { siteContext } from './context.ts';
import type { UiTree } from '../shared/ui-tree.ts';

export interface Texts {
  /** One UI string. */
  t(key: string): string;
  /** A list of UI strings (e.g. the checklist scale). */
  tList(key: string): string[];
}

/** The lookups for one tree of texts (a script that was handed a context uses its `ui`). */
export function textsOf(ui: UiTree): Texts {
  const lookup = (key: string): string | string[] | UiTree => {
    let node: string | string[] | UiTree | undefined = ui;
    for (const part of key.split('.')) {
      node = node && typeof node === 'object' && !Array.isArray(node) ? node[part] : undefined;
    }
    if (node === undefined) throw new ContentError(`content/ui.yaml: de tekst "${key}" ontbreekt. Voeg die sleutel toe.`);
    return node;
  };
  return {
    t(key) {
      const v = lookup(key);
      if (typeof v !== 'string') throw new ContentError(`content/ui.yaml: "${key}" moet een tekst zijn.`);
      return v;
    },
    tList(key) {
      const v = lookup(key);
      if (!Array.isArray(v)) throw new ContentError(`content/ui.yaml: "${key}" moet een lijst zijn.`);
      return v;
    },
  };
}

/** The whole tree of this build, for an island that takes a branch of it along. */
export function uiTree(): UiTree {
  return siteContext().ui;
}

/** One UI string of this build. */
export function t(key: string): string {
  return textsOf(siteContext().ui).t(key);
}

/** A list of UI strings of this build. */
export function tList(key: string): string[] {
  return textsOf(siteContext().ui).tList(key);
}
