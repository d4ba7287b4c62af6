// The brand config (brand.yaml in a brand folder): its schema, and every check
// that needs more than the schema: do the files exist and are they really
// images, do the colours pass WCAG AA, do the part ids and ui keys exist.
// validateBrand() returns every problem at once, each naming the field and the
// fix, in Dutch, for a school's web administrator. Pure Node (fs only).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { closest, zodProblems, type Problem } from '../shared/errors.ts';
import { HIDDEN_CHARS_OR_NEWLINE, uiProblems, type UiTree } from '../shared/ui-tree.ts';

export type { UiTree };
import { colourProblems, darkColourProblems, lightenToContrast } from '../shared/contrast.ts';
import { checkImage, iconProblems, type CheckedImage } from './brand-files.ts';
import { ownPageProblems } from './own-page-check.ts';

/**
 * The fonts a brand can choose. The project bundles no web font files (every
 * font request would leave the site or cost a phone bandwidth), so each choice
 * is a stack of fonts that computers and phones already have, ending in a
 * generic family. This is the one place they are defined.
 */
export const FONTS = {
  systeem: {
    label: 'de standaardletter van het apparaat (zoals het handboek zelf)',
    stack: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  },
  schreefloos: {
    label: 'een klassieke letter zonder schreef (Helvetica, Arial)',
    stack: '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", "Nimbus Sans", sans-serif',
  },
  rond: {
    label: 'een ronde, vriendelijke letter zonder schreef',
    stack: 'ui-rounded, "SF Pro Rounded", "Arial Rounded MT", "Arial Rounded MT Bold", Nunito, Quicksand, Comfortaa, Calibri, "Noto Sans", sans-serif',
  },
  schreef: {
    label: 'een boekletter met schreef (Charter, Cambria, Georgia)',
    stack: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "Liberation Serif", serif',
  },
} as const;
export type FontId = keyof typeof FONTS;
const FONT_IDS = Object.keys(FONTS) as [FontId, ...FontId[]];

/** Parts a brand may leave out; every other part always stays, for the reason below. */
export const OPTIONAL_PARTS = ['achtergrond', 'begrippen'];
/** Why the other parts stay, for the error message. */
const REQUIRED_REASON: Record<string, string> = {
  inleiding: 'de inleiding legt uit hoe het handboek werkt',
  stappen: 'de zes stappen zijn de kern van het handboek',
  gereedschap: 'de gereedschappen zijn de kern van het handboek',
  checklists: 'elke stap verwijst naar de checklists',
  bronnen: 'het handboek noemt zijn bronnen',
  colofon: 'de licentie (CC BY-SA) vraagt om naamsvermelding, en die staat in het colofon',
};

/** Site paths a brand page may not take: the site's own folders. */
export const RESERVED_PAGE_IDS = ['zoeken', 'pdf', 'pagefind', 'print', 'boek', 'merk'];

// ---------------------------------------------------------------------------
// The schema.

/** Control characters and bidirectional overrides: invisible, and they can make text lie about itself. */
const HIDDEN_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** One line of plain text (a name, a title). */
function line(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'mag niet leeg zijn')
    .max(max, `is te lang; maximaal ${max} tekens`)
    .refine((s) => !HIDDEN_CHARS_OR_NEWLINE.test(s), 'bevat een regeleinde of een onzichtbaar stuurteken; schrijf het op één regel');
}

/** Plain text that may run over several lines (footer, cover text). */
function block(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'mag niet leeg zijn')
    .max(max, `is te lang; maximaal ${max} tekens`)
    .refine((s) => !HIDDEN_CHARS.test(s), 'bevat een onzichtbaar stuurteken; haal het weg');
}

const colour = z
  .string({
    error: (issue) =>
      issue.input == null
        ? 'ontbreekt of is leeg; zet de kleur tussen aanhalingstekens, bijvoorbeeld "#1f4e79" (zonder aanhalingstekens leest YAML alles na # als commentaar)'
        : undefined,
  })
  .regex(/^#[0-9a-fA-F]{6}$/, 'schrijf een kleur als "#rrggbb", met zes cijfers of letters a-f, bijvoorbeeld "#1f4e79"')
  .transform((s) => s.toLowerCase());

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld "achtergrond"');

/** A file in the brand folder, written relative to it. */
const folderFile = z
  .string()
  .trim()
  .min(1, 'mag niet leeg zijn')
  .refine((s) => !path.isAbsolute(s) && !s.split(/[\\/]/).includes('..'), 'schrijf het pad vanaf de merkmap, zonder "/" vooraan en zonder "..", bijvoorbeeld "logo.svg"');

const httpUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#][^\s]*)?$/, 'schrijf een volledig webadres, bijvoorbeeld "https://www.onzeschool.nl/"');

const siteUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+\/?$/, 'alleen het adres van de site zelf, zonder pad, bijvoorbeeld "https://www.onzeschool.nl"; een map zoals /handboek/ zet je in site.base');

/** The base path: "/" or "/a/b/", safe characters only. */
const BASE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;
const basePath = z.string().superRefine((s, ctx) => {
  if (BASE_PATH.test(s)) return;
  const segments = s.split('/').filter(Boolean);
  const fixed = `/${segments.join('/')}${segments.length ? '/' : ''}`;
  let why: string;
  if (!s.startsWith('/')) why = 'moet beginnen met "/"';
  else if (!s.endsWith('/')) why = 'moet eindigen met "/"';
  else why = 'mag alleen letters, cijfers en . _ ~ - bevatten, met "/" tussen de mappen';
  const suggestion = BASE_PATH.test(fixed) ? `: schrijf "${fixed}"` : ', bijvoorbeeld "/scholen/onze-school/"';
  ctx.addIssue({ code: 'custom', message: `"${s}" ${why}${suggestion}` });
});

export const brandSchema = z
  .object({
    /** The school's (or board's) full name, shown in the header and on the PDF cover. */
    name: line(200),
    /** A short name for the browser tab and the PDF header, e.g. "OBS De Wilg". */
    shortName: line(40),
    /** The logo, in the header and on the PDF cover: SVG, PNG, JPEG or WebP. */
    logo: folderFile,
    /** A square icon for the browser tab; the logo when left out. */
    icon: folderFile.optional(),
    colours: z
      .object({
        /** Headings, links, buttons (with white text). */
        primary: colour,
        /** Highlights: kickers, focus outline, hover. */
        accent: colour,
        /** Dark mode (issue 17): own tints for the dark theme; without them the build derives them (src/lib/shared/contrast.ts). */
        primaryDark: colour.optional(),
        accentDark: colour.optional(),
      })
      .strict(),
    font: z.enum(FONT_IDS, { error: () => `kies een van deze letters: ${FONT_IDS.map((f) => `"${f}" (${FONTS[f].label})`).join(', ')}` }).default('systeem'),
    contact: z
      .object({
        email: z.email('schrijf een e-mailadres, bijvoorbeeld "info@onzeschool.nl"').optional(),
        phone: z.string().trim().regex(/^\+?[0-9][0-9 ()-]{5,19}$/, 'schrijf een telefoonnummer met cijfers, spaties of streepjes, bijvoorbeeld "038 123 45 67"').optional(),
        url: httpUrl.optional(),
      })
      .strict()
      .default({}),
    /** A line or two at the bottom of every page (address, board). */
    footer: block(500).optional(),
    site: z
      .object({
        /** Where the site lives, for canonical links: "https://www.onzeschool.nl". */
        url: siteUrl.optional(),
        /** The folder on that site: "/" or "/scholen/onze-school/". */
        base: basePath.default('/'),
      })
      .strict()
      .default({ base: '/' }),
    /** The parts of the book to include, by id from content/book.yaml (default: all). */
    include: z.array(slugId).min(1, 'noem minstens de delen die altijd blijven').optional(),
    /** The cover of the PDF book. */
    cover: z
      .object({ title: line(120).optional(), subtitle: line(200).optional(), text: block(600).optional() })
      .strict()
      .default({}),
    /** The brand's own MDX pages, each placed after a part of the book. */
    pages: z.array(z.object({ file: folderFile, after: slugId }).strict()).default([]),
    /** Overrides of interface text in content/ui.yaml. */
    ui: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export type BrandConfig = z.infer<typeof brandSchema>;

// ---------------------------------------------------------------------------
// The whole check.

export interface BrandContext {
  /** The brand folder (absolute). */
  folder: string;
  /** The part ids of content/book.yaml, in order. */
  partIds: string[];
  /** Every id already taken by a page of the book (parts and their children). */
  takenIds: string[];
  /** content/ui.yaml. */
  ui: UiTree;
}

export interface ValidBrand {
  config: BrandConfig;
  logo: CheckedImage;
  icon: CheckedImage;
  /** The brand's own pages: id (from the file name), absolute file, and the part it follows. */
  pages: Array<{ id: string; file: string; after: string }>;
  /** The parts to include, in book order. */
  include: string[];
}

export type BrandResult =
  | { ok: true; brand: ValidBrand }
  /** stage "schema": the shape is wrong, so the files, colours, parts and ui keys are not checked yet. */
  | { ok: false; stage: 'schema' | 'content'; problems: Problem[] };

/** Checks a parsed brand.yaml and the files it names. */
export function validateBrand(raw: unknown, ctx: BrandContext): BrandResult {
  const parsed = brandSchema.safeParse(raw ?? undefined, { reportInput: true });
  if (!parsed.success) return { ok: false, stage: 'schema', problems: zodProblems(parsed.error, brandSchema) };
  const config = parsed.data;
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  // Images.
  const logo = checkImage(ctx.folder, config.logo);
  logo.problems.forEach((p) => add('logo', p));
  const icon = config.icon ? checkImage(ctx.folder, config.icon) : logo;
  if (config.icon) [...icon.problems, ...(icon.image ? iconProblems(config.icon, icon.image.sizes) : [])].forEach((p) => add('icon', p));

  // Colours.
  for (const field of ['primary', 'accent'] as const) {
    colourProblems(field, config.colours[field]).forEach((p) => add(`colours.${field}`, p));
    // Dark mode (issue 17): the given tint, or the one the build derives, must reach 4.5:1 too.
    const given = config.colours[`${field}Dark`];
    if (given) darkColourProblems(field, given, true).forEach((p) => add(`colours.${field}Dark`, p));
    else if (!lightenToContrast(config.colours[field])) darkColourProblems(field, config.colours[field], false).forEach((p) => add(`colours.${field}`, p));
  }

  // Parts.
  let include = ctx.partIds;
  if (config.include) {
    config.include.forEach((id, i) => {
      if (!ctx.partIds.includes(id)) {
        const guess = closest(id, ctx.partIds);
        add(`include.${i}`, `"${id}" is geen deel van het handboek${guess ? `; bedoel je "${guess}"?` : ''} De delen zijn: ${ctx.partIds.join(', ')}`);
      }
    });
    for (const id of ctx.partIds) {
      if (!OPTIONAL_PARTS.includes(id) && !config.include.includes(id)) {
        add('include', `"${id}" ontbreekt; dat deel blijft altijd in het handboek (${REQUIRED_REASON[id] ?? 'andere delen verwijzen ernaar'}). Alleen ${OPTIONAL_PARTS.join(' en ')} kun je weglaten`);
      }
    }
    include = ctx.partIds.filter((id) => config.include!.includes(id));
  }

  // Own pages.
  const pages: ValidBrand['pages'] = [];
  const placeable = [...include];
  for (const [i, p] of config.pages.entries()) {
    const field = `pages.${i}`;
    const file = path.join(ctx.folder, p.file);
    const id = path.basename(p.file).replace(/\.mdx$/i, '');
    const problem = ((): [string, string] | undefined => {
      if (!p.file.toLowerCase().endsWith('.mdx')) return ['file', `"${p.file}" is geen .mdx-bestand; een eigen pagina is een MDX-bestand, bijvoorbeeld "zo-werken-wij.mdx"`];
      if (!fs.existsSync(file)) return ['file', `het bestand "${p.file}" staat niet in de merkmap; maak het aan of verbeter de naam`];
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return ['file', `de bestandsnaam "${path.basename(p.file)}" wordt het webadres van de pagina; gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld "zo-werken-wij.mdx"`];
      if (ctx.takenIds.includes(id) || RESERVED_PAGE_IDS.includes(id) || pages.some((q) => q.id === id)) {
        return ['file', `het handboek heeft al een pagina of map "/${id}/"; geef je pagina een andere bestandsnaam, bijvoorbeeld "${id}-bij-ons.mdx"`];
      }
      if (!placeable.includes(p.after)) {
        const guess = closest(p.after, placeable);
        return ['after', `"${p.after}" is geen deel van dit handboek${guess ? `; bedoel je "${guess}"?` : '.'} Zet hier het deel waarna de pagina komt: ${placeable.join(', ')}`];
      }
      return undefined;
    })();
    if (problem) {
      add(`${field}.${problem[0]}`, problem[1]);
      continue;
    }
    for (const message of ownPageProblems(fs.readFileSync(file, 'utf8'))) add(`${field}.file`, `"${p.file}", ${message}`);
    pages.push({ id, file, after: p.after });
    placeable.push(id);
  }

  // Interface text.
  problems.push(...uiProblems(config.ui, ctx.ui));

  if (problems.length) return { ok: false, stage: 'content', problems };
  return { ok: true, brand: { config, logo: logo.image!, icon: icon.image!, pages, include } };
}
