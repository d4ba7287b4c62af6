// The Content-Security-Policy a school should send with the handbook (see
// README.md ("Zelf hosten")). The site needs nothing from another host, no inline script
// and no inline style; only Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
// worker-src and manifest-src name what default-src already allows, to say it
// out loud (issue 17): the service worker (<base>sw.js) and Pagefind's worker,
// and the web app manifest, all from the site itself.
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');
