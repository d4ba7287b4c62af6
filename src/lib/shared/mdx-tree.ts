// One parser for the checks that read MDX before Astro does (own pages, links):
// the MDX syntax tree with GFM tables, with the line numbers of the file itself.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';

export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/** Parses an MDX file (front-matter included); throws with `line` and `reason` on invalid MDX. */
export function parseMdx(text: string): MdxNode {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(text);
  // Keep the line numbers of the file: blank out the front-matter instead of cutting it.
  const body = frontMatter ? frontMatter[0].replace(/[^\n]/g, '') + text.slice(frontMatter[0].length) : text;
  return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }) as MdxNode;
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
