// npm run bench: builds the default handbook several times and reports build
// times (median), bytes per page (gzipped), JavaScript per page, the first
// search and the PDFs, as a table and as JSON (.build/bench.json). A broken
// budget makes the benchmark fail; the test suite does not time anything.
//
//   node scripts/bench.ts [--runs 3] [--no-build] [--no-lighthouse]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'no-build': { type: 'boolean', default: false }, 'no-lighthouse': { type: 'boolean', default: false } },
});
const root = process.cwd();
const dist = path.join(root, 'dist');

/** The budgets of issue 8 (and 3, 4, 5, 6). */
const BUDGETS = {
  htmlMedianKb: 6,
  cssTotalKb: 10,
  jsOnPlainPagesKb: 1, // the head script: theme and service worker (issue 17)
  islandKb: 12,
  colourTestKb: 10,
  fullBuildS: 20,
  bookPdfS: 3,
  allPdfsS: 15,
  bookPdfMb: 1.5,
  firstSearchKb: 100,
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
};
const kb = (bytes: number) => bytes / 1024;
const gz = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

// 1. Build times: the build script records each step in .build/timings.json.
const runs: Array<Record<string, number>> = [];
if (!args['no-build']) {
  const n = Number(args.runs);
  for (let i = 1; i <= n; i++) {
    process.stdout.write(`build ${i}/${n} …\n`);
    const t0 = performance.now();
    execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/build.ts'], { stdio: 'ignore' });
    const timings = JSON.parse(fs.readFileSync(path.join(root, '.build', 'timings.json'), 'utf8')) as Record<string, number>;
    const pdfRun = JSON.parse(fs.readFileSync(path.join(root, '.build', 'pdf-report.json'), 'utf8')) as Array<{ file: string; seconds: number }>;
    runs.push({ ...timings, 'boek-PDF': pdfRun.find((r) => r.file === 'samen-leren.pdf')?.seconds ?? 0, total: (performance.now() - t0) / 1000 });
  }
}
const stepNames = runs.length ? Object.keys(runs[0]!) : [];
const buildTimes = Object.fromEntries(stepNames.map((k) => [k, median(runs.map((r) => r[k] ?? 0))]));

// 2. Bytes per page.
function pages(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    // /print/ is the source the PDFs are rendered from, not a page readers visit.
    if (e.isDirectory() && !['pagefind', '_astro', '_brand', 'pdf', 'print'].includes(e.name)) out.push(...pages(p));
    else if (e.name === 'index.html') out.push(p);
  }
  return out;
}
const pageType = (rel: string) => (rel === '' ? 'home' : rel.split('/')[0] === rel.replace(/\/$/, '') ? 'deel' : rel.split('/')[0]!);
const perPage = pages(dist).map((file) => {
  const rel = path.relative(dist, path.dirname(file)).split(path.sep).join('/');
  const html = fs.readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const jsBytes = scripts.reduce((sum, src) => {
    const f = path.join(dist, src.replace(/^.*?\/_astro\//, '_astro/'));
    return sum + (fs.existsSync(f) ? gz(f) : 0);
  }, 0);
  return { page: `/${rel}${rel ? '/' : ''}`, type: pageType(rel), html: gz(file), js: jsBytes };
});
// All CSS that reader pages link (the print book's own stylesheet is not sent to readers).
const cssFiles = [...new Set(pages(dist).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => m[1]!.replace(/^.*?\/(_astro|_brand)\//, '$1/'))))];
const cssTotal = cssFiles.reduce((s, f) => s + (fs.existsSync(path.join(dist, f)) ? gz(path.join(dist, f)) : 0), 0);
const byType = new Map<string, number[]>();
for (const p of perPage) byType.set(p.type, [...(byType.get(p.type) ?? []), p.html]);

// 3. PDFs.
const pdfDir = path.join(dist, 'pdf');
const pdfs = fs.existsSync(pdfDir)
  ? await Promise.all(
      fs.readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).map(async (f) => {
        const { PDFDocument } = await import('pdf-lib');
        const bytes = fs.readFileSync(path.join(pdfDir, f));
        const doc = await PDFDocument.load(bytes, { updateMetadata: false });
        return { file: f, kb: kb(bytes.length), pages: doc.getPageCount() };
      }),
    )
  : [];
// PDF render times: the medians of the runs above (the book, and the whole PDF step).
const pdfReport = runs.length ? { book: buildTimes['boek-PDF'] ?? 0, all: buildTimes["PDF's maken"] ?? 0 } : {} as { book?: number; all?: number };

// 4. The first search: a cold visit to /zoeken/?q=…, served as a web host configured as
// in the README (brotli: Pagefind's .br copies, other text compressed on the fly) and, for
// comparison, by a host with gzip only. The budget counts the brotli figure.
interface SearchFigures { bytes: number; ms: number; slow4gMs: number; perKind: Record<string, { bytes: number; requests: number }> }
let search: { br: SearchFigures; gzip: SearchFigures } | undefined;
{
  const { measureMedian, byKind, NETWORKS } = await import('./measure-search.ts');
  const { launchBrowser } = await import('./browser.ts');
  const { serve } = await import('./static-server.ts');
  const browser = await launchBrowser({ shell: false });
  try {
    const measure = async (compress: 'br' | 'gzip'): Promise<SearchFigures> => {
      const server = await serve(dist, '/', {}, { compress });
      try {
        // Times are the median of three cold visits (they vary with the machine's load); bytes do not vary.
        const fast = await measureMedian(browser, `${server.url}zoeken/`, 'feedback', 3);
        const slow = await measureMedian(browser, `${server.url}zoeken/`, 'feedback', 3, NETWORKS['Slow 4G']);
        return { bytes: fast.bytes, ms: fast.ms, slow4gMs: slow.ms, perKind: byKind(fast.requests) };
      } finally {
        await server.close();
      }
    };
    search = { br: await measure('br'), gzip: await measure('gzip') };
  } finally {
    await browser.close();
  }
}

// 5. Lighthouse, mobile profile, on the home page, a tool page and the checklist page (goal: 100 on each).
const LIGHTHOUSE_PAGES = ['/', '/gereedschap/dialoog/', '/checklists/lerende-organisatie/'];
let lighthouse: Array<{ path: string; scores: Record<string, number> }> = [];
if (!args['no-lighthouse']) {
  const { lighthouseScores } = await import('./lighthouse.ts');
  lighthouse = await lighthouseScores(dist, LIGHTHOUSE_PAGES);
}

// 6. Budgets.
// Pages that carry an island (checklist scorer, colour test, search, session planner, the colophon's
// "Bewaar alles"); every other page ships only the head script (≤ 1 kB: theme and service worker, issue 17).
const isIslandPage = (page: string) => /^\/checklists\/[^/]+\/$|^\/kleurentest\/$|^\/zoeken\/$|^\/sessie\/$|^\/colofon\/$/.test(page);
const islandPages = perPage.filter((p) => isIslandPage(p.page) && p.js > 0);
const plainPages = perPage.filter((p) => !isIslandPage(p.page));
const book = pdfs.find((p) => p.file === 'samen-leren.pdf');
const checks: Array<{ name: string; value: number; budget: number; unit: string; atLeast?: boolean }> = [
  { name: 'HTML per pagina (mediaan, gzip)', value: kb(median(perPage.map((p) => p.html))), budget: BUDGETS.htmlMedianKb, unit: 'kB' },
  { name: 'alle CSS (gzip)', value: kb(cssTotal), budget: BUDGETS.cssTotalKb, unit: 'kB' },
  { name: 'JS op pagina’s zonder eiland (max)', value: kb(Math.max(0, ...plainPages.map((p) => p.js))), budget: BUDGETS.jsOnPlainPagesKb, unit: 'kB' },
  ...islandPages.map((p) => ({ name: `JS op ${p.page} (gzip)`, value: kb(p.js), budget: p.page === '/kleurentest/' ? BUDGETS.colourTestKb : BUDGETS.islandKb, unit: 'kB' })),
  ...(runs.length ? [{ name: 'volledige build (mediaan)', value: buildTimes.total ?? 0, budget: BUDGETS.fullBuildS, unit: 's' }] : []),
  ...(pdfReport.book ? [{ name: 'boek-PDF renderen', value: pdfReport.book, budget: BUDGETS.bookPdfS, unit: 's' }] : []),
  ...(pdfReport.all ? [{ name: "alle PDF's renderen", value: pdfReport.all, budget: BUDGETS.allPdfsS, unit: 's' }] : []),
  ...(book ? [{ name: 'boek-PDF grootte', value: book.kb / 1024, budget: BUDGETS.bookPdfMb, unit: 'MB' }] : []),
  ...(search ? [{ name: 'eerste zoekopdracht: overgedragen (brotli)', value: kb(search.br.bytes), budget: BUDGETS.firstSearchKb, unit: 'kB' }] : []),
  ...lighthouse.flatMap((r) => Object.entries(r.scores).map(([category, score]) => ({ name: `Lighthouse ${category} ${r.path}`, value: score, budget: 100, unit: 'punten', atLeast: true }))),
];

// Report.
const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1);
console.log('\nBouwtijden (mediaan van %d runs, s):', runs.length);
for (const [k, v] of Object.entries(buildTimes)) console.log(`  ${k.padEnd(34)} ${fmt(v)}`);
console.log('\nHTML per paginatype (gzip, kB): mediaan / max');
for (const [type, sizes] of byType) console.log(`  ${type.padEnd(34)} ${fmt(kb(median(sizes)))} / ${fmt(kb(Math.max(...sizes)))}`);
console.log(`\nCSS totaal (gzip): ${fmt(kb(cssTotal))} kB in ${cssFiles.length} bestand(en)`);
console.log('JS per pagina (gzip): ' + (islandPages.length ? islandPages.map((p) => `${p.page} ${fmt(kb(p.js))} kB`).join(', ') : 'geen'));
if (search) {
  for (const [name, s] of [['brotli', search.br], ['alleen gzip', search.gzip]] as const) {
    console.log(`Eerste zoekopdracht (${name}): ${fmt(kb(s.bytes))} kB, eerste resultaten na ${Math.round(s.ms)} ms (Slow 4G: ${Math.round(s.slow4gMs)} ms)`);
    console.log('  ' + Object.entries(s.perKind).map(([k, v]) => `${k} ${fmt(kb(v.bytes))}${v.requests > 1 ? ` (${v.requests}×)` : ''}`).join(', '));
  }
  console.log('  Het budget telt brotli: wat een webserver stuurt die is ingesteld zoals in de README.');
}
if (pdfs.length) {
  console.log("\nPDF's:");
  for (const p of pdfs) console.log(`  ${p.file.padEnd(44)} ${String(p.pages).padStart(3)} p.  ${fmt(p.kb)} kB`);
}
console.log('\nBudgetten:');
let failed = 0;
for (const c of checks) {
  const ok = c.atLeast ? c.value >= c.budget : c.value <= c.budget;
  if (!ok) failed++;
  console.log(`  ${ok ? 'ok  ' : c.atLeast ? 'TE LAAG' : 'TE VEEL'} ${c.name.padEnd(40)} ${fmt(c.value)} ${c.unit} (${c.atLeast ? 'minstens' : 'budget'} ${c.budget} ${c.unit})`);
}
const report = { date: new Date().toISOString(), runs, buildTimes, perPage, cssTotal, pdfs, pdfTimings: pdfReport, search, lighthouse, checks, budgets: BUDGETS };
fs.mkdirSync(path.join(root, '.build'), { recursive: true });
fs.writeFileSync(path.join(root, '.build', 'bench.json'), JSON.stringify(report, null, 2));
console.log(`\nJSON: .build/bench.json. ${failed ? `${failed} budget(ten) overschreden.` : 'Alle budgetten gehaald.'}`);
process.exit(failed ? 1 : 0);
