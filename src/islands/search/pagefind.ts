// Pagefind's JavaScript API, as far as the search page uses it, and its one loader.
//
// Pagefind (pagefind.js, its WebAssembly and the index) is fetched with a dynamic
// import when the search page runs, never on content pages.
import { PAGEFIND_OPTIONS, type SubResult } from '../../lib/shared/search.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
export interface PagefindResult { id: string; data(): Promise<PagefindResultData> }
export interface PagefindResponse { results: PagefindResult[]; totalFilters?: Record<string, Record<string, number>> }
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The site's base path, ending in "/". */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export interface LoadedPagefind { api: PagefindApi; filtersLoaded: Promise<unknown> }

let pagefindPromise: Promise<LoadedPagefind> | undefined;

/** Pagefind, loaded once (again after a failure); `indexTag` matches the entry file the page preloads. */
export function loadPagefind(indexTag: string): Promise<LoadedPagefind> {
  pagefindPromise ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindApi;
    // Result URLs carry the site's base path ("/scholen/demo/gereedschap/…").
    await api.options({ ...PAGEFIND_OPTIONS, baseUrl: BASE, ...(indexTag ? { metaCacheTag: indexTag } : {}) });
    await api.init();
    // The (tiny) filter index, so every search reports its counts per part. Not awaited
    // here: it loads while the first search loads its index chunk.
    const filtersLoaded = api.filters();
    filtersLoaded.catch(() => {});
    return { api, filtersLoaded };
  })();
  pagefindPromise.catch(() => { pagefindPromise = undefined; });
  return pagefindPromise;
}
