// `astro check`: TypeScript with Astro's strictest settings over every .astro and .ts
// file of the project (src, scripts, tests), errors only. It runs here, next to the other
// test files, on a copy of the generated content types (tests/helpers/type-check.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TYPES_COPY } from './helpers/type-check.ts';

const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

describe('the types', () => {
  it('check out: astro check finds no error in any .astro or .ts file', () => {
    const tsconfig = path.join(TYPES_COPY, 'tsconfig.json');
    expect(fs.existsSync(tsconfig), 'geen gegenereerde types om te controleren: bouw eerst het handboek (npm run build)').toBe(true);
    const r = spawnSync(process.execPath, [astro, 'check', '--noSync', '--tsconfig', tsconfig, '--minimumSeverity', 'error'], { encoding: 'utf8' });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status, output).toBe(0);
    // It really looked: every file of src/, scripts/ and tests/.
    const files = Number(/Result \((\d+) files\)/.exec(output)?.[1]);
    expect(files, output).toBeGreaterThan(150);
  }, 300_000);
});
