// The brand of this build: the project's own (content/brand/) or a school's
// brand folder, chosen with `npm run build -- --brand <folder>` or the
// SAMEN_LEREN_BRAND environment variable. Both go through loadBrand(), which
// checks everything (src/lib/node/brand-schema.ts) and stops with a Dutch message
// naming brand.yaml, the field and the fix.
//
// The site, the search page and the PDFs read the brand from the build's context (src/lib/node/context.ts).
// Every value in it is plain text: templates print it with {…} (escaped), and
// HTML strings (PDF header/footer templates) must go through escapeHtml().
//   PDF cover:  name, logo (path with withBase(), or logo.dataUri), cover.title,
//               cover.subtitle, cover.text (lines), colours, font.stack
//   PDF header/footer (Puppeteer templates load nothing): shortName, logo.dataUri,
//               colours.primary, footer, contact — all through escapeHtml()
//   search page: the layout already carries name, logo and colours; Pagefind UI
//               takes its colours from var(--color-primary) and var(--font-sans)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from './yaml.ts';
import { bookSchema } from '../shared/schemas.ts';
import { FONTS, validateBrand, type FontId, type UiTree } from './brand-schema.ts';
import { IMAGE_MIME, type CheckedImage, type ImageType } from './brand-files.ts';
import { lightenToContrast } from '../shared/contrast.ts';
import { formatProblems, formatYamlError } from '../shared/errors.ts';

/** The project's own brand, used when no brand folder is given. */
export const DEFAULT_BRAND_DIR = path.join('content', 'brand');
/** Where the brand's files go in the built site (an id can never start with "_"). */
export const BRAND_ASSET_DIR = '/_brand/';

export class BrandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrandError';
  }
}

export interface BrandImage {
  /** The file in the brand folder (absolute). */
  file: string;
  type: ImageType;
  /** Content type, e.g. "image/svg+xml". */
  mime: string;
  /** Site path in the built site, without base: "/_brand/logo-1a2b3c4d.svg". */
  path: string;
  /** The image as a data: URL, for places that cannot load files (PDF header templates). */
  dataUri: string;
  /** Width x height for the web app manifest ("192x192"); "any" for an SVG or when unknown. */
  sizes: string;
  /** Its own size in pixels, for the width and height of an <img>; undefined when the file does not say. */
  width: number | undefined;
  height: number | undefined;
}

export interface Brand {
  /** The brand folder (absolute). */
  dir: string;
  /** True for the project's own brand (content/brand/). */
  isDefault: boolean;
  /** The school's full name: header, home page, PDF cover. Plain text. */
  name: string;
  /** Short name: browser tab, PDF running header. Plain text. */
  shortName: string;
  logo: BrandImage;
  /** The favicon (the logo when brand.yaml names no icon). */
  icon: BrandImage;
  /** primaryDark, accentDark: the tints for the dark theme (issue 17), from brand.yaml or derived. */
  colours: { primary: string; accent: string; primaryDark: string; accentDark: string };
  font: { id: FontId; stack: string };
  contact: { email?: string; phone?: string; url?: string };
  /** Footer text, one entry per line. Plain text. */
  footer: string[];
  /** The site's address ("https://www.school.nl"), if known: canonical links. */
  siteUrl?: string;
  /** The base path the site is served under: "/" or "/scholen/de-wilg/". */
  base: string;
  /** The parts of the book to include, in book order. */
  include: string[];
  /** The brand's own pages, each a part of its own placed after `after`. */
  pages: Array<{ id: string; file: string; after: string }>;
  /** The PDF book's cover. Plain text; title and subtitle default to the handbook's. */
  cover: { title: string; subtitle: string; text: string[] };
  /** Overrides of content/ui.yaml. */
  ui: UiTree;
  /** The brand's stylesheet: the colours and font as CSS custom properties. */
  css: { path: string; text: string };
}

function readYamlFile(file: string, label: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return parseYaml(text);
  } catch (e) {
    throw new BrandError(formatYamlError(label, e, text));
  }
}

const shortHash = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 10);

function image(file: string, { type, bytes, sizes, dimensions }: CheckedImage, name: string): BrandImage {
  const mime = IMAGE_MIME[type];
  const ext = path.extname(file).toLowerCase();
  return { file, type, mime, path: `${BRAND_ASSET_DIR}${name}-${shortHash(bytes)}${ext}`, dataUri: `data:${mime};base64,${bytes.toString('base64')}`, sizes, width: dimensions?.width, height: dimensions?.height };
}

/** The brand's stylesheet. Only validated values go in (hex colours, a font stack from FONTS): no text from the config. */
export function brandCss(colours: Pick<Brand['colours'], 'primary' | 'accent'> & Partial<Brand['colours']>, font: Brand['font']): string {
  // The default letter ("systeem") sets no --brand-font, so each medium keeps its
  // own default: the device's letter on screen, Liberation Sans in the PDFs (the
  // page budgets of the hand-outs are measured with it).
  const fontLine = font.id === 'systeem' ? '' : `  --brand-font: ${font.stack};\n`;
  // Dark mode (issue 17): the tints src/styles/global.css uses in the dark theme.
  const dark = darkTints(colours);
  const darkLines = `  --brand-primary-dark: ${dark.primaryDark};\n  --brand-accent-dark: ${dark.accentDark};\n`;
  return `/* Generated from brand.yaml by src/lib/node/brand.ts. */\n:root {\n  --brand-primary: ${colours.primary};\n  --brand-accent: ${colours.accent};\n${darkLines}${fontLine}}\n`;
}

/** The brand's colours for the dark theme: given in brand.yaml, or a lighter tint (checked by validateBrand, so always found). */
export function darkTints(colours: { primary: string; accent: string; primaryDark?: string | undefined; accentDark?: string | undefined }): { primaryDark: string; accentDark: string } {
  return {
    primaryDark: colours.primaryDark ?? lightenToContrast(colours.primary) ?? colours.primary,
    accentDark: colours.accentDark ?? lightenToContrast(colours.accent) ?? colours.accent,
  };
}

export interface LoadBrandOptions {
  /** The project root (default: the current directory). */
  root?: string;
  /** A base path that wins over the brand's site.base (SAMEN_LEREN_BASE, for a trial copy elsewhere). */
  baseOverride?: string;
}

/** Reads and checks a brand folder. Throws a BrandError listing every problem. */
export function loadBrand(folder: string | undefined, options: LoadBrandOptions = {}): Brand {
  const root = path.resolve(options.root ?? process.cwd());
  const dir = path.resolve(root, folder || DEFAULT_BRAND_DIR);
  const rel = path.relative(root, dir);
  const shown = rel && !rel.startsWith('..') ? rel : dir;
  const label = `${shown}/brand.yaml`;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new BrandError(`Merkmap ${shown}: die map bestaat niet. Geef de map met brand.yaml op: npm run build -- --brand pad/naar/merkmap`);
  }
  const configFile = path.join(dir, 'brand.yaml');
  if (!fs.existsSync(configFile)) {
    const other = fs.readdirSync(dir).find((f) => /^brand\.(yml|json)$|^merk\.ya?ml$/i.test(f));
    throw new BrandError(`${label}: dat bestand ontbreekt${other ? ` (er staat wel "${other}"; noem het brand.yaml)` : ''}. Een merkmap heeft één brand.yaml; zie README.md, "Een eigen versie voor je school".`);
  }

  const bookParsed = bookSchema.safeParse(readYamlFile(path.join(root, 'content', 'book.yaml'), 'content/book.yaml'), { reportInput: true });
  const partIds = bookParsed.success ? bookParsed.data.parts.map((p) => p.id) : [];
  const ui = readYamlFile(path.join(root, 'content', 'ui.yaml'), 'content/ui.yaml') as UiTree;

  const result = validateBrand(readYamlFile(configFile, label), { folder: dir, partIds, takenIds: partIds, ui });
  if (!result.ok) {
    const later = result.stage === 'schema' ? 'Daarna controleert de build ook het logo, het contrast van de kleuren, de delen, de eigen pagina\'s en de teksten.\n' : '';
    throw new BrandError(
      `${formatProblems(label, result.problems)}\n\n` +
        `${later}Alle velden staan in README.md onder "Een eigen versie voor je school".`,
    );
  }
  const { config, logo, icon, pages, include } = result.brand;

  const base = options.baseOverride || config.site.base;
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(base)) {
    throw new BrandError(`SAMEN_LEREN_BASE="${base}": een basispad begint en eindigt met "/", bijvoorbeeld "/scholen/demo/".`);
  }
  const uiText = (key: string) => {
    const v = (config.ui[key] as string | undefined) ?? ui[key];
    return typeof v === 'string' ? v : '';
  };
  const lines = (s?: string) => (s ? s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : []);
  const colours = { primary: config.colours.primary, accent: config.colours.accent, ...darkTints(config.colours) };
  const font = { id: config.font, stack: FONTS[config.font].stack };
  const css = brandCss(colours, font);

  const logoImage = image(path.join(dir, config.logo), logo, 'logo');
  return {
    dir,
    isDefault: dir === path.resolve(root, DEFAULT_BRAND_DIR),
    name: config.name,
    shortName: config.shortName,
    logo: logoImage,
    icon: config.icon ? image(path.join(dir, config.icon), icon, 'icon') : logoImage,
    colours,
    font,
    contact: config.contact,
    footer: lines(config.footer),
    siteUrl: config.site.url?.replace(/\/$/, ''),
    base,
    include,
    pages,
    cover: { title: config.cover.title ?? uiText('siteTitle'), subtitle: config.cover.subtitle ?? uiText('siteSubtitle'), text: lines(config.cover.text) },
    ui: config.ui as UiTree,
    css: { path: `${BRAND_ASSET_DIR}brand-${shortHash(css)}.css`, text: css },
  };
}

/** The files the brand adds to the built site: site path (without base) and contents. */
export function brandFiles(brand: Brand): Array<{ path: string; contents: string | Buffer; mime: string }> {
  const files = [
    { path: brand.css.path, contents: brand.css.text, mime: 'text/css' },
    { path: brand.logo.path, contents: fs.readFileSync(brand.logo.file), mime: brand.logo.mime },
  ];
  if (brand.icon.path !== brand.logo.path) files.push({ path: brand.icon.path, contents: fs.readFileSync(brand.icon.file), mime: brand.icon.mime });
  return files;
}

/** Writes the brand's files (stylesheet, logo, icon) into a built site. */
export function writeBrandFiles(brand: Brand, siteDir: string): void {
  for (const f of brandFiles(brand)) {
    const target = path.join(siteDir, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.contents);
  }
}

/** The phone number as a tel: link ("+31381234567"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/** For the few places that build HTML as a string (Puppeteer's PDF header and footer templates). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
