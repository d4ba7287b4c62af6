// Builds a variant of the handbook (another base path, a brand) into its own
// folder, once per test run, for tests that need more than the default dist/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface VariantOptions { base?: string; brand?: string; pdf?: boolean; env?: Record<string, string> }

const built = new Map<string, string>();

/** Returns the folder of the built variant; builds it if this run has not yet. */
export function buildVariant(name: string, options: VariantOptions = {}): string {
  const out = path.resolve('.build', 'variants', name);
  if (built.has(name)) return built.get(name)!;
  fs.rmSync(out, { recursive: true, force: true });
  const args = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/build.ts', '--out', out];
  if (!options.pdf) args.push('--no-pdf');
  if (options.brand) args.push('--brand', options.brand);
  execFileSync(process.execPath, args, {
    stdio: 'pipe',
    env: { ...process.env, ...(options.base ? { SAMEN_LEREN_BASE: options.base } : {}), ...options.env },
  });
  built.set(name, out);
  return out;
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
