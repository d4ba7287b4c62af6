// The server that the PDF step, the browser tests and the benchmark read the site
// through: it must never hand out a file outside the folder it serves.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type StaticServer } from '../scripts/static-server.ts';

let root: string;
let server: StaticServer;

/** A raw GET, so that the path is sent exactly as written (fetch would normalise "..") */
function get(pathname: string, on = server, headers: Record<string, string> = {}): Promise<{ status: number; body: string; encoding?: string }> {
  const url = new URL(on.url);
  return new Promise((resolve, reject) => {
    http.get({ host: url.hostname, port: url.port, path: pathname, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, encoding: res.headers['content-encoding'] }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'server-'));
  fs.mkdirSync(path.join(root, 'site', 'stappen'), { recursive: true });
  fs.mkdirSync(path.join(root, 'site-old'));
  fs.writeFileSync(path.join(root, 'site', 'index.html'), '<p>thuis</p>');
  fs.writeFileSync(path.join(root, 'site', 'stappen', 'index.html'), '<p>stappen</p>');
  fs.writeFileSync(path.join(root, 'site', 'stap.js'), 'console.log("stap");'.repeat(50));
  fs.writeFileSync(path.join(root, 'site', 'index.pf'), 'RAW');
  fs.writeFileSync(path.join(root, 'site', 'index.pf.br'), 'BROTLI-COPY');
  fs.writeFileSync(path.join(root, 'geheim.txt'), 'GEHEIM');
  fs.writeFileSync(path.join(root, 'site-old', 'geheim.txt'), 'GEHEIM');
  server = await serve(path.join(root, 'site'), '/school/');
});
afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves pages under the base path and nothing outside it', async () => {
    expect((await get('/school/stappen/')).body).toContain('stappen');
    expect((await get('/school/')).body).toContain('thuis');
    expect((await get('/stappen/')).status).toBe(404);
  });

  for (const attack of [
    '/school/../geheim.txt', '/school/..%2fgeheim.txt', '/school/%2e%2e%2fgeheim.txt', '/school/..%5cgeheim.txt',
    '/school/%2e%2e/geheim.txt', '/school/..%2f..%2fgeheim.txt', '/school/..%2fsite-old%2fgeheim.txt',
    '/school/%252e%252e%252fgeheim.txt', '/school/..%00/geheim.txt', '/school/%E0%A4%A',
  ]) {
    it(`does not serve a file outside its folder for ${attack}`, async () => {
      const res = await get(attack);
      expect(res.body).not.toContain('GEHEIM');
      expect(res.status).toBeGreaterThanOrEqual(400);
    });
  }

  it('compresses like the host it stands for: gzip only, or brotli with precompressed copies', async () => {
    const all = { 'accept-encoding': 'gzip, deflate, br' };
    const gzipHost = await serve(path.join(root, 'site'), '/', {}, { compress: 'gzip' });
    const brHost = await serve(path.join(root, 'site'), '/', {}, { compress: 'br' });
    try {
      expect((await get('/stap.js', gzipHost, all)).encoding).toBe('gzip');
      expect((await get('/index.pf', gzipHost, all)).body).toBe('RAW');
      expect((await get('/stap.js', brHost, all)).encoding).toBe('br');
      expect(await get('/index.pf', brHost, all)).toMatchObject({ body: 'BROTLI-COPY', encoding: 'br' });
      expect((await get('/stap.js', brHost, { 'accept-encoding': 'gzip' })).encoding).toBe('gzip');
    } finally {
      await Promise.all([gzipHost.close(), brHost.close()]);
    }
  });
});
