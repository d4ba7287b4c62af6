#!/usr/bin/env node
// samen-leren: a school's own copy of the handbook, built from the school's own
// folder (brand.yaml, logo, own pages) without a fork of this project.
//
//   npx samen-leren build [--brand <map>]… [--brands <map>] [--out <map>] [--no-pdf]
//   npx samen-leren check [--brand <map>]…
//   npx samen-leren dev   [--brand <map>]
//   npx samen-leren init  <map>
//
// Why a copy: the handbook (content/, src/, scripts/, the Astro config) lives in
// this package, which npm puts under node_modules/. Node does not run TypeScript
// from node_modules, and Tailwind and Vite skip node_modules when they scan for
// sources. So the launcher copies those files (about 1.3 MB) into the school's
// .build/app/ and runs the ordinary build there, with the brand folder and dist/
// given as absolute paths. dist/ and the work folder (.build/) are in the school's
// folder; the copy is refreshed on every run, so `npm update samen-leren` is enough.
// Plain JavaScript on purpose: this file runs from node_modules.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const pkgDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const caller = process.cwd();
/** What the build needs at run time (the same list as `files` in package.json, without bin/ and templates/). */
export const APP_FILES = ['content', 'src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const NODE_TS = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'];

const USAGE = `samen-leren ${pkg.version}: een eigen versie van het handboek Samen leren voor je school.

  npx samen-leren build              bouwt de site en de PDF's uit deze map (brand.yaml) in dist/
  npx samen-leren build --no-pdf     zonder PDF's (sneller, zonder browser)
  npx samen-leren build --brand a --brand b
                                     bouwt meer merkmappen, elk in dist/<map>/
  npx samen-leren build --brands scholen
                                     bouwt elke merkmap in de map scholen/, elk in dist/<map>/
                                     (--jobs 2: twee tegelijk; standaard één per twee processorkernen)
  npx samen-leren check              controleert brand.yaml en je eigen pagina's, zonder te bouwen
  npx samen-leren dev                toont de site terwijl je schrijft
  npx samen-leren init <map>         maakt een nieuwe map voor je school om in te vullen

Opties: --out <map> (standaard dist), --brand <map> (standaard deze map, als hier een brand.yaml staat).
Zie README.md in je map of https://www.npmjs.com/package/samen-leren.`;

export class UsageError extends Error {}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parse(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        brand: { type: 'string', multiple: true },
        brands: { type: 'string' },
        out: { type: 'string' },
        'no-pdf': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
    const message = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `Onbekende optie ${option}.`
      : e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `De optie ${option} heeft een map nodig, bijvoorbeeld ${option} handboek-onze-school.`
      : e.message;
    throw new UsageError(`${message}\n\n${USAGE}`);
  }
}

/** The brand folders of this run, absolute; [] means the project's own brand. */
export function brandFolders(values, cwd = caller) {
  const folders = (values.brand ?? []).map((b) => path.resolve(cwd, b));
  if (values.brands) {
    const parent = path.resolve(cwd, values.brands);
    if (!fs.existsSync(parent) || !fs.statSync(parent).isDirectory()) throw new UsageError(`--brands ${values.brands}: die map bestaat niet.`);
    const found = fs.readdirSync(parent, { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(parent, d.name, 'brand.yaml')))
      .map((d) => path.join(parent, d.name))
      .sort();
    if (!found.length) throw new UsageError(`--brands ${values.brands}: daarin staat geen map met een brand.yaml.`);
    folders.push(...found);
  }
  if (folders.length) return [...new Set(folders)];
  if (process.env.SAMEN_LEREN_BRAND) return [path.resolve(cwd, process.env.SAMEN_LEREN_BRAND)];
  if (fs.existsSync(path.join(cwd, 'brand.yaml'))) return [cwd];
  return [];
}

/**
 * The folder the build runs in: the package itself in its own repository, else a
 * fresh copy in .build/app/ (.build/app-2/ … for builds that run at the same time:
 * each its own .astro/ and .build/).
 */
function appDir(name = 'app') {
  if (path.resolve(caller) === pkgDir && name === 'app') return pkgDir;
  const dir = path.join(caller, '.build', name);
  fs.mkdirSync(dir, { recursive: true });
  // node_modules/ (Astro's cache) and .astro/ stay; the handbook's own files are replaced.
  for (const f of APP_FILES) {
    fs.rmSync(path.join(dir, f), { recursive: true, force: true });
    if (fs.existsSync(path.join(pkgDir, f))) fs.cpSync(path.join(pkgDir, f), path.join(dir, f), { recursive: true });
  }
  // Installed with npm, the dependencies are in the school's node_modules/, which Node
  // finds from .build/app/ by walking up. Run from a checkout (npm link, the tests),
  // they are next to the package: link them in.
  let deps;
  try {
    deps = path.dirname(path.dirname(createRequire(path.join(pkgDir, 'package.json')).resolve('astro/package.json')));
  } catch {
    throw new UsageError('Astro is niet geïnstalleerd. Draai eerst npm install in deze map.');
  }
  const link = path.join(dir, 'node_modules');
  if (path.resolve(deps) !== path.join(caller, 'node_modules') && !fs.existsSync(link)) fs.symlinkSync(deps, link, 'junction');
  return dir;
}

/** The running steps: Ctrl-C reaches it too (same process group); a kill is passed on. Either way it cleans up first. */
const running = new Set();
let stopped = false;
function passSignalsOn() {
  process.on('SIGINT', () => (stopped = true));
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      stopped = true;
      for (const child of running) child.kill(signal);
      if (!running.size) process.exit(143);
    });
  }
}

/**
 * Runs a step in the app folder. Its messages name files relative to the app
 * folder ("../../brand.yaml") or absolute; the school reads them relative to its own folder.
 */
function run(app, args, env = {}, folders = [], label = '') {
  // Each path as the school reads it, in one pass (longest first): the school's folder
  // itself ("/…/school/brand.yaml", "../../brand.yaml" from .build/app/) and brand
  // folders elsewhere ("../scholen/de-es"), absolute or relative to .build/app/.
  const shown = new Map();
  for (const f of folders) {
    const rel = path.relative(caller, f);
    if (rel.startsWith('..')) {
      shown.set(f, rel);
      shown.set(path.relative(app, f), rel);
    }
  }
  for (const [from, to] of [...shown]) shown.set(`${from}${path.sep}`, `${to}${path.sep}`);
  shown.set(`${caller}${path.sep}`, '');
  shown.set(caller, '.');
  const fromApp = path.relative(app, caller);
  if (fromApp) shown.set(`${fromApp}${path.sep}`, '');
  const keys = [...shown.keys()].sort((a, b) => b.length - a.length);
  const paths = new RegExp(`(^|[\\s"'(:])(${keys.map(escape).join('|')})(?=$|[^\\w.-]|(?<=[/\\\\])[\\w.-])`, 'gm');
  const tidy = (text) =>
    text
      .replaceAll('npm run build:site -- --brand', 'npx samen-leren build --no-pdf --brand')
      .replaceAll('npm run build:site', 'npx samen-leren build --no-pdf')
      .replaceAll('npm run build -- --brand', 'npx samen-leren build --brand')
      .replace(paths, (_, before, p) => `${before}${shown.get(p)}`);
  // A build of several brands names each as it starts ("== 2/3: <folder> → <out>/"): from
  // there on its lines carry that brand's label. Each "De build is gestopt" is one brand that failed.
  let stops = 0;
  const labelled = (lines) =>
    lines
      .map((line) => {
        const brand = label && /^== \d+\/\d+: (.+) → /.exec(line)?.[1];
        if (brand) label = `[${path.basename(brand)}] `;
        if (line.startsWith('De build is gestopt')) stops++;
        const text = tidy(line);
        return text ? `${label}${text}` : text;
      })
      .join('\n');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: app, env: { ...process.env, ...env }, stdio: ['inherit', 'pipe', 'pipe'] });
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      let rest = '';
      from.setEncoding('utf8');
      from.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        if (lines.length) to.write(labelled(lines) + '\n');
      });
      from.on('end', () => rest && to.write(labelled([rest])));
    }
    running.add(child);
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), stops });
    });
  });
}

/** Where each brand's copy goes: dist/ for one brand, dist/<folder name>/ for several. */
export function outputs(folders, out = 'dist', cwd = caller) {
  const base = path.resolve(cwd, out);
  if (folders.length <= 1) return [base];
  const names = folders.map((f) => path.basename(f));
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new UsageError(`Twee merkmappen heten "${dup}"; elke school krijgt een map in ${out}/ met de naam van haar merkmap. Geef ze verschillende namen.`);
  return names.map((n) => path.join(base, n));
}

/** How many brands are built at the same time: --jobs, or one per two cores (a build keeps about two cores busy with its PDFs). */
export function jobCount(value, brands, cores = os.availableParallelism()) {
  if (value !== undefined && !/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs ${value}: geef een aantal, bijvoorbeeld --jobs 2.`);
  return Math.max(1, Math.min(brands, value ? Number(value) : Math.floor(cores / 2)));
}

async function build(values) {
  const folders = brandFolders(values);
  const outs = outputs(folders, values.out);
  const jobs = jobCount(values.jobs, folders.length);
  const apps = Array.from({ length: jobs }, (_, i) => appDir(i ? `app-${i + 1}` : 'app'));
  const env = process.env.SAMEN_LEREN_BRAND ? { SAMEN_LEREN_BRAND: path.resolve(caller, process.env.SAMEN_LEREN_BRAND) } : {};
  if (!folders.length && apps[0] !== pkgDir) console.log('Hier staat geen brand.yaml en er is geen --brand: dit wordt het handboek zonder eigen merk.\n');
  if (jobs > 1) console.log(`${folders.length} merkmappen, ${jobs} tegelijk.`);
  const started = performance.now();
  // Each job is one build process for its share of the brands, one after the other: they
  // share the warmed-up build and one Chromium for their PDFs (scripts/build.ts).
  const all = (folders.length ? folders : [undefined]).map((folder, i) => ({ folder, out: outs[i] }));
  const groups = apps.map((_, j) => all.filter((_, i) => i % jobs === j));
  let failed = 0;
  async function worker(app, group) {
    if (stopped || !group.length) return;
    // For hosts that read it (Netlify, Cloudflare Pages): --host-headers writes the Content-Security-Policy.
    const args = [...NODE_TS, 'scripts/build.ts', '--host-headers'];
    for (const { folder, out } of group) args.push(...(folder ? ['--brand', folder] : []), '--out', out);
    if (values['no-pdf']) args.push('--no-pdf');
    const label = jobs > 1 ? `[${path.basename(group[0].folder)}] ` : '';
    const result = await run(app, args, env, folders, label);
    failed += result.stops || (result.code ? group.length : 0);
  }
  await Promise.all(apps.map((app, j) => worker(app, groups[j])));
  if (stopped) return 130;
  if (folders.length > 1) {
    const s = ((performance.now() - started) / 1000).toFixed(1);
    console.log(failed ? `\n${failed} van de ${folders.length} merkmappen zijn niet gebouwd (zie hierboven); de andere staan in ${values.out ?? 'dist'}/ (${s} s).` : `\nAlle ${folders.length} merkmappen gebouwd in ${values.out ?? 'dist'}/ (${s} s).`);
  }
  return failed ? 1 : 0;
}

async function check(values) {
  const folders = brandFolders(values);
  const app = appDir();
  return (await run(app, [...NODE_TS, 'scripts/check.ts', ...folders], {}, folders)).code;
}

async function dev(values) {
  const folders = brandFolders(values);
  if (folders.length > 1) throw new UsageError('dev toont één merkmap tegelijk: geef één --brand.');
  const app = appDir();
  const astroPkg = createRequire(path.join(app, 'package.json')).resolve('astro/package.json');
  const astro = path.join(path.dirname(astroPkg), JSON.parse(fs.readFileSync(astroPkg, 'utf8')).bin.astro);
  const { code } = await run(app, [...NODE_TS, 'scripts/check.ts', ...folders], {}, folders);
  if (code) return code;
  return (await run(app, [astro, 'dev'], folders.length ? { SAMEN_LEREN_BRAND: folders[0] } : {}, folders)).code;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (command === '--version' || command === '-v') {
    console.log(pkg.version);
    return 0;
  }
  const { values, positionals } = parse(rest);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  switch (command) {
    case 'build':
      if (positionals.length) throw new UsageError(`Onbekend: ${positionals.join(' ')}. Een merkmap geef je op met --brand <map>.`);
      return build(values);
    case 'check':
      return check(values);
    case 'dev':
      return dev(values);
    case 'init': {
      const { init } = await import('../scripts/init.mjs');
      return init(positionals[0], { cwd: caller, pkgDir, version: pkg.version });
    }
    default:
      throw new UsageError(`Onbekende opdracht "${command}".\n\n${USAGE}`);
  }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // exitCode, not exit(): the last messages of a step may still be on their way to a pipe.
  passSignalsOn();
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e instanceof UsageError ? e.message : e);
      process.exitCode = e instanceof UsageError ? 2 : 1;
    },
  );
}
