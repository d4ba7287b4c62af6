// The shape of the interface text (content/ui.yaml) and how a brand's `ui:` is laid over it.
import { closest, type Problem } from './errors.ts';

export type UiTree = { [key: string]: string | string[] | UiTree };

/** A line break or an invisible control character: not allowed in one line of interface text. */
export const HIDDEN_CHARS_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** `over` wins, key by key, at every depth. */
export function mergeUi(base: UiTree, over: UiTree): UiTree {
  const out: UiTree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b) ? mergeUi(b, v) : v;
  }
  return out;
}

/** Problems with `ui:` overrides: every key must exist in content/ui.yaml, with the same kind of value. */
export function uiProblems(over: Record<string, unknown>, base: UiTree, prefix = 'ui'): Problem[] {
  const out: Problem[] = [];
  for (const [key, value] of Object.entries(over)) {
    const field = `${prefix}.${key}`;
    const expected = base[key];
    if (expected === undefined) {
      const guess = closest(key, Object.keys(base));
      out.push({ field, message: `deze tekst bestaat niet in content/ui.yaml${guess ? `; bedoel je "${prefix}.${guess}"?` : '; daar staan alle sleutels'}` });
    } else if (typeof expected === 'string') {
      if (typeof value !== 'string' || !value.trim()) out.push({ field, message: 'verwacht een tekst (niet leeg)' });
      else if (HIDDEN_CHARS_OR_NEWLINE.test(value)) out.push({ field, message: 'bevat een regeleinde of een onzichtbaar stuurteken; schrijf het op één regel' });
    } else if (Array.isArray(expected)) {
      if (!Array.isArray(value) || value.length !== expected.length || !value.every((v) => typeof v === 'string' && v.trim())) {
        out.push({ field, message: `verwacht een lijst van ${expected.length} teksten, net als in content/ui.yaml` });
      }
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...uiProblems(value as Record<string, unknown>, expected, field));
    } else {
      out.push({ field, message: `is een groep teksten; noem de tekst die je wilt veranderen, bijvoorbeeld "${field}.${Object.keys(expected)[0]}"` });
    }
  }
  return out;
}
