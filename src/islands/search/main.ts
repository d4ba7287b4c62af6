// The search page in the browser: a small UI on Pagefind's JavaScript API.
//
// Pagefind is loaded by pagefind.ts, a result is drawn by result.ts. Why not Pagefind's own
// Component UI: it is ~184 kB of script plus ~42 kB of CSS before compression,
// with its own texts and looks; this file is a few kB, speaks the handbook's
// Dutch (all texts come from content/ui.yaml via the page) and wears its theme.
//
// Keyboard: ↓ from the field to the results and on, ↑ back (to the field from the
// first result), Enter opens a link, Escape in the results returns to the field,
// Escape in the field returns to the page the reader came from.
import {
  arrowTarget, backTarget, countMessage, readState, stateUrl,
  FIRST_RESULTS_MARK, PART_FILTER, type CountTexts, type SearchState,
} from '../../lib/shared/search.ts';
import { BASE, loadPagefind, type PagefindResult } from './pagefind.ts';
import { renderResult as drawResult, type ResultTexts } from './result.ts';

type Texts = CountTexts & ResultTexts & { loading: string; error: string };

/**
 * Results shown at once; each needs one fragment file (~3 kB over the wire), so fewer is
 * lighter and faster on a phone. Five keeps a first search under its budget (issue 15).
 */
const PAGE_SIZE = 5;
const TYPING_PAUSE_MS = 180;
/** A screen reader hears the count once the reader stops typing, not after every letter. */
const ANNOUNCE_PAUSE_MS = 700;

const SEARCH_PATH = `${BASE}zoeken/`;

function must<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`zoeken: ${selector} ontbreekt op de pagina`);
  return el;
}

function start(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  const knownParts = JSON.parse(root.dataset.parts ?? '[]') as string[];
  const indexTag = root.dataset.indexTag ?? '';
  const form = must<HTMLFormElement>(root, 'form');
  const input = must<HTMLInputElement>(root, 'input[type="search"]');
  const filterBox = must<HTMLFieldSetElement>(root, '[data-search-filters]');
  const checkboxes = [...filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const status = must<HTMLElement>(root, '[data-search-status]');
  const live = must<HTMLElement>(root, '[data-search-live]');
  const list = must<HTMLOListElement>(root, '[data-search-results]');
  const more = must<HTMLButtonElement>(root, '[data-search-more]');
  const errorNote = must<HTMLElement>(root, '[data-search-error]');

  let state: SearchState = readState(location.search, knownParts);
  let results: PagefindResult[] = [];
  let shown = 0;
  let searchId = 0;
  let typingTimer: number | undefined;
  let firstResults = true;
  let announceTimer: number | undefined;
  /** Letters typed so far: a count found for an older query is shown, but not said. */
  let edits = 0;

  /** Shows the status, and says it once the reader pauses, unless they typed on after the search began. */
  function say(text: string, outdated = false): void {
    status.textContent = text;
    window.clearTimeout(announceTimer);
    if (outdated) return;
    announceTimer = window.setTimeout(() => { live.textContent = text; }, text ? ANNOUNCE_PAUSE_MS : 0);
  }

  input.value = state.query;
  for (const c of checkboxes) c.checked = state.parts.includes(c.value);

  const currentState = (): SearchState => ({
    query: input.value.replace(/\s+/g, ' ').trim(),
    parts: checkboxes.filter((c) => c.checked).map((c) => c.value),
  });

  function setBusy(busy: boolean): void {
    if (busy) root!.setAttribute('aria-busy', 'true');
    else root!.removeAttribute('aria-busy');
  }

  const renderResult = (data: Parameters<typeof drawResult>[0]) => drawResult(data, texts);

  /** Shows the next page of results; returns the first new link (for focus after "Meer resultaten"). */
  async function showMore(id: number): Promise<HTMLAnchorElement | undefined> {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const datas = await Promise.all(next.map((r) => r.data()));
    if (id !== searchId) return undefined;
    const items = datas.map(renderResult);
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= results.length;
    return items[0]?.querySelector('a') ?? undefined;
  }

  function updateFilters(counts: Record<string, number>): void {
    filterBox.hidden = false;
    for (const c of checkboxes) {
      const n = counts[c.value] ?? 0;
      const label = c.closest('label')!;
      label.querySelector('[data-count]')!.textContent = `(${n})`;
      // A part without hits is left out, unless it is chosen: then it can be switched off.
      label.hidden = n === 0 && !c.checked;
    }
  }

  /**
   * The room kept for the results of the query the page opened with (<html
   * data-search-query>, src/styles/search.css) shrinks, once they are in, to the bottom of
   * the screen: what is below them stays out of sight, so nothing in view moves, and a
   * short list leaves no screen of white below it.
   */
  function fitRoom(): void {
    const html = document.documentElement;
    if (!('searchQuery' in html.dataset)) return;
    list.style.minHeight = `${Math.max(0, Math.ceil(innerHeight - list.getBoundingClientRect().top))}px`;
    delete html.dataset.searchQuery;
  }

  async function run(): Promise<void> {
    const id = ++searchId;
    const editsAtStart = edits;
    const s = state;
    if (!s.query) {
      list.replaceChildren();
      more.hidden = true;
      filterBox.hidden = true;
      say('');
      setBusy(false);
      return;
    }
    setBusy(true);
    try {
      const { api, filtersLoaded } = await loadPagefind(indexTag);
      const filters = s.parts.length ? { [PART_FILTER]: { any: s.parts } } : {};
      let [, response] = await Promise.all([filtersLoaded.catch(() => undefined), api.search(s.query, { filters })]);
      // The search may have run just before the filter index arrived: then again, now with
      // counts (everything it needs is loaded by now, so this costs no request).
      if (!response.totalFilters?.[PART_FILTER]) response = await api.search(s.query, { filters });
      if (id !== searchId) return;
      results = response.results;
      shown = 0;
      const datas = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (id !== searchId) return;
      list.replaceChildren(...datas.map(renderResult));
      shown = datas.length;
      more.hidden = shown >= results.length;
      updateFilters(response.totalFilters?.[PART_FILTER] ?? {});
      errorNote.hidden = true;
      fitRoom();
      say(countMessage(texts, results.length, s), edits !== editsAtStart);
      if (firstResults) {
        firstResults = false;
        performance.mark(FIRST_RESULTS_MARK);
      }
    } catch (error) {
      if (id !== searchId) return;
      console.error(error);
      errorNote.hidden = false;
      say('');
      live.textContent = texts.error;
    } finally {
      if (id === searchId) setBusy(false);
    }
  }

  function commit(): void {
    state = currentState();
    history.replaceState(history.state, '', stateUrl(SEARCH_PATH, state));
    void run();
  }

  // --- events ---

  input.addEventListener('input', () => {
    // The room kept for the results of the query the page opened with: a move is expected now.
    delete document.documentElement.dataset.searchQuery;
    list.style.minHeight = '';
    window.clearTimeout(typingTimer);
    // A count waiting to be said belongs to the letters before this one.
    edits++;
    window.clearTimeout(announceTimer);
    const q = input.value.trim();
    if (q) void loadPagefind(indexTag).then(({ api }) => api.preload(q)).catch(() => {});
    typingTimer = window.setTimeout(commit, TYPING_PAUSE_MS);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    commit();
  });

  filterBox.addEventListener('change', () => commit());

  more.addEventListener('click', () => {
    const id = searchId;
    void showMore(id).then((first) => first?.focus());
  });

  const resultLinks = (): HTMLElement[] => [
    ...list.querySelectorAll<HTMLElement>('a'),
    ...(more.hidden ? [] : [more]),
  ];

  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const links = resultLinks();
    const inResults = links.includes(target);
    if (event.key === 'Escape') {
      if (inResults) {
        event.preventDefault();
        input.focus();
        input.select();
      } else if (target === input) {
        event.preventDefault();
        const to = backTarget(document.referrer, location.origin, BASE, SEARCH_PATH);
        // Back in history keeps the reader's place on that page; a fresh visit has no history to go back in.
        if (to === document.referrer && history.length > 1) history.back();
        else location.assign(to);
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // In the field only ↓ is ours; ↑ and the rest keep their usual meaning there.
    if (target === input ? event.key !== 'ArrowDown' : !inResults) return;
    const next = arrowTarget(inResults ? links.indexOf(target) : -1, event.key, links.length);
    if (next === undefined) return;
    event.preventDefault();
    (next === -1 ? input : links[next]!).focus();
  });

  // Opening the search page is opening the search: start fetching Pagefind now,
  // so the first results come as soon as possible.
  void loadPagefind(indexTag).catch(() => {});
  input.focus();
  if (state.query) {
    input.setSelectionRange(input.value.length, input.value.length);
    void run();
  }

  // Back from a result (page restored from the back/forward cache): the results are still there.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) input.focus();
  });
}

start();
