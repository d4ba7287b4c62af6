// The islands' one way to build DOM, without innerHTML: text always goes in as text nodes, so a name
// from an imported file can never become markup.
export type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined> | null;

function build<E extends Element>(el: E, attrs: Attrs, children: Child[]): E {
  for (const [k, v] of Object.entries(attrs ?? {})) if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : String(v));
  el.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return el;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  return build(document.createElement(tag), attrs, children);
}

export function svg(tag: string, attrs: Attrs = null, ...children: Child[]): SVGElement {
  return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/**
 * Shows a part of the page that its island takes over. Such a part is marked
 * data-js-show in the HTML: CSS hides it without JavaScript and shows it from the first
 * paint with it (src/styles/global.css), so nothing moves when the island starts. From
 * here on the island alone decides whether it is hidden: the mark goes.
 */
export function reveal(el: HTMLElement): void {
  el.hidden = false;
  el.removeAttribute('data-js-show');
}
