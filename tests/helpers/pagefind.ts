// Searches a built index in Node with Pagefind's own browser script
// (dist/pagefind/pagefind.js), served over HTTP as a browser would fetch it,
// with the same options as the search page.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS } from '../../src/lib/shared/search.ts';
import { serve, type StaticServer } from './server.ts';

export interface IndexedPage {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: Array<{ title: string; url: string; excerpt: string; anchor?: unknown }>;
}

export interface BuiltIndex {
  /** The pages for a query, best first, with their data. */
  search(query: string | null, filters?: Record<string, unknown>): Promise<IndexedPage[]>;
  close(): Promise<void>;
}

export async function openIndex(siteDir: string): Promise<BuiltIndex> {
  const server: StaticServer = await serve(siteDir, '/');
  const pagefind = await import(pathToFileURL(path.join(siteDir, 'pagefind', 'pagefind.js')).href);
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: `${server.url}pagefind/`, baseUrl: '/' });
  return {
    async search(query, filters = {}) {
      const response = await pagefind.search(query, { filters });
      return Promise.all(response.results.map((r: { data(): Promise<IndexedPage> }) => r.data()));
    },
    async close() {
      await pagefind.destroy();
      await server.close();
    },
  };
}
