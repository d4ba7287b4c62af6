// A static file server for the built site: the PDF renderer reads the pages
// through it, and the browser tests and the benchmark use it. It serves a built
// site under a base path (like a school's sub-folder) and answers 404 elsewhere.
// Files are served by sirv, which resolves paths safely (no way out of the folder,
// whatever the encoding) and sends precompressed .br/.gz copies where they exist.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import compression from 'compression';

export interface StaticServer { url: string; base: string; close(): Promise<void>; requests: string[] }

export interface ServeOptions {
  /** Compress text files when the browser asks for it, as a real web host does (for measuring transfer sizes). */
  compress?: boolean;
}

const notFound = (res: http.ServerResponse) => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>404</h1>');

export async function serve(dir: string, base = '/', headers: Record<string, string> = {}, options: ServeOptions = {}): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests: string[] = [];
  const files = sirv(dir, {
    dev: true, // reads the folder on each request: a test may serve a build while another replaces files
    etag: true,
    brotli: true,
    gzip: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders: (res) => { for (const [k, v] of Object.entries(headers)) res.setHeader(k, v); },
    onNoMatch: (_req, res) => notFound(res),
  });
  // Gzip only, like the common host; Pagefind's own files are gzipped already.
  const compress = options.compress ? compression({ threshold: 0, brotli: { enabled: false } } as compression.CompressionOptions) : undefined;
  const server = http.createServer((req, res) => {
    const raw = (req.url ?? '/').split('?')[0]!;
    let pathname: string;
    try { pathname = decodeURIComponent(raw); } catch { res.writeHead(400).end(); return; }
    requests.push(pathname);
    if (!raw.startsWith(prefix) || pathname.includes('\0')) { notFound(res); return; }
    req.url = `/${raw.slice(prefix.length)}`;
    const next = () => files(req, res, () => notFound(res));
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
