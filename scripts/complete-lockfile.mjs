// Completes package-lock.json so that `npm ci` works on every platform.
//
// Some registry mirrors (like the one this project is developed behind) do not
// serve other platforms' optional binaries (e.g. @astrojs/compiler-binding-darwin-arm64).
// npm then leaves them out of the lock file, and `npm ci` refuses the lock as
// out of sync. This adds each missing optional package with its version and its
// platform (os/cpu/libc, from its name), so npm skips it on other platforms.
// Run after every `npm install` that changes the lock: node scripts/complete-lockfile.mjs
import fs from 'node:fs';
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const guess = (name) => {
  const n = name.split('/').pop();
  const os = ['android','darwin','linux','win32','freebsd','windows','wasm32'].find((o) => n.includes(o));
  const cpu = ['arm64','x64','arm','riscv64','ia32','wasm32'].find((c) => n.includes(`-${c}`));
  const entry = {};
  if (os === 'wasm32') entry.cpu = ['wasm32'];
  else { if (os) entry.os = [os === 'windows' ? 'win32' : os]; if (cpu) entry.cpu = [cpu]; }
  if (n.includes('musl')) entry.libc = ['musl'];
  else if (n.includes('gnu')) entry.libc = ['glibc'];
  return entry;
};
let added = 0;
for (const [loc, meta] of Object.entries(pk)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pk[key]) continue;
    pk[key] = { version: spec.replace(/^[\^~]/, ''), optional: true, ...guess(dep) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
