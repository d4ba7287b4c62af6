// How heavy and how fast is a first search? A visitor with an empty cache opens
// /zoeken/?q=… (what the search field in the header does); this counts every byte
// that crosses the network until the results are on screen (HTML, CSS, the search
// script, Pagefind's script and WebAssembly, the index chunks and the result
// fragments) and the time from the start of the navigation to the first results
// (the page sets the performance mark "zoeken:eerste-resultaten").
//
//   node scripts/measure-search.ts [site folder, default dist] [query, default feedback] [base, default /]
//
// `npm run bench` can import measureFirstSearch() and report { bytes, ms }.
import { PredefinedNetworkConditions, type Browser, type NetworkConditions } from 'puppeteer-core';
import { FIRST_RESULTS_MARK } from '../src/lib/search.ts';

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

async function main(): Promise<void> {
  const path = await import('node:path');
  const { serve } = await import('./static-server.ts');
  const { launchBrowser } = await import('./browser.ts');
  const [dir = 'dist', query = 'feedback', base = '/'] = process.argv.slice(2);
  const browser = await launchBrowser();
  for (const compress of [true, false]) {
    const server = await serve(path.resolve(dir), base, {}, { compress });
    try {
      const m = await measureFirstSearch(browser, `${server.url}zoeken/`, query);
      console.log(`\n${compress ? 'Met gzip (zoals een webserver)' : 'Zonder compressie'}: ${(m.bytes / 1000).toFixed(1)} kB, ${m.ms} ms tot de eerste resultaten — "${m.status}"`);
      for (const r of m.requests) console.log(`  ${(r.bytes / 1000).toFixed(1).padStart(6)} kB  ${r.type.padEnd(10)} ${r.url.replace(server.url, base)}`);
      if (compress) {
        for (const [name, network] of Object.entries(NETWORKS)) {
          const slow = await measureFirstSearch(browser, `${server.url}zoeken/`, query, network);
          console.log(`  op ${name}: ${slow.ms} ms tot de eerste resultaten`);
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
