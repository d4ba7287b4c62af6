// Fills the placeholders of a UI text from content/ui.yaml: "Nog {n} punten" with
// { n: 3 } gives "Nog 3 punten". Unknown placeholders stay visible, so a typo in
// ui.yaml shows on the page instead of silently disappearing. Pure; page and island.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/** A list of words in Dutch: "geel", "geel en blauw", "geel, blauw en rood". */
export function listNl(words: string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;
}

/** The letter of an answer: 0 → "A". */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}
