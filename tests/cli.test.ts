// `samen-leren` as a command (bin/samen-leren.mjs): the package as npm packs it,
// installed in a school's folder made by `samen-leren init`, builds that school's
// copy into the school's own dist/; a broken brand.yaml stops it with the usual
// message and leaves dist/ as it was; one command builds several schools.
//
// The tarball is installed the way npm lays it out (node_modules/samen-leren, the
// command in node_modules/.bin), but without the registry: the dependencies are
// links into this project's node_modules. `npm install <tarball> --offline` needs
// every package's metadata in the npm cache, which CI does not have, and a real
// install of Astro and its dependencies takes minutes.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../scripts/check-links.ts';
import { CSP } from '../src/lib/shared/csp.ts';
import { DIST } from './helpers/dist.ts';

const PROJECT = path.resolve('.');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
let tmp: string;
let tarball: string;

function unpack(into: string): void {
  fs.mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
}

/** npm's layout for `npm install <tarball>`, with the dependencies linked from this project. */
function install(school: string): void {
  const nm = path.join(school, 'node_modules');
  fs.mkdirSync(path.join(nm, '.bin'), { recursive: true });
  for (const name of fs.readdirSync(path.join(PROJECT, 'node_modules'))) {
    if (name.startsWith('.') || name === 'samen-leren') continue;
    fs.symlinkSync(path.join(PROJECT, 'node_modules', name), path.join(nm, name));
  }
  unpack(path.join(nm, 'samen-leren'));
  fs.symlinkSync('../samen-leren/bin/samen-leren.mjs', path.join(nm, '.bin', 'samen-leren'));
}

/** `npx samen-leren …` in a folder. */
function samenLeren(cwd: string, args: string[]): { code: number; output: string; stdout: string } {
  const r = spawnSync(process.execPath, [path.join(cwd, 'node_modules', '.bin', 'samen-leren'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SAMEN_LEREN_BRAND: '', SAMEN_LEREN_BASE: '', BASE_URL: '' },
  });
  return { code: r.status ?? 1, output: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

/** A new school folder, as `npx samen-leren init <folder>` writes it, with the package installed. */
function newSchool(name: string, edit?: (brandYaml: string) => string): string {
  const starter = path.join(tmp, 'npx-cache');
  if (!fs.existsSync(starter)) unpack(starter);
  const r = spawnSync(process.execPath, [path.join(starter, 'bin', 'samen-leren.mjs'), 'init', name], { cwd: tmp, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const school = path.join(tmp, name);
  if (edit) fs.writeFileSync(path.join(school, 'brand.yaml'), edit(fs.readFileSync(path.join(school, 'brand.yaml'), 'utf8')));
  install(school);
  return school;
}

const page = (dist: string, p = '') => fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8');

/** The site's own stylesheets (the brand's colours are in _brand/, not here), by file name. */
function siteCss(dist: string): Record<string, string> {
  const dir = path.join(dist, '_astro');
  if (!fs.existsSync(dir)) throw new Error(`${dir} ontbreekt: bouw eerst het handboek (npm run build).`);
  return Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.css')).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-cli-'));
  const out = execFileSync('npm', ['pack', '--pack-destination', tmp, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(tmp, info!.filename);
  const files = info!.files.map((f) => f.path);
  // Only what a school needs: no tests, no build output.
  expect(files).toContain('bin/samen-leren.mjs');
  expect(files).toContain('content/book.yaml');
  expect(files).toContain('templates/starter/brand.yaml');
  expect(files.filter((f) => /^(tests|\.build|dist|node_modules)\/|\.test\.ts$/.test(f))).toEqual([]);
}, 120_000);
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('which brand folders, and where their copies go', () => {
  const board = () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'kiezen-'));
    for (const d of ['de-es', 'de-eik', 'geen-merk']) fs.mkdirSync(path.join(dir, 'scholen', d), { recursive: true });
    for (const d of ['de-es', 'de-eik']) fs.writeFileSync(path.join(dir, 'scholen', d, 'brand.yaml'), 'name: x\n');
    return dir;
  };

  it('takes the brand.yaml of the current folder when no brand is given, and the handbook\'s own brand without one', async () => {
    const { brandFolders } = await import('../bin/samen-leren.mjs');
    const dir = board();
    expect(brandFolders({}, dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, 'brand.yaml'), 'name: x\n');
    expect(brandFolders({}, dir)).toEqual([dir]);
    expect(brandFolders({ brand: ['scholen/de-es'] }, dir)).toEqual([path.join(dir, 'scholen', 'de-es')]);
  });

  it('finds every brand folder in --brands, and gives each its own output folder', async () => {
    const { brandFolders, outputs, UsageError } = await import('../bin/samen-leren.mjs');
    const dir = board();
    const folders = brandFolders({ brands: 'scholen' }, dir);
    expect(folders).toEqual([path.join(dir, 'scholen', 'de-eik'), path.join(dir, 'scholen', 'de-es')]);
    expect(outputs(folders, 'site', dir)).toEqual([path.join(dir, 'site', 'de-eik'), path.join(dir, 'site', 'de-es')]);
    expect(outputs([folders[0]], undefined, dir)).toEqual([path.join(dir, 'dist')]);
    expect(() => outputs([folders[0], path.join(dir, 'elders', 'de-eik')], 'dist', dir)).toThrow(UsageError);
    expect(() => brandFolders({ brands: 'scholen/geen-merk' }, dir)).toThrow(/geen map met een brand.yaml/);
  });

  it('builds one brand per two cores at a time, or as many as --jobs says', async () => {
    const { jobCount } = await import('../bin/samen-leren.mjs');
    expect(jobCount(undefined, 5, 2)).toBe(1);
    expect(jobCount(undefined, 5, 4)).toBe(2);
    expect(jobCount(undefined, 1, 8)).toBe(1);
    expect(jobCount('3', 2, 2)).toBe(2);
    expect(() => jobCount('twee', 2, 2)).toThrow(/--jobs twee/);
  });
});

describe('samen-leren init', () => {
  it('writes a starter that passes the checks, depending on this version', () => {
    const school = newSchool('starter');
    for (const f of ['brand.yaml', 'logo.svg', 'paginas/zo-leren-wij-samen.mdx', 'README.md', '.gitignore', '.github/workflows/handboek.yml']) {
      expect(fs.existsSync(path.join(school, f)), f).toBe(true);
    }
    const json = JSON.parse(fs.readFileSync(path.join(school, 'package.json'), 'utf8'));
    expect(json.dependencies).toEqual({ 'samen-leren': `^${pkg.version}` });
    const readme = fs.readFileSync(path.join(school, 'README.md'), 'utf8');
    expect(readme).toContain('npm install');
    expect(readme).toContain('npx samen-leren build');
    expect(readme).toContain('npm update samen-leren');
    const check = samenLeren(school, ['check']);
    expect(check.output).toContain('In orde: brand.yaml (Onze school, 1 eigen pagina)');
    expect(check.code).toBe(0);
    // init writes nothing over an existing folder.
    const again = spawnSync(process.execPath, [path.join(tmp, 'npx-cache', 'bin', 'samen-leren.mjs'), 'init', 'starter'], { cwd: tmp, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('bestaat al');
  }, 120_000);
});

describe('samen-leren build, in a school\'s folder', () => {
  let school: string;

  it('builds the school\'s copy with its PDFs into its own dist/, under its base path, with every link resolving', () => {
    school = newSchool('obs-de-linde', (s) =>
      s.replace('name: Onze school', 'name: OBS De Linde, Deventer').replace('shortName: Onze school', 'shortName: De Linde').replace('base: /', 'base: /handboek/'));
    // A school's folder is a git repository (the starter brings a GitHub workflow): there
    // Tailwind's source detection once took class names from .build/app/ (Node's compile
    // cache, the linked node_modules) into the school's CSS (issue 18).
    expect(spawnSync('git', ['init', '-q'], { cwd: school }).status).toBe(0);
    const r = samenLeren(school, ['build']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('Klaar: dist/');
    const dist = path.join(school, 'dist');
    expect(fs.statSync(path.join(dist, 'pdf', 'samen-leren.pdf')).size).toBeGreaterThan(100_000);
    expect(page(dist)).toContain('href="/handboek/pdf/samen-leren.pdf"');
    // For Netlify and Cloudflare Pages: the policy of src/lib/shared/csp.ts on every page.
    expect(fs.readFileSync(path.join(dist, '_headers'), 'utf8')).toBe(`/*\n  Content-Security-Policy: ${CSP}\n  X-Content-Type-Options: nosniff\n`);
    expect(page(dist)).toContain('OBS De Linde, Deventer');
    expect(page(dist, 'zo-leren-wij-samen')).toContain('Zo leren wij samen');
    expect(page(dist, 'zo-leren-wij-samen')).toContain('href="/handboek/gereedschap/collegiale-consultatie/"');
    expect(findBrokenLinks(dist, '/handboek/')).toEqual([]);
    // The school's CSS is the handbook's own, byte for byte: its colours come from _brand/.
    expect(siteCss(dist)).toEqual(siteCss(DIST));
    // The work folder is the school's; the package's folder gets no build.
    expect(fs.existsSync(path.join(school, '.build', 'app', 'content', 'book.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(school, 'node_modules', 'samen-leren', 'dist'))).toBe(false);
    expect(fs.readdirSync(path.join(school, '.build', 'app', '.build')).filter((f) => f.startsWith('dist-'))).toEqual([]);
  }, 900_000);

  it('stops on a broken brand.yaml with the same message as `check`, naming the school\'s own file, and keeps dist/', () => {
    const before = page(path.join(school, 'dist'));
    const yaml = path.join(school, 'brand.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace('"#1f4e79"', '"#7fa3c8"'));
    const build = samenLeren(school, ['build', '--no-pdf']);
    expect(build.code).toBe(1);
    const message = 'brand.yaml klopt niet:\n  - veld "colours.primary": #7fa3c8 heeft te weinig contrast';
    expect(build.output).toContain(`\n${message}`);
    expect(build.output).toContain('Kies een donkerdere kleur, bijvoorbeeld "#59728c"');
    expect(build.output).toContain('dist/ is niet veranderd');
    expect(build.output).not.toContain(tmp);
    expect(page(path.join(school, 'dist'))).toBe(before);
    const check = samenLeren(school, ['check']);
    expect(check.code).toBe(1);
    expect(check.output.startsWith(message)).toBe(true);
  }, 300_000);
});

describe('samen-leren build for a school board', () => {
  it('builds several brand folders, two at a time, each into its own folder with its own name', () => {
    const board = newSchool('bestuur');
    for (const [dir, name] of [['de-es', 'Basisschool De Es'], ['de-eik', 'Basisschool De Eik']] as const) {
      fs.mkdirSync(path.join(board, 'scholen', dir), { recursive: true });
      for (const f of ['brand.yaml', 'logo.svg']) fs.copyFileSync(path.join(board, f), path.join(board, 'scholen', dir, f));
      const yaml = path.join(board, 'scholen', dir, 'brand.yaml');
      fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace('name: Onze school', `name: ${name}`).replace('base: /', `base: /${dir}/`).replace(/^pages:[\s\S]*$/m, ''));
    }
    const r = samenLeren(board, ['build', '--no-pdf', '--brands', 'scholen', '--jobs', '2']);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('[de-es] Klaar: dist/de-es/');
    expect(r.output).toContain('[de-eik] Klaar: dist/de-eik/');
    expect(r.output).toContain('Alle 2 merkmappen gebouwd in dist/');
    for (const [dir, name] of [['de-es', 'Basisschool De Es'], ['de-eik', 'Basisschool De Eik']] as const) {
      const dist = path.join(board, 'dist', dir);
      expect(page(dist)).toContain(name);
      expect(findBrokenLinks(dist, `/${dir}/`)).toEqual([]);
    }
    expect(page(path.join(board, 'dist', 'de-es'))).not.toContain('De Eik');
  }, 1_200_000);
});
