// The type check (`astro check`, TypeScript's strictest settings, every .astro and .ts
// file) runs as a test file among the others (tests/types.test.ts, issue 14) instead of
// on its own before them: it takes some 16 s, and the builds the tests start meanwhile
// would have waited for it.
//
// It reads the types Astro generates for the content (.astro/) from a copy. Every build
// writes .astro/ again (the variants the run builds in the background, `astro dev` in
// dev.test.ts), not in one step, so the check could read a file while it is being
// written. The run's set-up (tests/setup/chromium.ts) copies .astro/ before it starts any
// build: as `npm run build` left it, for the handbook itself, as `astro check` would
// generate it.
import fs from 'node:fs';
import path from 'node:path';

export const TYPES_COPY = path.resolve('.build', 'types');

/**
 * Copies .astro/ and writes a tsconfig that uses the copy; false when there is nothing to
 * copy. An older copy goes first either way, so the check never reads stale types (it
 * fails instead, asking for a build).
 */
export function copyGeneratedTypes(): boolean {
  const source = path.resolve('.astro');
  fs.rmSync(TYPES_COPY, { recursive: true, force: true });
  if (!fs.existsSync(path.join(source, 'types.d.ts'))) return false;
  fs.cpSync(source, path.join(TYPES_COPY, 'astro'), { recursive: true });
  const tsconfig = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8')) as { include: string[] };
  const include = tsconfig.include.map((p) => (p === '.astro/types.d.ts' ? 'astro/types.d.ts' : path.relative(TYPES_COPY, path.resolve(p))));
  if (!include.includes('astro/types.d.ts')) throw new Error('tsconfig.json noemt .astro/types.d.ts niet meer in "include"; pas tests/helpers/type-check.ts aan.');
  fs.writeFileSync(path.join(TYPES_COPY, 'tsconfig.json'), `${JSON.stringify({ extends: path.relative(TYPES_COPY, path.resolve('tsconfig.json')), include }, null, 2)}\n`);
  return true;
}
