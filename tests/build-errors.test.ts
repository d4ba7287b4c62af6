// Bad content stops the build with a message that names the file, the field and
// the fix, and the previous dist/ survives untouched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExpectingFailure } from './helpers/variant.ts';

/** A throw-away copy of the project (node_modules linked) with an old dist/ in it. */
function projectCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-broken-'));
  for (const f of ['content', 'src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    fs.cpSync(path.resolve(f), path.join(dir, f), { recursive: true });
  }
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'dist', 'index.html'), 'previous build');
  return dir;
}

function edit(dir: string, file: string, change: (s: string) => string): void {
  const p = path.join(dir, file);
  fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
}

describe('a build with bad content', () => {
  it('names the file and field of invalid front-matter, suggests the key, and keeps dist/', () => {
    const dir = projectCopy();
    edit(dir, 'content/gereedschap/dialoog.mdx', (s) => s.replace(/^principle:/m, 'principel:'));
    edit(dir, 'content/stappen/positief-klimaat.mdx', (s) => s.replace(/^reflection:/m, 'reflectie:'));
    const { code, output } = buildExpectingFailure(['--no-pdf'], {}, dir);
    expect(code).toBe(1);
    expect(output).toContain('content/gereedschap/dialoog.mdx klopt niet');
    expect(output).toContain('veld "principle": ontbreekt');
    expect(output).toContain('(bedoel je "principle"?)');
    expect(output).toContain('content/stappen/positief-klimaat.mdx klopt niet');
    expect(output).toContain('dist/ is niet veranderd');
    expect(fs.readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(fs.readdirSync(path.join(dir, '.build')).filter((f) => f.startsWith('dist-'))).toEqual([]);
  });

  it('names both ends of a broken internal link', () => {
    const dir = projectCopy();
    edit(dir, 'content/pages/inleiding.mdx', (s) => `${s}\n\nZie ook [het carrousel](/gereedschap/carousel/).\n`);
    const { code, output } = buildExpectingFailure(['--no-pdf'], {}, dir);
    expect(code).toBe(1);
    expect(output).toContain('content/pages/inleiding.mdx');
    expect(output).toContain('link "/gereedschap/carousel/": bedoel je "/gereedschap/carrousel/"?');
    expect(fs.readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  });

  it('names a cross-reference to a tool that does not exist', () => {
    const dir = projectCopy();
    edit(dir, 'content/book.yaml', (s) => s.replace('tools: [dialoog, betrokkenheidsmodel, kleuren-van-verandering]', 'tools: [dialogen, betrokkenheidsmodel, kleuren-van-verandering]'));
    const { code, output } = buildExpectingFailure(['--no-pdf'], {}, dir);
    expect(code).toBe(1);
    expect(output).toMatch(/content\/book\.yaml: .*verwijst naar gereedschap "dialogen"/);
    expect(fs.readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  });
});
