// Front-matter and data schemas for everything in content/. The build checks
// every file with these once, in its first step (src/lib/node/context.ts), and the
// pages show the checked data; tests use the same schemas.
import { z } from 'zod';
import { MAX_ITEMS as MAX_COLOUR_TEST_ITEMS } from './kleurentest/validate.ts';

/** A slug-like id: lower case, digits and hyphens. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld "matrix-van-camp"');

const text = z.string().trim().min(1, 'mag niet leeg zijn');
const list = z.array(text).min(1, 'noem minstens één punt');

/** Words that help the search find a page (synonyms, abbreviations). */
const keywords = z.array(text).default([]);
/** Works cited on the page: ids from content/bronnen.yaml. */
const sources = z.array(id).default([]);

/** Any prose page in content/pages/. */
export const pageSchema = z
  .object({
    title: text,
    /** One or two sentences: shown under the title, in overviews and as the meta description. */
    summary: text,
    /** A shorter title for navigation and breadcrumbs. */
    navTitle: text.optional(),
    keywords,
    sources,
  })
  .strict();

/** A step page in content/stappen/. */
export const stepSchema = z
  .object({
    title: text,
    navTitle: text,
    summary: text,
    /** Interventions in the school. */
    inSchool: list,
    /** Interventions in the partnership of schools and teacher education. */
    inPartnership: list,
    /** Questions for a team meeting. */
    reflection: list,
    keywords,
    sources,
  })
  .strict();

/** The at-a-glance facts of a tool. Leave out what the sources do not support. */
export const glanceSchema = z
  .object({
    duration: text.optional(),
    group: text.optional(),
    materials: text.optional(),
    preparation: text.optional(),
    facilitator: text.optional(),
  })
  .strict();

/** A tool page in content/gereedschap/. */
export const toolSchema = z
  .object({
    title: text,
    navTitle: text,
    /** "In het kort": one or two sentences. */
    summary: text,
    /** The tool's principle, as in the toolkit's overview table. */
    principle: text,
    /** What it is used for in practice, as in the overview table. */
    use: text,
    /** Situations it fits ("Wanneer gebruik je het"). */
    when: list,
    /** "Werkzame principes". */
    principles: list,
    /** "Wat het oplevert". */
    effects: list,
    /** "Let op": pitfalls. */
    pitfalls: list,
    glance: glanceSchema.default({}),
    keywords,
    sources,
  })
  .strict();

/** One work in content/bronnen.yaml. */
export const referenceSchema = z
  .object({
    id,
    /** Authors or editors as printed, e.g. "Engeström, Y." or "Kessels, J., & Keursten, P."
     *  Leave it out when the work names no author: the reference then starts with the title. */
    authors: text.optional(),
    /** Leave it out when the source names no year; "z.j." when the work itself has none. */
    year: z.union([z.number().int().min(1900).max(2100), z.literal('z.j.')]).optional(),
    /** Leave it out when the source names the author but not the work. */
    title: text.optional(),
    /** Book, journal, report series, or publisher line. */
    publisher: text.optional(),
    /** Where in the journal or book: volume, issue, pages; or where the handbook's sources name the work. */
    details: text.optional(),
    url: z.url().optional(),
    /** True for the five documents this handbook is built on. */
    basis: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.authors !== undefined || r.title !== undefined, 'geef een auteur (authors) of een titel (title), of allebei');
export const bibliographySchema = z.array(referenceSchema);

/** One term in content/begrippen.yaml. */
export const termSchema = z
  .object({
    term: text,
    definition: text,
    /** A page of the handbook that explains it further, as a site path like "/gereedschap/dialoog/". */
    see: z.string().regex(/^\/.*\/$/, 'een pad binnen het handboek, bijvoorbeeld "/gereedschap/dialoog/"').optional(),
  })
  .strict();
export const glossarySchema = z.array(termSchema);

/** A checklist in content/checklists/. */
export const checklistSchema = z
  .object({
    title: text,
    subject: text,
    intro: text,
    categories: z
      .array(
        z
          .object({
            id,
            title: text,
            items: z.array(z.object({ id, text }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** content/book.yaml: the book's order and the links between its parts. */
export const bookSchema = z
  .object({
    parts: z
      .array(
        z
          .object({
            id,
            children: z.union([z.enum(['steps', 'tools', 'checklists']), z.array(id)]).optional(),
          })
          .strict(),
      )
      .min(1),
    steps: z.array(z.object({ id, tools: z.array(id), items: z.array(z.string()) }).strict()).min(1),
    tools: z.array(z.object({ id, combine: z.array(id).default([]) }).strict()).min(1),
    purposes: z.array(z.object({ id, question: text, tools: z.array(id).min(1) }).strict()),
    checklists: z.array(
      z
        .object({
          id,
          categories: z.array(z.object({ id, steps: z.array(id), tools: z.array(id) }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

export type Page = z.infer<typeof pageSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Term = z.infer<typeof termSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
export type BookFile = z.infer<typeof bookSchema>;

/** The five colours of change (De Caluwé & Vermaak), in the order of the model. */
export const colourIds = ['geel', 'blauw', 'rood', 'groen', 'wit'] as const;
export const colourId = z.enum(colourIds);

/** content/kleurentest.yaml: the colour test, one source for the page, its paper version and the PDF. */
export const colourTestSchema = z
  .object({
    /** The tool page this test belongs to (it links to the test). */
    tool: id,
    /** Points divided over the five answers of each situation. */
    pointsPerItem: z.number().int().min(5).max(20),
    /** Strong and weak, in average points per situation. */
    thresholds: z.object({ strong: z.number().positive(), weak: z.number().positive() }).strict(),
    colours: z
      .array(
        z
          .object({
            id: colourId,
            name: text,
            /** The approach in a few words: "de projectmatige aanpak". */
            approach: text,
            about: text,
            /** What it means for a learning community when this colour is strong, average, weak. */
            strong: text,
            average: text,
            weak: text,
            /** The trap of over-using this colour when it is your strongest. */
            overuse: text,
            /** Tools that suit this colour: ids from book.yaml. */
            tools: z.array(id).min(1),
          })
          .strict(),
      )
      .refine((cs) => cs.map((c) => c.id).join() === colourIds.join(), `noem de vijf kleuren één keer, in deze volgorde: ${colourIds.join(', ')}`),
    items: z
      .array(
        z
          .object({
            id,
            situation: text,
            responses: z
              .array(z.object({ colour: colourId, text }).strict())
              .length(5, 'geef precies vijf antwoorden')
              .refine((rs) => new Set(rs.map((r) => r.colour)).size === 5, 'geef bij elke kleur precies één antwoord'),
          })
          .strict(),
      )
      .min(1)
      // A shared profile with more situations is refused when it is read back (src/lib/shared/kleurentest/validate.ts).
      .max(MAX_COLOUR_TEST_ITEMS, `hoogstens ${MAX_COLOUR_TEST_ITEMS} situaties: een profiel met meer kan de test niet bewaren of van een collega lezen`)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'elke situatie heeft een eigen id'),
  })
  .strict()
  .refine((d) => d.thresholds.weak < d.pointsPerItem / 5 && d.pointsPerItem / 5 < d.thresholds.strong, {
    message: 'de grens voor zwak moet onder en die voor sterk boven de gelijke verdeling (punten / 5) liggen',
    path: ['thresholds'],
  });

export type ColourId = (typeof colourIds)[number];
export type ColourTest = z.infer<typeof colourTestSchema>;
