// A school's own pages (brand.yaml `pages:`) are MDX, and MDX is code: an
// expression `{…}` or an `import` runs during the build, and raw HTML can load
// things from other sites or send readers away (<meta http-equiv="refresh">).
// So an own page is parsed with the MDX parser the site itself uses and checked
// against an allow-list: Markdown, a few inline HTML elements with a few
// attributes, the handbook's figures, and links that stay links. Anything else
// stops the build with the line and what to do; nothing is silently dropped.
import { MdxSyntaxError, parseMdx, walkMdx, type MdxNode as Node } from './mdx-tree.ts';

/** HTML elements an own page may use, with the attributes each may carry (besides the global ones). */
const ELEMENTS: Record<string, string[]> = {
  a: ['href'], abbr: [], b: [], blockquote: [], br: [], cite: [], code: [], dd: [], del: [], details: ['open'],
  dfn: [], div: [], dl: [], dt: [], em: [], figcaption: [], figure: [], h2: [], h3: [], h4: [], hr: [], i: [],
  ins: [], kbd: [], li: [], mark: [], ol: ['start'], p: [], q: [], s: [], small: [], span: [], strong: [], sub: [],
  summary: [], sup: [], table: [], tbody: [], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'],
  thead: [], tr: [], u: [], ul: [],
};
const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang'];
/** The handbook's own components (src/components/mdx.ts), with their text attributes. */
const COMPONENTS: Record<string, string[]> = {
  Figure: ['title', 'description'],
  AchtbaanCycle: [], InvitationChallenge: [],
};

/** Where a link may go: another site (as a plain link), mail, phone, a page of the handbook, an anchor. */
export function linkProblem(url: string): string | undefined {
  const u = url.trim();
  if (/^(?:https?:\/\/|mailto:|tel:)/i.test(u)) return undefined;
  if (u.startsWith('//')) return `de link "${u.slice(0, 60)}" begint met "//" (een andere site zonder https:); schrijf het hele adres: "https:${u.slice(0, 50)}"`;
  if (/^\/(?!\/)/.test(u) || u.startsWith('#')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u.replace(/[\s\u0000-\u001f]/g, ''));
  if (scheme) return `de link "${u.slice(0, 60)}" gebruikt "${scheme[1]}:"; een link gaat naar een webadres (https://…), een e-mailadres (mailto:…), een telefoonnummer (tel:…) of een pagina van het handboek (/gereedschap/…/)`;
  return `de link "${u.slice(0, 60)}" is geen volledig adres; schrijf een pagina van het handboek als "/gereedschap/dialoog/" of een andere site als "https://…"`;
}

/** Problems of one own page, each starting with its line number ("regel 12: …"). */
export function ownPageProblems(mdx: string): string[] {
  const problems: string[] = [];
  let tree: Node;
  try {
    tree = parseMdx(mdx);
  } catch (error) {
    if (error instanceof MdxSyntaxError) return [error.problem];
    throw error;
  }
  const add = (node: Node, text: string) => problems.push(`regel ${node.position?.start.line ?? '?'}: ${text}`);
  walkMdx(tree, (node) => check(node, add));
  return problems;
}

function check(node: Node, add: (node: Node, text: string) => void): void {
  switch (node.type) {
    case 'mdxjsEsm':
      return add(node, 'een import of export is code; een eigen pagina is tekst in Markdown (<Figure> en de figuren van het handboek werken zonder import). Haal de regel weg');
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return add(node, 'tekst tussen { } is code en wordt niet uitgevoerd; wil je accolades als tekst, schrijf dan \\{ en \\}');
    case 'link':
    case 'definition': {
      const problem = linkProblem(node.url ?? '');
      if (problem) add(node, problem);
      return;
    }
    case 'image':
    case 'imageReference':
      return add(node, `een afbeelding ("${(node.url ?? '').slice(0, 60)}") kan in een eigen pagina niet: het handboek laadt niets van andere sites en neemt geen losse bestanden mee. Haal de afbeelding weg of zet een link naar de plek waar hij staat`);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkElement(node, add);
  }
}

function checkElement(node: Node, add: (node: Node, text: string) => void): void {
  const name = node.name ?? '';
  if (!name) return add(node, 'een leeg element (<>…</>) is code; haal het weg');
  const allowed = ELEMENTS[name] ?? COMPONENTS[name];
  if (!allowed) {
    const why = /^(?:script|style|link|meta|iframe|object|embed|base|form|input|button|svg|img|image|video|audio|source|picture|frame|frameset|template|portal)$/i.test(name)
      ? 'laadt of doet iets buiten de tekst en kan niet in een eigen pagina'
      : 'staat niet in de lijst van toegestane elementen';
    return add(node, `<${name}> ${why}. Schrijf de tekst in Markdown (koppen met ##, lijsten, tabellen, **vet**, [links](https://…)); toegestaan zijn ook ${Object.keys(ELEMENTS).map((e) => `<${e}>`).slice(0, 12).join(', ')} … en <Figure>`);
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      add(node, `<${name}> heeft attributen uit code ({…}); schrijf elk attribuut als naam="tekst"`);
      continue;
    }
    const attr = attribute.name ?? '';
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      add(node, `het attribuut ${attr} van <${name}> is code ({…}); schrijf ${attr}="tekst"`);
      continue;
    }
    if (!allowed.includes(attr) && !GLOBAL_ATTRIBUTES.includes(attr)) {
      const why = /^on/i.test(attr) ? ' (JavaScript)' : attr === 'style' ? ' (opmaak in de tekst werkt niet onder de beveiligingsregels (CSP) van de site)' : '';
      add(node, `<${name}> heeft het attribuut ${attr}${why}; dat kan niet in een eigen pagina. Haal het weg`);
      continue;
    }
    if (attr === 'href') {
      const problem = linkProblem(String(attribute.value ?? ''));
      if (problem) add(node, problem);
    }
    if (attr === 'id' && !/^[a-z][a-z0-9-]*$/.test(String(attribute.value ?? ''))) {
      add(node, `id="${String(attribute.value).slice(0, 40)}" mag alleen kleine letters, cijfers en streepjes hebben`);
    }
  }
}
