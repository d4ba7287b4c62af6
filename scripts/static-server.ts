// A small static file server for the built site: the PDF renderer reads the pages
// through it, and the browser tests use it. It serves a built site under a base
// path (like a school's sub-folder) and answers 404 elsewhere.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.woff2': 'font/woff2', '.pdf': 'application/pdf', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

export interface StaticServer { url: string; base: string; close(): Promise<void>; requests: string[] }

/** Text files a web host compresses on the fly; Pagefind's index files are gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg']);

/** How the server compresses, like a web host configured as in the README ("Zoeken op je eigen server"). */
export type Compression = 'gzip' | 'br';

export interface ServeOptions {
  /**
   * Compress as a real web host does (for measuring transfer sizes). "gzip" (or true):
   * text files gzipped on the fly, Pagefind's files as they are (gzipped already).
   * "br": as nginx with brotli_static and brotli on: a precompressed copy `<file>.br`
   * when there is one (scripts/search-index.ts writes them for Pagefind's files),
   * other text files with brotli on the fly; gzip for a browser that does not take br.
   */
  compress?: boolean | Compression;
}

const accepts = (req: http.IncomingMessage, coding: string) => new RegExp(`\\b${coding}\\b`).test(String(req.headers['accept-encoding'] ?? ''));

export async function serve(dir: string, base = '/', headers: Record<string, string> = {}, options: ServeOptions = {}): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests: string[] = [];
  const compression: Compression | undefined = options.compress === true ? 'gzip' : options.compress || undefined;
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(url);
    if (!url.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    let file = path.join(dir, url.slice(prefix.length));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>'); return; }
    const type = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers };
    const text = COMPRESSIBLE.has(path.extname(file));
    if (compression === 'br' && accepts(req, 'br')) {
      if (fs.existsSync(`${file}.br`)) {
        res.writeHead(200, { ...type, 'content-encoding': 'br', vary: 'accept-encoding' });
        fs.createReadStream(`${file}.br`).pipe(res);
        return;
      }
      if (text) {
        // nginx's brotli_comp_level is 6 by default.
        res.writeHead(200, { ...type, 'content-encoding': 'br', vary: 'accept-encoding' });
        fs.createReadStream(file).pipe(zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } })).pipe(res);
        return;
      }
    }
    if (compression && text && accepts(req, 'gzip')) {
      res.writeHead(200, { ...type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      fs.createReadStream(file).pipe(zlib.createGzip({ level: 9 })).pipe(res);
      return;
    }
    res.writeHead(200, type);
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    base: prefix,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
