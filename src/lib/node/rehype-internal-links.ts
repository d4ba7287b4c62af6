// A rehype plugin for the MDX content: every link to a site path ("/stappen/…/")
// must point to a page of the book, or the build stops and names the file and
// the link. Valid links get the base path of a branded copy put in front; a
// link to a part the brand left out (brand.yaml `include`) keeps only its text.
import { ContentError } from './book.ts';
import { withBase } from '../shared/paths.ts';
import { closest } from '../shared/errors.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  position?: { start: { line: number } };
}

function walk(node: HastNode, fn: (n: HastNode) => void): void {
  fn(node);
  for (const child of node.children ?? []) walk(child, fn);
}

/** Checks a site path against the book; returns an error text or undefined. */
export function checkSitePath(href: string, paths: Set<string>): string | undefined {
  const pathname = href.split('#')[0]!.split('?')[0]!;
  if (paths.has(pathname)) return undefined;
  if (paths.has(`${pathname}/`)) return `zet een "/" aan het eind: "${pathname}/"`;
  const guess = closest(pathname, [...paths]);
  return guess ? `bedoel je "${guess}"?` : 'die pagina bestaat niet in content/book.yaml';
}

/** The base path, and from the book every path a link may point to and the paths of parts left out. */
export interface InternalLinkOptions { base: string; paths: Set<string>; excluded: Set<string> }

export function rehypeInternalLinks(options: InternalLinkOptions) {
  const { paths, excluded } = options;
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const problems: string[] = [];
    walk(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'a') return;
      const href = node.properties?.href;
      if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
      if (excluded.has(href.split('#')[0]!.split('?')[0]!)) {
        node.tagName = 'span';
        node.properties = {};
        return;
      }
      const problem = checkSitePath(href, paths);
      if (problem) problems.push(`  - ${node.position ? `regel ${node.position.start.line}: ` : ''}link "${href}": ${problem}`);
      else node.properties!.href = withBase(href, options.base);
    });
    if (problems.length) {
      const where = file.path ?? file.history?.[0] ?? 'een MDX-bestand';
      throw new ContentError(`${where} heeft ${problems.length} kapotte link(s):\n${problems.join('\n')}`);
    }
  };
}
