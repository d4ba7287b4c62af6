// npm run build: the whole handbook (site, search index, PDFs) into dist/.
//
// Everything is built in a fresh folder under .build/ first; only when every
// step has succeeded does it replace dist/. A failed build names the problem
// and leaves the previous dist/ as it was.
//
//   node scripts/build.ts [--brand <folder>] [--base <path>] [--no-pdf] [--out <folder>]
//
// --brand (or SAMEN_LEREN_BRAND) names a school's brand folder; without it the
// project's own brand (content/brand/) is used. --base (or SAMEN_LEREN_BASE) puts
// the copy under another base path than the brand's. See README.md.
//
// The first step reads and checks everything once (src/lib/context.ts); every
// later step gets that context: Astro's pages through siteContext(), the PDF
// renderer as an argument.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { closeAllBrowsers } from './browser.ts';

const { values: args } = parseArgs({
  options: {
    brand: { type: 'string' },
    base: { type: 'string' },
    'no-pdf': { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist' },
  },
});

const root = process.cwd();
const outDir = path.resolve(root, args.out!);
const workDir = path.join(root, '.build', `dist-${process.pid}`);
const timings: Record<string, number> = {};

async function step<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  process.stdout.write(`• ${name} …\n`);
  const result = await fn();
  timings[name] = (performance.now() - t0) / 1000;
  process.stdout.write(`  ${name}: ${timings[name]!.toFixed(1)} s\n`);
  return result;
}

async function main(): Promise<void> {
  removeLeftovers();
  fs.mkdirSync(path.dirname(workDir), { recursive: true });
  stopCleanlyOnSignals();

  // 1. The brand and the content are checked before anything is built.
  const context = await step('merk en inhoud controleren', async () => {
    const { loadContext, provideContext } = await import('../src/lib/context.ts');
    const c = provideContext(loadContext({
      root,
      brand: args.brand ?? process.env.SAMEN_LEREN_BRAND,
      base: args.base ?? (process.env.SAMEN_LEREN_BASE || undefined),
      // A build without PDFs offers none: the pages leave out every PDF link.
      pdfs: !args['no-pdf'],
    }));
    // No browser for the PDFs: say so now, not after building the whole site.
    if (c.pdfs) (await import('./browser.ts')).findBrowser();
    return c;
  });
  const { brand } = context;

  // 2. The site.
  await step('website bouwen (Astro)', async () => {
    // Astro reads import.meta.env.BASE_URL (and friends) from the environment when it is
    // set there: a stray BASE_URL (Vitest sets BASE_URL=/ for the builds tests start, a
    // CI may set its own) would silently replace the base path. The context decides.
    for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];
    const { build } = await import('astro');
    await build({ root, logLevel: 'warn', outDir: workDir });
  });
  (await import('../src/lib/brand.ts')).writeBrandFiles(brand, workDir);
  // Offline and dark mode (issue 17): the small scripts (src/lib/site-script.ts).
  (await import('../src/lib/site-script.ts')).writeSiteScripts(workDir);

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

  // 4. The PDFs, rendered from the built pages.
  let pdfReport: unknown[] | undefined;
  if (context.pdfs) {
    pdfReport = await step("PDF's maken", async () => {
      const { renderPdfs } = await import('./pdf.ts');
      return renderPdfs({ context, siteDir: workDir });
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

  // 6. Swap: the new build replaces dist/ in one rename.
  const old = `${workDir}-old`;
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(workDir, outDir);
  fs.rmSync(old, { recursive: true, force: true });
  fs.writeFileSync(path.join(root, '.build', 'timings.json'), JSON.stringify(timings, null, 2));
  // Per PDF: file, pages, bytes, seconds (for the benchmark).
  if (pdfReport) fs.writeFileSync(path.join(root, '.build', 'pdf-report.json'), JSON.stringify(pdfReport, null, 2));
  const total = Object.values(timings).reduce((a, b) => a + b, 0);
  console.log(`\nKlaar: ${path.relative(root, outDir) || '.'}/ in ${total.toFixed(1)} s.`);
}

/** A build that was killed (kill -9, a closed terminal) leaves its folder in .build/: remove it. */
function removeLeftovers(): void {
  const buildDir = path.dirname(workDir);
  if (!fs.existsSync(buildDir)) return;
  for (const name of fs.readdirSync(buildDir)) {
    const pid = Number(/^dist-(\d+)(?:-old)?$/.exec(name)?.[1]);
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

/** Ctrl-C or a kill: remove the half-built folder, close Chromium, leave dist/ as it was. */
function stopCleanlyOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      closeAllBrowsers();
      fs.rmSync(workDir, { recursive: true, force: true });
      console.error(`\nDe build is afgebroken (${signal === 'SIGINT' ? 'Ctrl-C' : signal}); ${path.relative(root, outDir) || '.'}/ is niet veranderd.`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/**
 * The message for an editor: our own errors as they are; a full disk in Dutch;
 * from a bundler's error only its message, without its stack trace or its
 * "file:undefined:undefined" position (our checks name the line already).
 */
export function explainFailure(error: unknown): string {
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

main().catch((error: unknown) => {
  closeAllBrowsers();
  fs.rmSync(workDir, { recursive: true, force: true });
  console.error(`\nDe build is gestopt; ${path.relative(root, outDir) || '.'}/ is niet veranderd.\n\n${explainFailure(error)}\n`);
  process.exit(1);
});
