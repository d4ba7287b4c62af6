// Finding and making elements on the colour test page, through the islands' one DOM helper.
import { h } from '../../lib/client/dom.ts';

export const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel)!;
export const $$ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T>(sel)];

/** A new element with text content (never HTML), through the islands' one DOM helper. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => h(tag, cls ? { class: cls } : null, text);
