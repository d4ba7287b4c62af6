// The precache list of the service worker (scripts/service-worker.ts), on a made-up site.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheManifest, PRECACHE_MAX_BYTES } from '../scripts/service-worker.ts';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-sw-test-'));
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));
function put(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  fs.writeFileSync(path.join(site, file), text);
}
for (const f of ['index.html', 'stappen/x/index.html', '_astro/a.css', '_astro/b.js', '_brand/logo.svg', 'manifest.webmanifest', 'pagefind/pagefind.js',
  'pagefind/wasm.nl.pagefind', 'pagefind/index/nl_1.pf_index', 'pagefind/fragment/nl_2.pf_fragment', 'pagefind/pagefind-entry.json']) put(f, `inhoud van ${f}`);
for (const f of ['pdf/samen-leren.pdf', 'print/boek/index.html', 'sw.js', 'index.html.br', '.pdf-123/x.html', 'notities.txt']) put(f, 'niet offline');

describe('the precache list', () => {
  it('lists every page, style, script, brand file and search file under the base path, sorted, and nothing else', () => {
    const { entries, bytes } = precacheManifest(site, '/scholen/de-wilg/');
    expect(entries.map((e) => e.url)).toEqual([
      '/scholen/de-wilg/_astro/a.css', '/scholen/de-wilg/_astro/b.js', '/scholen/de-wilg/_brand/logo.svg', '/scholen/de-wilg/index.html',
      '/scholen/de-wilg/manifest.webmanifest', '/scholen/de-wilg/pagefind/fragment/nl_2.pf_fragment', '/scholen/de-wilg/pagefind/index/nl_1.pf_index',
      '/scholen/de-wilg/pagefind/pagefind-entry.json', '/scholen/de-wilg/pagefind/pagefind.js', '/scholen/de-wilg/pagefind/wasm.nl.pagefind',
      '/scholen/de-wilg/stappen/x/index.html',
    ]);
    expect(bytes).toBe(entries.reduce((n, e) => n + Buffer.byteLength(`inhoud van ${e.url.replace('/scholen/de-wilg/', '')}`), 0));
  });

  it('gives each file the hash of its bytes as revision, so a changed file is fetched again', () => {
    const revision = () => precacheManifest(site, '/').entries.find((e) => e.url === '/index.html')!.revision;
    const before = revision();
    expect(before).toBe(crypto.createHash('md5').update('inhoud van index.html').digest('hex'));
    put('index.html', 'nieuwe inhoud');
    expect(revision()).not.toBe(before);
  });

  it('stops at a file too large to keep offline, naming it', () => {
    put('pagefind/groot.pf_index', '');
    fs.truncateSync(path.join(site, 'pagefind/groot.pf_index'), PRECACHE_MAX_BYTES + 1);
    expect(() => precacheManifest(site, '/')).toThrow(/^pagefind\/groot\.pf_index is 20\.0 MB: te groot om offline te bewaren/);
    fs.rmSync(path.join(site, 'pagefind/groot.pf_index'));
  });
});
