// The handbook is written in its own words. This runs the shared copy check
// (../shared/tools/copycheck.mjs) both ways and fails on:
//   - any copied run of 8+ words that is not a bibliographic citation, and
//   - any sentence that follows a source passage too closely (--near),
// except the few fact phrases listed, each with its reason, in
// .ci/copycheck-allow.txt (at most 10), and the titles of cited works in
// content/bronnen.yaml, which are bibliographic data and must stay as published.
//
//   node scripts/check-own-words.mjs        (from the project root; CI runs it)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const MAX_ALLOWED = 10;
const tool = path.resolve('..', 'shared', 'tools', 'copycheck.mjs');
if (!fs.existsSync(tool)) {
  console.log(`check-own-words: ${tool} ontbreekt; de controle op eigen woorden is overgeslagen.`);
  process.exit(0);
}

const allowFile = path.join('.ci', 'copycheck-allow.txt');
const allowed = fs.readFileSync(allowFile, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
if (allowed.length > MAX_ALLOWED) fail(`${allowFile} noemt ${allowed.length} zinsdelen; hoogstens ${MAX_ALLOWED}. Herschrijf de rest in eigen woorden.`);

const norm = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const allowedNorm = allowed.map(norm);
// Authors and titles of cited works are bibliographic data, written as published.
const titles = parse(fs.readFileSync(path.join('content', 'bronnen.yaml'), 'utf8')).flatMap((w) => [norm(String(w.title ?? '')), norm(String(w.authors ?? ''))]);
const isAllowed = (text) => allowedNorm.some((a) => norm(text).includes(a));
const isTitle = (f) => f.file.endsWith('bronnen.yaml') && titles.some((t) => t && t.includes(norm(f.text).replace(/ year$/, '')));

function run(args) {
  try {
    return JSON.parse(execFileSync(process.execPath, [tool, ...args, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  } catch (e) {
    // copycheck exits 1 when it finds something; its report is still on stdout.
    return JSON.parse(e.stdout);
  }
}

const inAllowFile = (f) => path.normalize(f.file) === path.normalize(allowFile);
const copied = run([]).findings.filter((f) => !f.citation && !inAllowFile(f) && !isAllowed(f.text));
const near = run(['--near']).near.filter((f) => !inAllowFile(f) && !isTitle(f) && !isAllowed(f.text));

for (const f of copied) console.log(`COPIED  ${f.file}:${f.line}  "${f.text}"`);
for (const f of near) console.log(`NEAR ${Math.round(f.ratio * 100)}%  ${f.file}:${f.line}  (${f.source})  "${f.text}"`);
console.log(`check-own-words: ${copied.length} copied run(s), ${near.length} sentence(s) too close to a source; ${allowed.length} accepted in ${allowFile}.`);
if (copied.length || near.length) fail('Schrijf deze zinnen in eigen woorden (zie content/README.md, "Schrijfregels").');

function fail(message) {
  console.error(message);
  process.exit(1);
}
