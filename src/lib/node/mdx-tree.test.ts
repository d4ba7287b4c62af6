// The parser the checks read MDX with is the one Astro compiles it with (Sätteri):
// what one refuses, the other refuses; the line is the file's own.
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { parseMdx, mdxLinks, MdxSyntaxError } from './mdx-tree.ts';

const FRONT = '---\ntitle: x\nsummary: y\n---\n\n';

describe('parseMdx', () => {
  it('keeps the line numbers of the file, front-matter included', () => {
    const tree = parseMdx(`${FRONT}# Kop\n\nZie [stap 1](/stappen/x/) en <a href="/y/">y</a>.\n`);
    expect(mdxLinks(tree)).toEqual([{ href: '/stappen/x/', line: 8 }, { href: '/y/', line: 8 }]);
  });

  it('reads GFM tables, as the site does', () => {
    const tree = parseMdx('| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(tree.children?.[0]?.type).toBe('table');
  });

  it('names the line and the reason of invalid MDX, without the parser rule', () => {
    let error: unknown;
    try {
      parseMdx(`${FRONT}Tekst\n\nEen {open expressie\n`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MdxSyntaxError);
    expect((error as MdxSyntaxError).line).toBe(8);
    expect((error as MdxSyntaxError).reason).toMatch(/^Unexpected end of file in expression/);
    expect((error as MdxSyntaxError).reason).not.toMatch(/\(mdx-/);
  });

  // The check and Astro's compile must agree, or a page could pass the check and then
  // break the build with a bundler error (or an own page pass the allow-list while
  // compiling to something else).
  const samples = ['Een < b', 'Een <b>vet</b>', 'a {1 + 1} b', '{open', '<Figure', '<a href="/x/">x</a>', 'x </span>', '<!-- c -->', 'a\\<b', '<span {...x}>y</span>'];
  for (const sample of samples) {
    it(`refuses what the compile refuses: ${JSON.stringify(sample)}`, () => {
      const compiles = (() => { try { mdxToJs(sample); return true; } catch { return false; } })();
      const parses = (() => { try { parseMdx(sample); return true; } catch { return false; } })();
      expect(parses).toBe(compiles);
    });
  }
});
