// The headers file that Netlify and Cloudflare Pages read from the published
// folder (`_headers`): the Content-Security-Policy of src/lib/shared/csp.ts and nosniff
// on every page. `samen-leren build` writes it into each built copy; other hosts
// ignore the file (README.md, "Zelf hosten").
//
//   node scripts/host-headers.ts <dist>
import fs from 'node:fs';
import path from 'node:path';
import { CSP } from '../src/lib/shared/csp.ts';

export function hostHeaders(): string {
  return `/*\n  Content-Security-Policy: ${CSP}\n  X-Content-Type-Options: nosniff\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const dir of process.argv.slice(2)) fs.writeFileSync(path.join(dir, '_headers'), hostHeaders());
}
