// How heavy and how fast is a first search? A visitor with an empty cache opens
// /zoeken/?q=… (what the search field in the header does); this counts every byte
// that crosses the network until the results are on screen (HTML, CSS, the search
// script, Pagefind's script and WebAssembly, the index chunks and the result
// fragments) and the time from the start of the navigation to the first results
// (the page sets the performance mark "zoeken:eerste-resultaten").
//
//   node scripts/measure-search.ts [site folder, default dist] [query, default feedback] [base, default /] [runs, default 3]
//
// It serves the site three ways: as a web host configured as in the README (brotli:
// Pagefind's precompressed .br copies, other text compressed on the fly), with gzip
// only (a host without brotli; Pagefind's files are gzipped already) and without
// compression. The budget (issue 15, scripts/bench.ts) counts the brotli figure. Sizes are
// printed in kB of 1024 bytes, as the bench counts them.
// `npm run bench` imports measureFirstSearch() and byKind().
import { PredefinedNetworkConditions, type Browser, type NetworkConditions } from 'puppeteer-core';
import { FIRST_RESULTS_MARK } from '../src/lib/shared/search.ts';

export interface MeasuredRequest { url: string; bytes: number; type: string }
export interface SearchMeasurement {
  /** Bytes over the wire (compressed where the server compresses), all requests together. */
  bytes: number;
  /** Milliseconds from the start of the navigation to the first results on screen. */
  ms: number;
  /** The number of results the page announced. */
  status: string;
  requests: MeasuredRequest[];
}


/** What a request is, for the breakdown per kind of file. */
export type RequestKind = 'html' | 'css' | 'image' | 'js (zoekpagina)' | 'js (pagefind)' | 'wasm' | 'entry+meta' | 'index' | 'filter' | 'fragment' | 'other';

export function requestKind(url: string): RequestKind {
  const p = new URL(url).pathname;
  if (/\/pagefind\/pagefind\.js$/.test(p)) return 'js (pagefind)';
  if (/\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(p)) return 'wasm';
  if (/\/pagefind\/(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta)$/.test(p)) return 'entry+meta';
  if (/\/pagefind\/index\//.test(p)) return 'index';
  if (/\/pagefind\/filter\//.test(p)) return 'filter';
  if (/\/pagefind\/fragment\//.test(p)) return 'fragment';
  if (p.endsWith('.js')) return 'js (zoekpagina)';
  if (p.endsWith('.css')) return 'css';
  if (/\.(svg|png|jpe?g|webp|ico)$/.test(p)) return 'image';
  if (p.endsWith('/') || p.endsWith('.html')) return 'html';
  return 'other';
}

/** Bytes and requests per kind of file. */
export function byKind(requests: readonly MeasuredRequest[]): Record<string, { bytes: number; requests: number }> {
  const out: Record<string, { bytes: number; requests: number }> = {};
  for (const r of requests) {
    const k = (out[requestKind(r.url)] ??= { bytes: 0, requests: 0 });
    k.bytes += r.bytes;
    k.requests++;
  }
  return out;
}

/** Phone networks as Chrome's DevTools define them, for `network`. */
export const NETWORKS = {
  'Fast 4G': PredefinedNetworkConditions['Fast 4G'],
  'Slow 4G': PredefinedNetworkConditions['Slow 4G'],
} as const;

/**
 * @param searchPageUrl the search page, e.g. "http://127.0.0.1:4321/scholen/demo/zoeken/"
 * @param query what the visitor searches for
 * @param network slow the connection down like a phone's (default: no throttling)
 */
export async function measureFirstSearch(browser: Browser, searchPageUrl: string, query: string, network?: NetworkConditions): Promise<SearchMeasurement> {
  // A fresh context has an empty cache, like a first visit.
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (network) await page.emulateNetworkConditions(network);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const seen = new Map<string, { url: string; type: string }>();
    const requests: MeasuredRequest[] = [];
    cdp.on('Network.responseReceived', (e) => seen.set(e.requestId, { url: e.response.url, type: e.type }));
    cdp.on('Network.loadingFinished', (e) => {
      const r = seen.get(e.requestId);
      if (r) requests.push({ url: r.url, type: r.type, bytes: e.encodedDataLength });
    });

    const url = `${searchPageUrl}?q=${encodeURIComponent(query)}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, { timeout: 30_000 }, FIRST_RESULTS_MARK);
    const ms = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, FIRST_RESULTS_MARK);
    // Let the last responses report their sizes.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 }).catch(() => {});
    const status = await page.$eval('[data-search-status]', (el) => el.textContent ?? '');
    await page.close();
    const bytes = requests.reduce((sum, r) => sum + r.bytes, 0);
    return { bytes, ms: Math.round(ms), status, requests };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Bytes of one cold visit, and the median time of `runs` cold visits (times are noisy, bytes are not). */
export async function measureMedian(browser: Browser, searchPageUrl: string, query: string, runs: number, network?: NetworkConditions): Promise<SearchMeasurement> {
  const all: SearchMeasurement[] = [];
  for (let i = 0; i < runs; i++) all.push(await measureFirstSearch(browser, searchPageUrl, query, network));
  return { ...all[0]!, ms: median(all.map((m) => m.ms)) };
}

async function main(): Promise<void> {
  const path = await import('node:path');
  const { serve } = await import('./static-server.ts');
  const { launchBrowser } = await import('./browser.ts');
  const [dir = 'dist', query = 'feedback', base = '/', runsArg = '3'] = process.argv.slice(2);
  const runs = Number(runsArg);
  const browser = await launchBrowser({ shell: false });
  const label = { br: 'Met brotli (webserver zoals in de README)', gzip: 'Met alleen gzip', none: 'Zonder compressie' } as const;
  for (const compress of ['br', 'gzip', 'none'] as const) {
    const server = await serve(path.resolve(dir), base, {}, { compress: compress === 'none' ? false : compress });
    try {
      const m = await measureMedian(browser, `${server.url}zoeken/`, query, runs);
      console.log(`\n${label[compress]}: ${(m.bytes / 1024).toFixed(1)} kB in ${m.requests.length} verzoeken, ${m.ms} ms tot de eerste resultaten (mediaan van ${runs}) — "${m.status}"`);
      for (const r of m.requests) console.log(`  ${(r.bytes / 1024).toFixed(1).padStart(6)} kB  ${requestKind(r.url).padEnd(16)} ${r.url.replace(server.url, base)}`);
      console.log('  per soort:');
      for (const [kind, k] of Object.entries(byKind(m.requests))) console.log(`  ${(k.bytes / 1024).toFixed(1).padStart(6)} kB  ${kind} (${k.requests}×)`);
      if (compress !== 'none') {
        for (const [name, network] of Object.entries(NETWORKS)) {
          const slow = await measureMedian(browser, `${server.url}zoeken/`, query, runs, network);
          console.log(`  op ${name}: ${slow.ms} ms tot de eerste resultaten (mediaan van ${runs})`);
        }
      }
    } finally {
      await server.close();
    }
  }
  await browser.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
