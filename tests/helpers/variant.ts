// Builds a variant of the handbook (another base path, a brand) into its own
// folder, for tests that need more than the default dist/.
//
// Each variant is built once, not once per test file (issue 14): the build is kept
// in .build/variants/<name>/ with a key next to it (.build/variants/<name>.key),
// made from the variant's options, the environment the build reads, and a hash of
// every input of a build (content, src, scripts, public, the brand folder, the
// config and the lockfile). The next call, in this run or the next one, uses the
// kept build as long as that key is the same; any change to the inputs builds it
// again. Files that use the same brand and options use the same name.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface VariantOptions { base?: string; brand?: string; pdf?: boolean; env?: Record<string, string> }

/** The variants more than one file uses, under one name each. */
export const EXAMPLE_BRAND: [string, VariantOptions] = ['voorbeeld', { brand: 'content/brand-voorbeeld', pdf: true }];

/** Which test files use which shared variant: the run builds those ahead, in the background. */
export const VARIANT_USERS: Array<[[string, VariantOptions], string[]]> = [
  // Also the site under a base path (/scholen/de-wilg/) for the search, which once had a
  // build of its own for that (issue 14: one build fewer per run).
  [EXAMPLE_BRAND, ['tests/brand.test.ts', 'tests/browser/crawl.test.ts', 'tests/browser/offline.test.ts', 'tests/browser/search.test.ts']],
];

/**
 * Users of a variant that start early anyway: the crawl and the search check dist/ first
 * (about half their time), and by then the variant they need next is built. They are
 * among the longest files, so they go first; the other users go last (vitest.config.ts).
 */
export const EARLY_VARIANT_USERS = ['tests/browser/crawl.test.ts', 'tests/browser/search.test.ts'];

const VARIANTS = path.resolve('.build', 'variants');
/** What a build reads: the project's own inputs (relative to the project). */
const INPUTS = ['content', 'src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

function hashTree(hash: crypto.Hash, root: string, rel: string): void {
  const p = path.join(root, rel);
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (name === 'node_modules' || name === '.build' || name === 'dist' || name.endsWith('.test.ts')) continue;
      hashTree(hash, root, path.join(rel, name));
    }
  } else {
    hash.update(`${rel}\0${stat.size}\0`);
    hash.update(fs.readFileSync(p));
  }
}

let projectHash: string | undefined;
function inputsHash(): string {
  if (!projectHash) {
    const h = crypto.createHash('sha256');
    for (const rel of INPUTS) hashTree(h, process.cwd(), rel);
    projectHash = h.digest('hex');
  }
  return projectHash;
}

/** The key of a variant: its options, the environment the build reads, and its inputs. */
export function variantKey(options: VariantOptions): string {
  const h = crypto.createHash('sha256');
  h.update(inputsHash());
  const { brand, ...rest } = options;
  h.update(JSON.stringify({ ...rest, pdf: !!rest.pdf }));
  // The brand folder by its content, not its path (a temporary folder has a new name each run).
  if (brand) hashTree(h, path.resolve(brand), '.');
  // What the build reads from the environment (not the test run's own settings, SAMEN_LEREN_E2E_*).
  const env = Object.entries(process.env).filter(([k]) => /^(SAMEN_LEREN_(?!E2E_)|PAGEFIND_|PUPPETEER_EXECUTABLE_PATH$)/.test(k)).sort();
  h.update(JSON.stringify(env));
  return h.digest('hex');
}

const usedIn = new Map<string, string>();

function buildArgs(out: string, options: VariantOptions): { args: string[]; env: NodeJS.ProcessEnv } {
  const args = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/build.ts', '--out', out];
  if (!options.pdf) args.push('--no-pdf');
  if (options.brand) args.push('--brand', options.brand);
  return { args, env: { ...process.env, ...(options.base ? { SAMEN_LEREN_BASE: options.base } : {}), ...options.env } };
}

const isBuilt = (out: string, key: string) => fs.existsSync(`${out}.key`) && fs.readFileSync(`${out}.key`, 'utf8') === key && fs.existsSync(path.join(out, 'index.html'));

// Two test files may run at the same time (vitest.config.ts), and the run's set-up
// builds variants in the background: one lock per variant, so that a variant is built
// by one process at a time and nobody reads a half-written one. The lock is a file
// created with O_EXCL that holds the pid of the process that builds; a lock whose
// process is gone (a killed run) is stale and taken over. The build goes into a folder
// of its own and is moved into .build/variants/<name> in one rename; the key is
// written last, so a variant with a valid key is always complete.
const lockOf = (out: string) => `${out}.lock`;
const stagingOf = (out: string) => path.join(VARIANTS, '.staging', path.basename(out));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the variant's lock for `pid`; false if a living process holds it. */
function tryLock(out: string, pid = process.pid): boolean {
  fs.mkdirSync(VARIANTS, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockOf(out), String(pid), { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(fs.readFileSync(lockOf(out), 'utf8').trim() || 0);
      // Written but not yet filled in, or held by a living process: not ours.
      if (!holder || alive(holder)) return false;
      fs.rmSync(lockOf(out), { force: true });
    }
  }
  return false;
}

/** Moves a finished build from its staging folder into place, then writes its key. */
function publish(out: string, key: string): void {
  fs.rmSync(`${out}.key`, { force: true });
  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(stagingOf(out), out);
  fs.writeFileSync(`${out}.key`, key);
}

/** Returns the folder of the built variant; builds it if there is no build with the same key (or waits for the one being built). */
export function buildVariant(name: string, options: VariantOptions = {}): string {
  const out = path.join(VARIANTS, name);
  const key = variantKey(options);
  if (usedIn.has(name) && usedIn.get(name) !== key) throw new Error(`Variant "${name}" wordt met twee verschillende opties gebouwd; geef elke variant één naam.`);
  usedIn.set(name, key);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    if (isBuilt(out, key)) return out;
    if (!tryLock(out)) {
      // Another file, or the background build of the run's set-up, is building it: wait.
      Atomics.wait(pause, 0, 0, 250);
      continue;
    }
    try {
      if (isBuilt(out, key)) return out;
      const staging = stagingOf(out);
      fs.rmSync(staging, { recursive: true, force: true });
      const { args, env } = buildArgs(staging, options);
      execFileSync(process.execPath, args, { stdio: 'pipe', env });
      publish(out, key);
      return out;
    } finally {
      fs.rmSync(lockOf(out), { force: true });
    }
  }
}

/**
 * Starts building a variant in the background, at the start of the run, so that it is
 * ready (or nearly) when the first file that needs it asks for it with buildVariant().
 * Returns the build's process, or undefined if the kept build is still good or another
 * process holds its lock. A failed background build publishes nothing: buildVariant()
 * then builds again and shows the error.
 */
export function startVariantBuild(name: string, options: VariantOptions): ChildProcess | undefined {
  const out = path.join(VARIANTS, name);
  const key = variantKey(options);
  if (isBuilt(out, key) || !tryLock(out)) return undefined;
  const staging = stagingOf(out);
  fs.rmSync(staging, { recursive: true, force: true });
  const { args, env } = buildArgs(staging, options);
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, args, { stdio: 'ignore', env });
  } catch (e) {
    fs.rmSync(lockOf(out), { force: true });
    throw e;
  }
  // The lock now names the build's own process: if this run dies and the build with it, the lock is stale.
  if (child.pid) fs.writeFileSync(lockOf(out), String(child.pid));
  child.on('exit', (code) => {
    try {
      if (code === 0) publish(out, key);
    } finally {
      fs.rmSync(lockOf(out), { force: true });
    }
  });
  // A process that could not start has no 'exit': free the lock, buildVariant() builds it then.
  child.on('error', () => fs.rmSync(lockOf(out), { force: true }));
  return child;
}

/** Runs a build that is expected to fail; returns its output and exit code. */
export function buildExpectingFailure(args: string[], env: Record<string, string> = {}, cwd = process.cwd()): { code: number; output: string } {
  try {
    const out = execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', path.resolve('scripts/build.ts'), ...args], { stdio: 'pipe', env: { ...process.env, ...env }, cwd });
    return { code: 0, output: out.toString() };
  } catch (e) {
    const err = e as { status: number; stdout: Buffer; stderr: Buffer };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}
