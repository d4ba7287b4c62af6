// The Nu HTML Checker (npm vnu-jar, run with Java) over every HTML file of a
// built site, in one run: the errors, as "page: message" lines.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

export function htmlErrors(dir: string): string[] {
  let output: string;
  try {
    output = execFileSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; code?: string };
    if (err.code === 'ENOENT') throw new Error('Java ontbreekt: de Nu HTML Checker heeft Java nodig (Debian: apt-get install default-jre-headless).');
    // vnu exits 1 when it finds errors; the report is on stderr.
    output = err.stderr || err.stdout || '';
  }
  // Without errors vnu writes nothing; with errors one JSON object.
  const report = (output.trim() ? JSON.parse(output.slice(output.indexOf('{'))) : { messages: [] }) as { messages: { type: string; url?: string; message: string; lastLine?: number }[] };
  return report.messages
    .filter((m) => m.type === 'error')
    .map((m) => `${path.relative(dir, (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? '?'}: ${m.message}`);
}
