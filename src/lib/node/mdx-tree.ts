// One parser for the checks that read MDX before Astro does (links, a tool's steps,
// own pages): Sätteri, the parser Astro compiles the MDX with (astro.config.mjs), so
// what the checks see is what the site gets. The syntax tree is mdast with MDX and
// GFM (tables), with the line numbers of the file itself, front-matter included.
import { mdxToMdast } from 'satteri';

export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** Invalid MDX, with the line it is on and what is wrong there. */
export class MdxSyntaxError extends Error {
  readonly line: number | undefined;
  readonly reason: string;
  constructor(line: number | undefined, reason: string) {
    super(line ? `${line}: ${reason}` : reason);
    this.line = line;
    this.reason = reason;
  }

  /** What an editor reads: the line, the parser's reason and how to write < and { as text. */
  get problem(): string {
    return `regel ${this.line ?? '?'}: geen geldige MDX (${this.reason}). Een < of { in gewone tekst schrijf je als \\< of \\{`;
  }
}

/** Parses an MDX file (front-matter included); throws an MdxSyntaxError on invalid MDX (its `problem` is the Dutch message). */
export function parseMdx(text: string): MdxNode {
  try {
    // The same features Astro's MDX compile uses: GFM on (its default).
    return mdxToMdast(text, { features: { gfm: true } }) as MdxNode;
  } catch (error) {
    // Sätteri says "3:12: Unexpected end of file in expression, … (mdx-jsx:unexpected-character)".
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):\d+: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(message);
    throw m ? new MdxSyntaxError(Number(m[1]), m[2]!) : new MdxSyntaxError(undefined, message);
  }
}

export function walkMdx(node: MdxNode, fn: (node: MdxNode) => void): void {
  fn(node);
  for (const child of node.children ?? []) walkMdx(child, fn);
}

/** Every link target in the tree (Markdown links, definitions, <a href>), with its line. */
export function mdxLinks(tree: MdxNode): { href: string; line: number }[] {
  const links: { href: string; line: number }[] = [];
  walkMdx(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ href: node.url, line });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value;
      if (typeof href === 'string') links.push({ href, line });
    }
  });
  return links;
}
