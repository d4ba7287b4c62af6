// One search result as a list item: its title as a link, its part, its excerpt with
// the found words marked, and the sections of the page where the words are.
// Pagefind's excerpts are taken apart into text and marks (excerptParts), never
// inserted as HTML.
//
// Plain DOM calls, not the islands' helper (src/lib/client/dom.ts): the search is the
// only island on its page, and importing the helper that the other islands share makes
// Vite load it as a second script, one round trip more before the first results.
import { excerptParts, excerptWindow, sectionHits, PART_FILTER } from '../../lib/shared/search.ts';
import type { PagefindResultData } from './pagefind.ts';

export interface ResultTexts { part: string; inSection: string }

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', '', text);
  a.href = href;
  return a;
}

function excerpt(html: string, short = false): Array<Node | string> {
  const parts = excerptParts(html);
  return (short ? excerptWindow(parts) : parts).map((part) => (part.mark ? el('mark', '', part.text) : part.text));
}

export function renderResult(data: PagefindResultData, texts: ResultTexts): HTMLLIElement {
  const part = data.meta[PART_FILTER];
  const sections = sectionHits(data.url, data.sub_results);
  const li = el(
    'li', 'search-result',
    el('h2', 'search-result-title', link(data.url, data.meta.title ?? data.url)),
    el('p', 'search-result-part', ...(part ? [el('span', 'sr-only', `${texts.part}: `), el('span', 'search-result-badge', part)] : [])),
  );
  // The page's best excerpt is often the excerpt of one of its sections: show it once, there.
  if (!sections.some((s) => s.excerpt === data.excerpt)) li.append(el('p', 'search-result-excerpt', ...excerpt(data.excerpt)));
  if (sections.length) {
    const ul = el('ul', 'search-result-sections', ...sections.map((s) => el('li', '', link(s.url, s.title), el('p', '', ...excerpt(s.excerpt, true)))));
    ul.setAttribute('aria-label', texts.inSection);
    li.append(ul);
  }
  return li;
}
