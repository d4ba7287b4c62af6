// Bad content stops the build with a message that names the file, the field and
// the fix, and the previous dist/ survives untouched.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExpectingFailure } from './helpers/variant.ts';
import { checkBrandFolder } from '../scripts/check.ts';

/** A throw-away copy of the project (node_modules linked) with an old dist/ in it. */
function projectCopy(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-broken-'))): string {
  for (const f of ['content', 'src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    fs.cpSync(path.resolve(f), path.join(dir, f), { recursive: true });
  }
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'dist', 'index.html'), 'previous build');
  return dir;
}

/**
 * The build's first step (brand and content checked before anything is built), run in
 * this process the way scripts/check.ts does it, with the same checks and messages.
 * That a failure there stops the build with "dist/ is niet veranderd" and keeps dist/
 * is proven end to end by the first test below (also a first-step failure); the
 * broken link (found while Astro builds) and Ctrl-C go through the build as well.
 */
function firstStep(dir: string): string {
  const result = checkBrandFolder(undefined, dir);
  expect(result.ok, 'de controle had moeten falen').toBe(false);
  return result.ok ? '' : result.message;
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
    expect(output).toContain('veld "principel": onbekende sleutel; bedoel je "principle"?');
    expect(output).toContain('content/stappen/positief-klimaat.mdx klopt niet');
    expect(output).toContain('dist/ is niet veranderd');
    expect(fs.readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(fs.readdirSync(path.join(dir, '.build')).filter((f) => f.startsWith('dist-'))).toEqual([]);
  });

  it('names both ends of a broken internal link, with its line and no bundler stack trace', () => {
    const dir = projectCopy();
    const lines = fs.readFileSync(path.join(dir, 'content/pages/inleiding.mdx'), 'utf8').split('\n').length;
    edit(dir, 'content/pages/inleiding.mdx', (s) => `${s}\nZie ook [het carrousel](/gereedschap/carousel/).\n`);
    // A build that was killed left its half-built folder behind; this build removes it.
    fs.mkdirSync(path.join(dir, '.build', 'dist-999999999', 'stappen'), { recursive: true });
    const { code, output } = buildExpectingFailure(['--no-pdf'], {}, dir);
    expect(code).toBe(1);
    expect(output).toContain(`content/pages/inleiding.mdx heeft 1 kapotte link(s):\n  - regel ${lines + 1}: link "/gereedschap/carousel/": bedoel je "/gereedschap/carrousel/"?`);
    expect(output).not.toMatch(/undefined:undefined|\n\s+at\s|MDXError|Build failed/);
    expect(fs.readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(fs.readdirSync(path.join(dir, '.build')).filter((f) => f.startsWith('dist-'))).toEqual([]);
  });

  it('tells a YAML syntax error in the front-matter in Dutch, at the line of the file', () => {
    const dir = projectCopy();
    edit(dir, 'content/gereedschap/dialoog.mdx', (s) => s.replace(/^title: (.*)$/m, 'title: Dialoog: een gesprek'));
    const line = fs.readFileSync(path.join(dir, 'content/gereedschap/dialoog.mdx'), 'utf8').split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    const output = firstStep(dir);
    expect(output).toContain(`content/gereedschap/dialoog.mdx, regel ${line}: geen geldige YAML.\n    title: Dialoog: een gesprek\n  er staat een dubbele punt met een spatie in een tekst`);
  });

  it('tells a YAML syntax error in book.yaml in Dutch, at its line', () => {
    const dir = projectCopy();
    edit(dir, 'content/book.yaml', (s) => s.replace(/^(\s*)tools: \[dialoog, betrokkenheidsmodel, kleuren-van-verandering\]/m, '$1tools: [dialoog, betrokkenheidsmodel, kleuren-van-verandering'));
    const line = fs.readFileSync(path.join(dir, 'content/book.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('tools: [dialoog, betrokkenheidsmodel, kleuren-van-verandering')) + 1;
    const output = firstStep(dir);
    expect(output).toContain(`content/book.yaml, regel ${line}: geen geldige YAML.`);
    expect(output).not.toMatch(/at line \d+, column/);
  });

  it('names a cross-reference to a tool that does not exist', () => {
    const dir = projectCopy();
    edit(dir, 'content/book.yaml', (s) => s.replace('tools: [dialoog, betrokkenheidsmodel, kleuren-van-verandering]', 'tools: [dialogen, betrokkenheidsmodel, kleuren-van-verandering]'));
    const output = firstStep(dir);
    expect(output).toMatch(/content\/book\.yaml: .*verwijst naar gereedschap "dialogen"/);
  });
});

/** Mounts a small RAM disk (root only, as in CI); undefined where that is not allowed. */
function tinyDisk(megabytes: number): string | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-vol-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return undefined;
  }
}

describe('a build that cannot finish', () => {
  const disk = process.getuid?.() === 0 ? tinyDisk(3) : undefined;
  it.skipIf(!disk)('says in Dutch that the disk is full, and keeps dist/', () => {
    try {
      projectCopy(disk);
      const { code, output } = buildExpectingFailure(['--no-pdf'], {}, disk);
      expect(code).toBe(1);
      expect(output).toContain('De schijf is vol');
      expect(output).not.toMatch(/panic|ENOSPC|\n\s+at\s/);
      expect(fs.readFileSync(path.join(disk!, 'dist', 'index.html'), 'utf8')).toBe('previous build');
      expect(fs.readdirSync(path.join(disk!, '.build')).filter((f) => f.startsWith('dist-'))).toEqual([]);
    } finally {
      execFileSync('umount', [disk!]);
    }
  }, 240_000);

  it('stops on Ctrl-C during the PDFs: removes the half-built folder, closes Chromium, keeps dist/', async () => {
    const dir = projectCopy();
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', path.resolve('scripts/build.ts')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // The profile folders of the Chromiums the build started: they name its processes.
    const profiles = (): string[] => {
      try {
        const lines = execFileSync('pgrep', ['-a', '-P', String(child.pid)]).toString();
        return [...new Set([...lines.matchAll(/--user-data-dir=(\S+)/g)].map((m) => m[1]!))];
      } catch {
        return [];
      }
    };
    const running = (profile: string): boolean => {
      try {
        execFileSync('pgrep', ['-f', profile]);
        return true;
      } catch {
        return false;
      }
    };
    let seen: string[] = [];
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Wait until the PDFs are being made and Chromium runs, then press Ctrl-C.
    while (!/PDF's maken/.test(output) || !(seen = profiles()).length) {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen.length, output).toBeGreaterThan(0);
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(output).toContain('De build is afgebroken (Ctrl-C); dist/ is niet veranderd.');
    // The build has exited; its Chromiums go with it. Wait for that (at most 5 s), not a fixed time.
    for (const t0 = Date.now(); seen.some(running) && Date.now() - t0 < 5000; ) await new Promise((r) => setTimeout(r, 50));
    expect(seen.filter(running)).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(fs.readdirSync(path.join(dir, '.build')).filter((f) => f.startsWith('dist-'))).toEqual([]);
  }, 240_000);
});
