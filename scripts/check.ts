// samen-leren check: checks brand folders and their own pages the way the build
// does in its first step (scripts/build.ts), without building anything. Same
// checks, same messages.
//
//   node scripts/check.ts [<brand folder>…]     (no folder: the project's own brand)
import path from 'node:path';
import { loadContext } from '../src/lib/node/context.ts';

/** Checks one brand folder; returns the problem as the editor should read it, or undefined. */
export function checkBrandFolder(folder: string | undefined, root = process.cwd()): { ok: true; name: string; pages: number } | { ok: false; message: string } {
  try {
    // The same context the build loads in its first step: brand, book, pages, sources, glossary, texts.
    const { brand } = loadContext({ root, brand: folder });
    return { ok: true, name: brand.name, pages: brand.pages.length };
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    return { ok: false, message: text.split('\n').filter((l) => !/^\s+at\s/.test(l)).join('\n').trim() };
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const folders = process.argv.slice(2);
  let failed = 0;
  for (const folder of folders.length ? folders : [undefined]) {
    const result = checkBrandFolder(folder);
    if (result.ok) {
      console.log(`In orde: ${folder ? path.join(folder, 'brand.yaml') : 'het eigen merk van het handboek'} (${result.name}${result.pages ? `, ${result.pages} eigen pagina${result.pages === 1 ? '' : "'s"}` : ''}).`);
    } else {
      failed++;
      console.error(`${result.message}\n`);
    }
  }
  process.exit(failed ? 1 : 0);
}
