// A static file server for the built site: the PDF renderer reads the pages
// through it, and the browser tests and the benchmark use it. It serves a built
// site under a base path (like a school's sub-folder) and answers 404 elsewhere.
// Files are served by sirv, which resolves paths safely (no way out of the folder,
// whatever the encoding); the compression middleware compresses on the fly.
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import compression from 'compression';

export interface StaticServer { url: string; base: string; close(): Promise<void>; requests: string[] }

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

const notFound = (res: http.ServerResponse) => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>404</h1>');
const accepts = (req: http.IncomingMessage, coding: string) => new RegExp(`\\b${coding}\\b`).test(String(req.headers['accept-encoding'] ?? ''));

export async function serve(dir: string, base = '/', headers: Record<string, string> = {}, options: ServeOptions = {}): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests: string[] = [];
  const mode: Compression | undefined = options.compress === true ? 'gzip' : options.compress || undefined;
  const files = sirv(dir, {
    dev: true, // reads the folder on each request, so a file written after the start is served too
    etag: true,
    brotli: mode === 'br', // <file>.br, when the browser takes br
    dotfiles: false,
    extensions: ['html'],
    setHeaders: (res) => { for (const [k, v] of Object.entries(headers)) res.setHeader(k, v); },
    onNoMatch: (_req, res) => notFound(res),
  });
  // nginx's brotli_comp_level and gzip level as the README configures them; a
  // response sirv sent precompressed already is left as it is.
  const compress = mode
    ? compression({ threshold: 0, level: 9, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } } })
    : undefined;
  const server = http.createServer((req, res) => {
    const raw = (req.url ?? '/').split('?')[0]!;
    let pathname: string;
    try { pathname = decodeURIComponent(raw); } catch { res.writeHead(400).end(); return; }
    requests.push(pathname);
    if (!raw.startsWith(prefix) || pathname.includes('\0')) { notFound(res); return; }
    req.url = `/${raw.slice(prefix.length)}`;
    // A gzip-only host: the browser gets gzip even when it would take br.
    if (mode === 'gzip') req.headers['accept-encoding'] = accepts(req, 'gzip') ? 'gzip' : 'identity';
    const next = () => files(req, res, () => { notFound(res); });
    if (compress) compress(req as never, res as never, next);
    else next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    base: prefix,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
