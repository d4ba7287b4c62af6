// The links in the MDX content, as Astro compiles it (a Sätteri hast plugin,
// astro.config.mjs): a link to a site path ("/stappen/…/") gets the base path of a
// branded copy put in front; a link to a part the brand left out (brand.yaml
// `include`) keeps only its text. Every such link must point to a page of the book:
// the content check (validate-content.ts) has said so before Astro starts, and this
// plugin says it again for `astro dev`, where a file is compiled as it is saved.
import type { Element, ElementContent } from 'hast';
import type { HastFilteredVisitor, HastPluginDefinition, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { ContentError } from './book.ts';
import { withBase } from '../shared/paths.ts';
import { closest } from '../shared/errors.ts';

/** Checks a site path against the book; returns an error text or undefined. */
export function checkSitePath(href: string, paths: Set<string>): string | undefined {
  const pathname = sitePathOf(href);
  if (paths.has(pathname)) return undefined;
  if (paths.has(`${pathname}/`)) return `zet een "/" aan het eind: "${pathname}/"`;
  const guess = closest(pathname, [...paths]);
  return guess ? `bedoel je "${guess}"?` : 'die pagina bestaat niet in content/book.yaml';
}

/** The path of a link, without its anchor or query. */
export const sitePathOf = (href: string): string => href.split('#')[0]!.split('?')[0]!;

/** A link to a page of this site, not to another site ("//host/…"). */
export const isSiteLink = (href: unknown): href is string => typeof href === 'string' && href.startsWith('/') && !href.startsWith('//');

/** The base path, and from the book every path a link may point to and the paths of parts left out. */
export interface InternalLinkOptions { base: string; paths: Set<string>; excluded: Set<string> }

/** A link written as <a href="…"> in the MDX: JSX, not an element. */
type JsxLink = MdxJsxTextElementHast | MdxJsxFlowElementHast;

/** The plugin, made afresh for each file (its list of problems is that file's own). */
export function internalLinks(options: InternalLinkOptions): () => HastPluginDefinition {
  const { base, paths, excluded } = options;
  return () => {
    const problems: string[] = [];
    /** A link's new address, or undefined when it leads nowhere (the problem is noted). */
    const newHref = (href: string, line: number | undefined): string | undefined => {
      const problem = checkSitePath(href, paths);
      if (!problem) return withBase(href, base);
      problems.push(`  - ${line ? `regel ${line}: ` : ''}link "${href}": ${problem}`);
      return undefined;
    };
    /** What a link to a left-out part becomes: its text. */
    const span = (children: readonly ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties: {}, children: [...children] });
    // The same rules for a JSX link as for a Markdown link.
    const jsxLink: HastFilteredVisitor<JsxLink> = {
      filter: ['a'],
      visit(node, ctx) {
        const isHref = (a: JsxLink['attributes'][number]) => a.type === 'mdxJsxAttribute' && a.name === 'href';
        const href = node.attributes.find(isHref)?.value;
        if (!isSiteLink(href)) return;
        if (excluded.has(sitePathOf(href))) return ctx.replaceNode(node, span(node.children as ElementContent[]));
        const to = newHref(href, node.position?.start.line);
        if (!to) return;
        const attributes = node.attributes.map((a) => (isHref(a) ? { ...a, value: to } : a));
        ctx.replaceNode(node, { ...node, attributes, children: [...node.children] } as JsxLink);
      },
    };
    return {
      name: 'samen-leren-internal-links',
      options: { position: true },
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (!isSiteLink(href)) return;
          if (excluded.has(sitePathOf(href))) return ctx.replaceNode(node, span(node.children));
          const to = newHref(href, node.position?.start.line);
          if (to) ctx.setProperty(node, 'href', to);
        },
      },
      mdxJsxTextElement: jsxLink as HastFilteredVisitor<MdxJsxTextElementHast>,
      mdxJsxFlowElement: jsxLink as HastFilteredVisitor<MdxJsxFlowElementHast>,
      after: (_root, ctx) => {
        if (!problems.length) return;
        const where = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : 'een MDX-bestand';
        throw new ContentError(`${where} heeft ${problems.length} kapotte link(s):\n${problems.join('\n')}`);
      },
    };
  };
}
