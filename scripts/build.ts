// npm run build: the whole handbook (site, search index, PDFs) into dist/.
//
// Everything is built in a fresh folder under .build/ first; only when every
// step has succeeded does it replace dist/. A failed build names the problem
// and leaves the previous dist/ as it was.
//
//   node scripts/build.ts [--brand <folder>] [--base <path>] [--no-pdf] [--out <folder>]
//   node scripts/build.ts --brand a --out dist/a --brand b --out dist/b …
//
// --brand (or SAMEN_LEREN_BRAND) names a school's brand folder; without it the
// project's own brand (content/brand/) is used. --base (or SAMEN_LEREN_BASE) puts
// the copy under another base path than the brand's. Several brands, each with its
// own --out, are built one after the other in this one process: they share the
// warmed-up Astro and one Chromium for their PDFs (`samen-leren build --brands`).
//
// The first step reads and checks everything once (src/lib/node/context.ts); every
// later step gets that context: Astro's pages through siteContext(), the PDF
// renderer as an argument. Timings and the PDF report go next to the output:
// <out>/../.build/<name of out>-timings.json (for dist/: .build/timings.json).
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { closeAllBrowsers } from './browser.ts';

export interface BuildOptions {
  root: string;
  /** A school's brand folder; the project's own without it. */
  brand?: string;
  /** A base path that wins over the brand's. */
  base?: string;
  /** The output folder, replaced in one rename at the end. */
  out: string;
  pdfs: boolean;
  /** Also write `_headers` with the CSP, for hosts that read it (`samen-leren build` asks for it). */
  hostHeaders?: boolean;
}

/** What several builds in one process share: one Chromium for all their PDFs. */
export interface SharedBuild {
  browser?: Promise<Browser>;
}

/** The folders of the builds running in this process (removed on Ctrl-C). */
const workDirs = new Set<string>();

export async function buildHandbook(options: BuildOptions, shared: SharedBuild = {}): Promise<void> {
  const { root } = options;
  const outDir = path.resolve(root, options.out);
  const workDir = path.join(root, '.build', `dist-${process.pid}-${workDirs.size}`);
  workDirs.add(workDir);
  const timings: Record<string, number> = {};
  // Chromium for the PDFs, started as soon as the content is checked: it starts while
  // Astro builds the site, on the core Astro leaves free. Closed here, unless shared.
  let ownBrowser: Promise<Browser> | undefined;
  const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    process.stdout.write(`• ${name} …\n`);
    const result = await fn();
    timings[name] = (performance.now() - t0) / 1000;
    process.stdout.write(`  ${name}: ${timings[name]!.toFixed(1)} s\n`);
    return result;
  };

  try {
    fs.mkdirSync(path.dirname(workDir), { recursive: true });

    // 1. The brand and the content are read and checked before anything is built.
    const context = await step('merk en inhoud controleren', async () => {
      const { loadContext, provideContext } = await import('../src/lib/node/context.ts');
      const c = provideContext(loadContext({ root, brand: options.brand, base: options.base, pdfs: options.pdfs }));
      // No browser for the PDFs: say so now, not after building the whole site.
      if (c.pdfs && !shared.browser) {
        const { findBrowser, startBrowser } = await import('./browser.ts');
        findBrowser();
        ownBrowser = startBrowser();
        ownBrowser.catch(() => {}); // a failed start is reported by the PDF step, which awaits it
      }
      return c;
    });
    const { brand } = context;

    // 2. The site.
    await step('website bouwen (Astro)', async () => {
      // Astro reads import.meta.env.BASE_URL (and friends) from the environment when it is
      // set there: a stray BASE_URL (Vitest sets BASE_URL=/ for the builds tests start, a
      // CI may set its own) would silently replace the base path. The context decides.
      for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];
      // A build is for production, whatever NODE_ENV the caller has: with NODE_ENV=test (Vitest
      // sets it) import.meta.env.DEV came out true, and pages built that way registered no
      // service worker (Base.astro leaves data-sw out in dev).
      const callersNodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        const { build } = await import('astro');
        await build({ root, logLevel: 'warn', outDir: workDir });
      } finally {
        if (callersNodeEnv === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = callersNodeEnv;
      }
    });
    (await import('../src/lib/node/brand.ts')).writeBrandFiles(brand, workDir);
    // Offline and dark mode (issue 17): the small scripts (src/lib/node/site-script.ts).
    (await import('../src/lib/node/site-script.ts')).writeSiteScripts(workDir);

    // 3. The search index, from the main content of each page only.
    await step('zoekindex maken (Pagefind)', async () => {
      const { buildSearchIndex } = await import('./search-index.ts');
      await buildSearchIndex(workDir);
    });

    // 3b. Offline (issue 17): the service worker, with every page, the CSS and JS, the
    // brand's files and all of Pagefind's files in its precache (scripts/service-worker.ts).
    await step('offline maken (service worker)', async () => {
      const { buildServiceWorker } = await import('./service-worker.ts');
      const sw = await buildServiceWorker(workDir, brand.base);
      process.stdout.write(`  ${sw.files} bestanden, ${(sw.bytes / 1024 / 1024).toFixed(1)} MB voor offline gebruik\n`);
    });

    // 3c. Brotli copies of the pages, CSS and JavaScript (Pagefind's have theirs already), for a
    // server configured as in the README; kept by content hash, so a rebuild redoes only what changed.
    await step('comprimeren (brotli)', async () => {
      const { writeSiteBrotliCopies } = await import('./brotli-copies.ts');
      await writeSiteBrotliCopies(workDir);
    });

    // 4. The PDFs, rendered from the built pages.
    let pdfReport: unknown[] | undefined;
    if (context.pdfs) {
      pdfReport = await step("PDF's maken", async () => {
        const { renderPdfs } = await import('./pdf.ts');
        return renderPdfs({ context, siteDir: workDir, browser: await (shared.browser ?? ownBrowser) });
      });
    }

    // 5. Every internal link and anchor must lead somewhere.
    await step('links controleren', async () => {
      const { findBrokenLinks } = await import('./check-links.ts');
      // A link to a PDF that this build did not write is broken, in every mode.
      const broken = findBrokenLinks(workDir, brand.base);
      if (broken.length) {
        throw new Error(
          `${broken.length} kapotte link(s) in de gebouwde site:\n` +
            broken.slice(0, 30).map((b) => `  - ${b.page}: "${b.href}" (${b.reason})`).join('\n'),
        );
      }
    });

    if (options.hostHeaders) fs.writeFileSync(path.join(workDir, '_headers'), (await import('./host-headers.ts')).hostHeaders());

    // 6. Swap: the new build replaces the output folder in one rename.
    const old = `${workDir}-old`;
    fs.mkdirSync(path.dirname(outDir), { recursive: true });
    if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
    fs.renameSync(workDir, outDir);
    fs.rmSync(old, { recursive: true, force: true });
    writeReports(root, outDir, timings, pdfReport);
    const total = Object.values(timings).reduce((a, b) => a + b, 0);
    console.log(`\nKlaar: ${path.relative(root, outDir) || '.'}/ in ${total.toFixed(1)} s.`);
  } finally {
    if (ownBrowser) await (await ownBrowser.catch(() => undefined))?.close().catch(() => {});
    fs.rmSync(workDir, { recursive: true, force: true });
    workDirs.delete(workDir);
  }
}

/**
 * The timings (for the benchmark) and per PDF its file, pages, bytes and seconds, next
 * to the output they belong to: dist/ → .build/timings.json, so `npm run bench` finds
 * them; another --out gets its own, named after it, in a .build/ beside it.
 */
export function reportPaths(root: string, outDir: string): { timings: string; pdfs: string } {
  if (path.resolve(outDir) === path.resolve(root, 'dist')) {
    return { timings: path.join(root, '.build', 'timings.json'), pdfs: path.join(root, '.build', 'pdf-report.json') };
  }
  const dir = path.join(path.dirname(outDir), '.build');
  const name = path.basename(outDir);
  return { timings: path.join(dir, `${name}-timings.json`), pdfs: path.join(dir, `${name}-pdf-report.json`) };
}

function writeReports(root: string, outDir: string, timings: Record<string, number>, pdfReport?: unknown[]): void {
  const files = reportPaths(root, outDir);
  fs.mkdirSync(path.dirname(files.timings), { recursive: true });
  fs.writeFileSync(files.timings, JSON.stringify(timings, null, 2));
  if (pdfReport) fs.writeFileSync(files.pdfs, JSON.stringify(pdfReport, null, 2));
}

/** A build that was killed (kill -9, a closed terminal) leaves its folder in .build/: remove it. */
function removeLeftovers(root: string): void {
  const buildDir = path.join(root, '.build');
  if (!fs.existsSync(buildDir)) return;
  for (const name of fs.readdirSync(buildDir)) {
    const pid = Number(/^dist-(\d+)(?:-\d+)?(?:-old)?$/.exec(name)?.[1]);
    if (!pid || (pid !== process.pid && isRunning(pid))) continue;
    fs.rmSync(path.join(buildDir, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Ctrl-C or a kill: remove the half-built folders, close Chromium, leave the output as it was. */
function stopCleanlyOnSignals(shown: string): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      closeAllBrowsers();
      for (const dir of workDirs) fs.rmSync(dir, { recursive: true, force: true });
      console.error(`\nDe build is afgebroken (${signal === 'SIGINT' ? 'Ctrl-C' : signal}); ${shown} is niet veranderd.`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/**
 * The message for an editor: our own errors as they are; a full disk in Dutch;
 * from a bundler's error only its message, without its stack trace or its
 * "file:undefined:undefined" position (our checks name the line already).
 */
export function explainFailure(error: unknown, root = process.cwd()): string {
  const e = error as NodeJS.ErrnoException;
  const text = error instanceof Error ? error.message : String(error);
  if (e?.code === 'ENOSPC' || /ENOSPC|No space left on device|os error 28/i.test(`${text}${e?.stack ?? ''}`)) {
    return 'De schijf is vol: er was geen ruimte meer om de build weg te schrijven.\n' +
      `Maak ruimte vrij op de schijf van ${root} (een oude map .build/ of dist/ mag weg) en bouw opnieuw.`;
  }
  return text
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line) && !/^Build failed with \d+ error/.test(line) && !/^\[plugin [^\]]+\] .*:undefined:undefined$/.test(line))
    .map((line) => line.replace(/^(?:MDXError|Error|ContentError|BrandError): /, ''))
    .join('\n')
    .trim();
}

/** The command line: one build, or several brands one after the other with one browser. */
async function main(): Promise<number> {
  const { values: args } = parseArgs({
    options: {
      brand: { type: 'string', multiple: true },
      base: { type: 'string' },
      'no-pdf': { type: 'boolean', default: false },
      out: { type: 'string', multiple: true },
      'host-headers': { type: 'boolean', default: false },
    },
  });
  const root = process.cwd();
  // Node keeps the compiled code of Astro, Vite and the rest on disk: the next build
  // starts them without compiling them again (most of a build's start-up).
  module.enableCompileCache?.(path.join(root, '.build', 'node-compile-cache'));
  const envBrand = process.env.SAMEN_LEREN_BRAND || undefined;
  const brands: Array<string | undefined> = args.brand?.length ? args.brand : [envBrand];
  const outs = args.out?.length ? args.out : ['dist'];
  if (outs.length !== brands.length) {
    console.error(`Geef elke merkmap een eigen --out: nu ${brands.length} keer --brand en ${outs.length} keer --out.`);
    return 2;
  }
  const shown = outs.length === 1 ? `${path.relative(root, path.resolve(root, outs[0]!)) || '.'}/` : 'geen van de uitvoermappen';
  removeLeftovers(root);
  stopCleanlyOnSignals(shown);
  const shared: SharedBuild = {};
  let failed = 0;
  const t0 = performance.now();
  for (const [i, brand] of brands.entries()) {
    const out = outs[i]!;
    if (brands.length > 1) console.log(`\n== ${i + 1}/${brands.length}: ${brand ?? 'het eigen merk'} → ${out}/`);
    try {
      // Several brands with PDFs: one Chromium for all of them, started when the first needs it.
      if (brands.length > 1 && !args['no-pdf'] && !shared.browser) {
        const { launchBrowser, findBrowser } = await import('./browser.ts');
        findBrowser();
        shared.browser = launchBrowser();
      }
      await buildHandbook({ root, brand, base: args.base ?? (process.env.SAMEN_LEREN_BASE || undefined), out, pdfs: !args['no-pdf'], hostHeaders: args['host-headers'] }, shared);
    } catch (error) {
      failed++;
      const where = path.relative(root, path.resolve(root, out)) || '.';
      console.error(`\nDe build is gestopt; ${where}/ is niet veranderd.\n\n${explainFailure(error, root)}\n`);
    }
  }
  if (shared.browser) await (await shared.browser.catch(() => undefined))?.close().catch(() => {});
  if (brands.length > 1) {
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(failed ? `\n${failed} van de ${brands.length} merkmappen zijn niet gebouwd (zie hierboven).` : `\nAlle ${brands.length} merkmappen gebouwd in ${s} s.`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      closeAllBrowsers();
      console.error(`\nDe build is gestopt.\n\n${explainFailure(error)}\n`);
      process.exit(1);
    },
  );
}
