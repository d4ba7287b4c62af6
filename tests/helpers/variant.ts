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
/** The site under another base path (tests/browser/search.test.ts). */
export const BASE_PATH: [string, VariantOptions] = ['base', { base: '/scholen/demo/' }];

/** Which test files use which shared variant: the run builds those ahead, in the background. */
export const VARIANT_USERS: Array<[[string, VariantOptions], string[]]> = [
  [EXAMPLE_BRAND, ['tests/brand.test.ts', 'tests/browser/crawl.test.ts', 'tests/browser/dark.test.ts', 'tests/browser/offline.test.ts']],
  [BASE_PATH, ['tests/browser/search.test.ts']],
];

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
  const env = Object.entries(process.env).filter(([k]) => /^(SAMEN_LEREN_|PAGEFIND_|PUPPETEER_EXECUTABLE_PATH$)/.test(k)).sort();
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

/** A build started in the background (startVariantBuild) leaves this file while it runs: its key and its process id. */
const markerOf = (out: string) => `${out}.building`;

function buildRunning(out: string, key: string): boolean {
  const marker = markerOf(out);
  if (!fs.existsSync(marker)) return false;
  const [k, pid] = fs.readFileSync(marker, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return false; // its process is gone
  }
  return k === key;
}

/** Returns the folder of the built variant; builds it if there is no build with the same key (or waits for one being built). */
export function buildVariant(name: string, options: VariantOptions = {}): string {
  const out = path.join(VARIANTS, name);
  const key = variantKey(options);
  if (usedIn.has(name) && usedIn.get(name) !== key) throw new Error(`Variant "${name}" wordt met twee verschillende opties gebouwd; geef elke variant één naam.`);
  usedIn.set(name, key);
  // Started in the background when the run began (tests/setup/chromium.ts): wait for it.
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (buildRunning(out, key)) Atomics.wait(pause, 0, 0, 250);
  if (isBuilt(out, key)) return out;
  fs.rmSync(`${out}.key`, { force: true });
  fs.rmSync(out, { recursive: true, force: true });
  const { args, env } = buildArgs(out, options);
  execFileSync(process.execPath, args, { stdio: 'pipe', env });
  fs.writeFileSync(`${out}.key`, key);
  return out;
}

/**
 * Starts building a variant in the background, at the start of the run, so that it is
 * ready (or nearly) when the first file that needs it asks for it with buildVariant().
 * Returns the build's process, or undefined if the kept build is still good. A failed
 * background build leaves no key: buildVariant() then builds again and shows the error.
 */
export function startVariantBuild(name: string, options: VariantOptions): ChildProcess | undefined {
  const out = path.join(VARIANTS, name);
  const key = variantKey(options);
  if (isBuilt(out, key)) return undefined;
  fs.rmSync(`${out}.key`, { force: true });
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(VARIANTS, { recursive: true });
  const { args, env } = buildArgs(out, options);
  const child = spawn(process.execPath, args, { stdio: 'ignore', env });
  fs.writeFileSync(markerOf(out), `${key}\n${child.pid}`);
  child.on('exit', (code) => {
    if (code === 0) fs.writeFileSync(`${out}.key`, key);
    fs.rmSync(markerOf(out), { force: true });
  });
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
