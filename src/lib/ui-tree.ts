// The shape of the interface text (content/ui.yaml) and how a brand's `ui:` is laid over it.
import type { UiTree } from './brand-schema.ts';

export type { UiTree };

/** `over` wins, key by key, at every depth. */
export function mergeUi(base: UiTree, over: UiTree): UiTree {
  const out: UiTree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? mergeUi(b, v) : v;
  }
  return out;
}
