// The static server lives with the build scripts (the PDF renderer uses it too).
import { afterAll, beforeAll } from 'vitest';
import { serve, type StaticServer } from '../../scripts/static-server.ts';
import { CSP } from '../../src/lib/shared/csp.ts';

export { serve, type StaticServer, type ServeOptions } from '../../scripts/static-server.ts';

/** What a test needs of a running server: its address, base path and the requests it saw. */
export type ServedSite = Pick<StaticServer, 'url' | 'base' | 'requests'>;

/**
 * Serves a built site under `base` with the site's strict CSP for the tests of the
 * describe block it is called in: started before them, closed after them.
 */
export function servedWithCsp(dir: string, base = '/'): ServedSite {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serve(dir, base, { 'Content-Security-Policy': CSP });
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = (): StaticServer => {
    if (!server) throw new Error('De testserver is nog niet gestart (servedWithCsp hoort in een describe-blok).');
    return server;
  };
  return {
    get url() { return started().url; },
    get base() { return started().base; },
    get requests() { return started().requests; },
  };
}
