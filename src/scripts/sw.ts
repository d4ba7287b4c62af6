// The service worker: the handbook offline. Bundled with the Workbox modules by
// scripts/service-worker.ts (esbuild), which puts the list of every file of this
// build, each with its revision (a hash of its bytes), where self.__WB_MANIFEST
// stands. Not a hand-written cache:
//
// - Workbox precaches every page, the CSS and JS, the brand's files and all of
//   Pagefind's files, so reading and searching work offline. A new build has new
//   revisions: the new worker fetches what changed and deletes the rest when it
//   takes over; caches of older Workbox versions go too (cleanupOutdatedCaches).
// - PDFs are large: cached when opened (or all at once with "Bewaar alles voor
//   onderweg" on the colophon), in a cache named after this build, so a new build
//   never serves an old PDF.
// - A new worker waits until the reader chooses "herladen" (the page sends
//   SKIP_WAITING; src/scripts/sw-register.ts); the first one takes control at once.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { RangeRequestsPlugin } from 'workbox-range-requests';

/** Set by scripts/service-worker.ts: a hash of this build's precache list. */
declare const BUILD_ID: string;

interface WorkerScope {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  registration: { scope: string };
  location: { origin: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
  addEventListener(type: 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
}
declare const self: WorkerScope;

const scope = new URL(self.registration.scope);
/** Per copy of the handbook (two schools may share a host), per build. */
const PDF_CACHE_PREFIX = `samen-leren-pdf-${scope.pathname}-`;
const PDF_CACHE = `${PDF_CACHE_PREFIX}${BUILD_ID}`;

cleanupOutdatedCaches();
// A page's address may carry a query ("/zoeken/?q=intervisie", Pagefind's
// "pagefind-entry.json?ts=…"): the file is the same, so every parameter is ignored.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${scope.pathname}pdf/`) && url.pathname.endsWith('.pdf'),
  new CacheFirst({
    cacheName: PDF_CACHE,
    // Only whole files; a PDF viewer's range requests are answered from the cached file.
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new RangeRequestsPlugin()],
  }),
);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The PDFs of an older build of this copy go when this build takes over.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(PDF_CACHE_PREFIX) && k !== PDF_CACHE).map((k) => caches.delete(k)))),
  );
});

clientsClaim();
