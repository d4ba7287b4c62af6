// Vite's dependency scan in `astro dev` finds script elements in .astro files by their
// text, also inside a {/* comment */}; what follows is then parsed as JavaScript and the
// scan fails ("Failed to run dependency scan"). A comment names a script in words.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

it('no comment in an .astro file holds a script tag (it breaks the dev server\'s dependency scan)', () => {
  const files = fs.readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
  expect(files.length).toBeGreaterThan(20);
  const found = files.flatMap((f) => {
    const text = fs.readFileSync(path.join('src', f), 'utf8');
    return [...text.matchAll(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g)].filter((m) => /<script\b/i.test(m[0])).map(() => f);
  });
  expect(found).toEqual([]);
});
