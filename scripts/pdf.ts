// The PDFs, rendered by a headless Chromium from the built site (scripts/build.ts
// calls renderPdfs after Astro and Pagefind):
//
//   pdf/<site-title>.pdf          the whole handbook as an A4 book (from /print/boek/)
//   pdf/<site-title>-boekje.pdf   the same book imposed two-up for a stapled A5 booklet
//   pdf/stap-<n>-<id>.pdf         a hand-out of each step   (from its site page, print CSS)
//   pdf/gereedschap-<n>-<id>.pdf  a hand-out of each tool
//   pdf/checklist-<id>.pdf        each checklist as a blank form
//   pdf/samen-leren-kaarten.pdf   A6 cards of every step and tool, four to an A4 sheet (scripts/pdf/cards.ts)
//
// One browser, a few pages at once: the book first on its own, then the rest. Everything is written to a temporary folder
// that replaces pdf/ only when every PDF succeeded, so a failed run leaves no
// half set behind. Run on its own to re-render the PDFs of an existing build:
//   node scripts/pdf.ts [dist]
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'puppeteer-core';
import { startBrowser } from './browser.ts';
import { serve } from './static-server.ts';
import { imposeBooklet } from './pdf/booklet.ts';
import { PDF_OPTIONS, renderBook } from './pdf/book.ts';
import { loadPdf, savePdf, setMetadata, type Metadata } from './pdf/finish.ts';
import { renderCards } from './pdf/cards.ts';
import { pdfJobs, type Job } from '../src/lib/node/pdf-jobs.ts';
import { openForPrint, prepareForPaper } from './pdf/page.ts';
import { cssString } from '../src/lib/shared/print.ts';
import { siteContext, type SiteContext } from '../src/lib/node/context.ts';
import { textsOf } from '../src/lib/node/ui.ts';

export interface RenderPdfsOptions {
  /** The built site (the build's temporary folder). PDFs go to <siteDir>/pdf/. */
  siteDir: string;
  /** The build's context (src/lib/node/context.ts); default: the one this process has. */
  context?: SiteContext;
  /** The base path the site is built under, e.g. "/" or "/scholen/demo/" (default: the brand's). */
  base?: string;
  /** Pages rendered at once (default: SAMEN_LEREN_PDF_JOBS, or 2 when the machine has 2 cores). */
  concurrency?: number;
  /** Seconds one page may take to load or print (default 60). */
  timeoutSeconds?: number;
  /** Where the book's page numbers of the last run are kept, to save a render (default .build/pdf-cache; SAMEN_LEREN_PDF_CACHE=0 turns it off). */
  cacheDir?: string;
  log?: (line: string) => void;
  /**
   * The site's public address with its base ("https://www.school.nl/scholen/demo/"):
   * links in the PDFs go there. Default: the brand's site.url and the base. Without
   * it, a link to another page of the site is printed as plain text.
   */
  publicBase?: string;
  /**
   * A browser to use and leave open: a build of several brands shares one (and its start-up).
   * Without it, one is started here and closed at the end.
   */
  browser?: Browser;
  /** For tests: called just before each PDF is printed (e.g. to stop the browser). */
  beforePrint?: (file: string, browser: Browser) => Promise<void> | void;
}

export { extraHandouts, HANDOUT_BUDGET, pdfJobs, type Job } from '../src/lib/node/pdf-jobs.ts';

/**
 * Where the book's page numbers of the last build are kept: one file per brand folder,
 * base path and PDF, so a default and a branded build (whose books may share a file
 * name) never replace each other's numbers.
 */
export function tocCacheFile(cacheDir: string, brandDir: string, base: string, pdfFile: string): string {
  const variant = crypto.createHash('sha256').update(`${brandDir}\n${base}`).digest('hex').slice(0, 10);
  return path.join(cacheDir, `toc-${variant}-${pdfFile.replace(/\.pdf$/, '')}.json`);
}

export interface PdfReport { file: string; pages: number; bytes: number; seconds: number; budget?: number; note?: string }

/**
 * The window a page is loaded in for a PDF: so narrow that global.css hides the body
 * ("@media print and (max-width: 60px)"), so Chromium does not lay the page out at
 * load, or again when the booklet's type or a footer is added, but only once, when
 * it prints at the paper's width (where the rule no longer applies).
 */
const LOAD_WIDTH = 40;
/** The cards page is measured before it is printed (scripts/pdf/cards.ts): a window of a usual size. */
const CARDS_LOAD_WIDTH = 800;

/** The A5 typesetting of the booklet: added to the print book's own CSS before it is rendered. */
const BOOKLET_CSS = fileURLToPath(new URL('../src/styles/print-booklet.css', import.meta.url));

/** Errors that mean the browser itself went away (crashed, killed, out of memory), not the page. */
const BROWSER_GONE = /Target closed|Session closed|Connection closed|browser has disconnected/i;

const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

export async function renderPdfs(options: RenderPdfsOptions): Promise<PdfReport[]> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const timeout = (options.timeoutSeconds ?? 60) * 1000;
  const concurrency = Math.max(1, options.concurrency ?? (Number(process.env.SAMEN_LEREN_PDF_JOBS) || Math.min(2, os.availableParallelism())));
  const site = options.context ?? siteContext();
  const base = options.base ?? site.brand.base;
  const { t } = textsOf(site.ui);
  const jobs = pdfJobs(site);
  const cacheDir = process.env.SAMEN_LEREN_PDF_CACHE === '0' ? undefined : (options.cacheDir ?? path.resolve('.build', 'pdf-cache'));
  const total = jobs.length;
  const finalDir = path.join(options.siteDir, 'pdf');
  const tmpDir = path.join(options.siteDir, `.pdf-${process.pid}`);
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.mkdirSync(tmpDir, { recursive: true });

  const server = await serve(path.resolve(options.siteDir), base);
  const publicBase = options.publicBase ?? publicBaseOf(site.brand.siteUrl, base);
  let browser: Browser | undefined;
  const reports: PdfReport[] = [];
  const t0 = performance.now();
  const report = (r: PdfReport) => {
    reports.push(r);
    const over = r.budget && r.pages > r.budget ? `  ⚠ langer dan ${r.budget} pagina's` : '';
    log(`  [${String(reports.length).padStart(String(total).length)}/${total}] ${r.file.padEnd(44)} ${String(r.pages).padStart(3)} p. ${kB(r.bytes).padStart(8)} ${r.seconds.toFixed(1).padStart(5)} s${r.note ? `  (${r.note})` : ''}${over}`);
  };
  try {
    browser = options.browser ?? (await startBrowser());
    const date = new Date();
    // The author is the publisher of this copy: the school for a branded copy, the project otherwise.
    const common = { author: site.brand.name, language: 'nl-NL', date };
    // One cache per brand and base path: a default and a branded build may give their book the
    // same file name, and must not keep replacing each other's page numbers.
    const cacheFile = (job: Job) => cacheDir && tocCacheFile(cacheDir, site.brand.dir, base, job.file);

    /** Set by the first failure: every worker stops after its current PDF. */
    let stopped = false;
    /** The book is printed and checked: Chromium is free for the rest while the book is written. */
    let bookLeftChromium = () => {};
    const bookPrinted = new Promise<void>((resolve) => (bookLeftChromium = resolve));

    /** Renders one PDF into the temporary folder; returns its bytes. */
    const render = async (page: Page, job: Job): Promise<void> => {
      const start = performance.now();
      const url = new URL(job.sitePath.replace(/^\//, ''), server.url).href;
      // The cards are measured to fit before they are printed, so they need a laid-out page.
      await page.setViewport({ width: job.kind === 'cards' ? CARDS_LOAD_WIDTH : LOAD_WIDTH, height: 1100 });
      const description = await openForPrint(page, url, timeout);
      if (job.kind === 'booklet') await page.addStyleTag({ content: fs.readFileSync(BOOKLET_CSS, 'utf8') });
      // A hand-out says where it comes from at the foot of every page, when the site's address is known.
      if (job.kind === 'handout' && publicBase) {
        const from = `${t('print.printedFrom')} ${publicBase}${job.sitePath.slice(1)}`;
        await page.addStyleTag({ content: `@page { @bottom-left { content: ${cssString(from)}; font: 8pt/1 "Liberation Sans", Arial, "DejaVu Sans", sans-serif; color: #4a5260; vertical-align: top; padding-top: 4mm; } }` });
      }
      await prepareForPaper(page, { publicBase, base: server.base, sitePath: job.sitePath });
      const loaded = (performance.now() - start) / 1000;
      const meta: Metadata = { ...common, title: job.title, subject: job.subject ?? description, keywords: job.keywords };
      await options.beforePrint?.(job.file, browser!);
      let doc: PDFDocument;
      let note: string | undefined;
      if (job.kind === 'handout') {
        doc = await loadPdf(await page.pdf({ ...PDF_OPTIONS, tagged: true, timeout }));
      } else if (job.kind === 'cards') {
        doc = await renderCards(page, timeout);
      } else {
        const book = await renderBook(page, timeout, cacheFile(job));
        if (job.kind === 'book') bookLeftChromium();
        doc = book.doc;
        note = `laden ${loaded.toFixed(1)} s, ${book.renders.length}× gerenderd: ${book.renders.map((r) => `${r.toFixed(1)} s`).join(' + ')}`;
        if (job.kind === 'booklet') {
          const a5 = doc.getPageCount();
          doc = await imposeBooklet(doc);
          note += `, ${a5} A5-pagina's`;
        }
      }
      const finishing = performance.now();
      setMetadata(doc, meta);
      const bytes = await savePdf(doc);
      fs.writeFileSync(path.join(tmpDir, job.file), bytes);
      if (note) note += `, opslaan ${((performance.now() - finishing) / 1000).toFixed(1)} s`;
      report({ file: job.file, pages: doc.getPageCount(), bytes: bytes.length, seconds: (performance.now() - start) / 1000, budget: job.budget, note });
    };

    /** Renders a list of PDFs with `workers` pages at once; the first failure stops the rest and names its page. */
    const renderAll = async (list: Job[], workers: number): Promise<void> => {
      const queue = [...list];
      const worker = async () => {
        // A context of its own gives each worker its own renderer process, so pages really print at once.
        const first = queue[0];
        const context = await browser!.createBrowserContext().catch((e: Error) => {
          throw new Error(first ? browserStopped(first, e.message) : e.message);
        });
        const page = await context.newPage();
        page.setDefaultTimeout(timeout);
        await page.setBypassCSP(true); // the booklet's type and the hand-outs' footer are added as style sheets
        // Print media from the start, so the narrow window hides the page until it is printed (LOAD_WIDTH).
        await page.emulateMediaType('print');
        // Paper versions: an island (checklist scorer, colour test) must not turn a
        // blank form into an interactive one, or fill it from storage.
        await page.setJavaScriptEnabled(false);
        try {
          for (let job = queue.shift(); job && !stopped; job = queue.shift()) {
            try {
              await render(page, job);
            } catch (e) {
              stopped = true; // the other workers stop after their current PDF
              const message = (e as Error).message;
              if (!browser!.connected || BROWSER_GONE.test(message)) throw new Error(browserStopped(job, message));
              const reason = (e as Error).name === 'TimeoutError' ? `geen antwoord binnen ${timeout / 1000} s` : message;
              throw new Error(`PDF ${job.file} (van ${job.sitePath}) is mislukt: ${reason}`);
            }
          }
        } finally {
          await context.close().catch(() => {});
        }
      };
      const results = await Promise.allSettled(Array.from({ length: Math.min(workers, list.length) }, worker));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    };

    // The book first, on its own: it is the longest job and the one a reader waits for
    // (measured on 2 shared cores: alone it takes half the time it takes next to the hand-outs).
    // Then the rest, several at once, the longest first (the booklet, then the cards), so
    // that no worker is left with a long job at the end while the others wait.
    // The rest starts when the book has left Chromium, while the book is still being written.
    const LONGEST_FIRST: Job['kind'][] = ['booklet', 'cards', 'handout'];
    const book = renderAll(jobs.filter((j) => j.kind === 'book'), 1).finally(bookLeftChromium);
    await bookPrinted;
    const rest = stopped ? Promise.resolve() : renderAll(jobs.filter((j) => j.kind !== 'book').sort((a, b) => LONGEST_FIRST.indexOf(a.kind) - LONGEST_FIRST.indexOf(b.kind)), concurrency);
    const failed = (await Promise.allSettled([book, rest])).find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;

    fs.rmSync(finalDir, { recursive: true, force: true });
    fs.renameSync(tmpDir, finalDir);
  } catch (e) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    throw e;
  } finally {
    if (!options.browser) await browser?.close().catch(() => {});
    await server.close();
  }

  const seconds = (performance.now() - t0) / 1000;
  const bytes = reports.reduce((n, r) => n + r.bytes, 0);
  const pages = reports.reduce((n, r) => n + r.pages, 0);
  const handouts = reports.filter((r) => r.budget);
  log(`  ${reports.length} PDF's, ${pages} pagina's, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s (${concurrency} tegelijk)`);
  for (const r of reports.filter((r) => !r.budget)) log(`    ${r.file}: ${r.pages} pagina's, ${kB(r.bytes)}`);
  if (handouts.length) {
    const sizes = handouts.map((r) => r.bytes);
    log(`    ${handouts.length} hand-outs: ${Math.min(...handouts.map((r) => r.pages))}–${Math.max(...handouts.map((r) => r.pages))} pagina's, ${kB(Math.min(...sizes))}–${kB(Math.max(...sizes))}`);
  }
  const over = handouts.filter((r) => r.pages > r.budget!);
  if (over.length) log(`  ⚠ ${over.length} hand-out(s) zijn langer dan bedoeld: ${over.map((r) => `${r.file} (${r.pages} p.)`).join(', ')}`);
  return reports;
}

/** "https://www.school.nl" + "/scholen/demo/" -> "https://www.school.nl/scholen/demo/"; no address: undefined. */
export function publicBaseOf(siteUrl: string | undefined, base: string): string | undefined {
  if (!siteUrl) return undefined;
  return new URL(base.replace(/^\/*/, '/').replace(/\/*$/, '/'), siteUrl.replace(/\/*$/, '/')).href;
}

/** The message when Chromium itself stopped during a PDF: which one, and what to try. */
function browserStopped(job: Pick<Job, 'file' | 'sitePath'>, detail: string): string {
  return (
    `De browser (Chromium) is gestopt tijdens het maken van PDF ${job.file} (van ${job.sitePath}).\n` +
    `Meestal is het geheugen op, of is Chromium van buitenaf afgesloten. Probeer:\n` +
    `  - de build nog eens te draaien;\n` +
    `  - minder PDF's tegelijk te maken: SAMEN_LEREN_PDF_JOBS=1 npm run build;\n` +
    `  - andere programma's te sluiten, of de machine (of container) meer geheugen te geven;\n` +
    `  - een andere Chrome of Chromium met PUPPETEER_EXECUTABLE_PATH=/pad/naar/chrome.\n` +
    `Melding van de browser: ${detail.split('\n')[0]}`
  );
}

// Standalone: re-render the PDFs of an existing build (default dist/).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const siteDir = path.resolve(process.argv[2] ?? 'dist');
  // The project's own brand, or the one SAMEN_LEREN_BRAND / SAMEN_LEREN_BASE name (see siteContext()).
  renderPdfs({ siteDir }).catch((e: unknown) => {
    console.error(`\n${(e as Error).message}\n`);
    process.exit(1);
  });
}
