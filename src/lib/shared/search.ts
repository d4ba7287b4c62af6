// The logic of the search page, free of the DOM and of Pagefind, so it can be
// tested on its own: the state in the address bar, the sentence that announces
// the results, where the arrow keys and Escape lead, and the safe reading of
// Pagefind's excerpts.

/** The name of the Pagefind filter (and metadata) that holds a page's part. */
export const PART_FILTER = 'onderdeel';
/**
 * Stands in the search page for the index's tag until the index exists: the build then
 * puts a hash of Pagefind's entry file in its place (scripts/search-index.ts), so the
 * tag changes exactly when the index does, and a rebuild of the same site is the same site.
 */
export const INDEX_TAG_PLACEHOLDER = 'samen-leren-index-tag';
/** The Pagefind metadata that holds a page's extra search words (front-matter `keywords`). */
export const KEYWORDS_META = 'trefwoorden';
/**
 * Text of a page that Pagefind cannot read itself: the checklist statements sit in
 * form labels, which Pagefind skips. Searched as metadata, with a low weight.
 */
export const STATEMENTS_META = 'uitspraken';

/**
 * How the search page configures Pagefind (besides baseUrl); the tests search the
 * built index with the same settings, so they rank as the page does.
 */
export const PAGEFIND_OPTIONS = {
  // On the main thread: one script less to fetch (the worker is ~43 kB), and a
  // search over a book of this size takes a few milliseconds anyway.
  noWorker: true,
  excerptLength: 22,
  excerptEllipsis: '…',
  // Tuned on the teacher questions in tests/search.test.ts (issue 12). One change from
  // Pagefind's defaults: termSaturation 2 (default 1.4), so repeats of a word keep counting a
  // little longer: a page that names intervisie again and again is about it, a page that
  // mentions it once is not. It widened the smallest lead of a right answer from 22 % to 32 %.
  // Tried and left at the default: termSimilarity 2 (hardly a gain, and "samen beleid maken"
  // then lost the Achtbaan to De Bloemenfabriek), pageLength and termFrequency (no gain),
  // higher title or keyword weights (no question changed). A hit in the title counts most, one in the keywords a bit less;
  // the part name itself does not count.
  ranking: {
    termFrequency: 1,
    termSaturation: 2,
    pageLength: 0.75,
    termSimilarity: 1,
    metaWeights: { title: 5, [KEYWORDS_META]: 3, [STATEMENTS_META]: 1, [PART_FILTER]: 0 },
  },
} as const;

/** The performance mark the search page sets when it first shows results (for the benchmark). */
export const FIRST_RESULTS_MARK = 'zoeken:eerste-resultaten';

/** What a search is: the words and the parts it is limited to (none: all parts). */
export interface SearchState { query: string; parts: string[] }

const MAX_QUERY = 200;

/** Reads the state from a query string ("?q=visie&onderdeel=Stap"). Never throws. */
export function readState(search: string, knownParts: readonly string[]): SearchState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { query: '', parts: [] };
  }
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const asked = new Set(params.getAll(PART_FILTER));
  // Only parts the site knows, in the site's order: a hand-edited link cannot add nonsense.
  const parts = knownParts.filter((p) => asked.has(p));
  return { query, parts };
}

/** The address of a search, for history.replaceState and for sharing: "/zoeken/?q=visie&onderdeel=Stap". */
export function stateUrl(pagePath: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const p of state.parts) params.append(PART_FILTER, p);
  const qs = params.toString();
  return qs ? `${pagePath}?${qs}` : pagePath;
}

/** The sentences a brand can change in content/ui.yaml (searchPage.count*). */
export interface CountTexts { countNone: string; countOne: string; countMany: string; countIn: string }

/** Fills "{n}" and "{q}" style placeholders; unknown ones stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/** "12 resultaten voor ‘feedback’", with the chosen parts when the search is limited. */
export function countMessage(texts: CountTexts, count: number, state: SearchState): string {
  const template = count === 0 ? texts.countNone : count === 1 ? texts.countOne : texts.countMany;
  const sentence = fill(template, { n: count, q: state.query });
  if (count === 0 || state.parts.length === 0) return sentence;
  return `${sentence} ${fill(texts.countIn, { parts: state.parts.join(', ') })}`;
}

/**
 * Where an arrow key leads from the current place: -1 is the search field, 0…n-1
 * the links in the results. Undefined: the key is not ours, let the browser have it.
 */
export function arrowTarget(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current <= 0 ? -1 : current - 1;
  return undefined;
}

/**
 * Where Escape in the search field takes the reader: back to the page they came
 * from when it is a page of this handbook (not the search itself), else the home page.
 */
export function backTarget(referrer: string, origin: string, base: string, searchPath: string): string {
  const home = `${origin}${base}`;
  let from: URL;
  try {
    from = new URL(referrer);
  } catch {
    return home;
  }
  if (from.origin !== origin || !from.pathname.startsWith(base)) return home;
  if (from.pathname === searchPath || from.pathname === searchPath.replace(/\/$/, '')) return home;
  return from.href;
}

/** A piece of an excerpt: plain text, or a hit to highlight. */
export interface ExcerptPart { text: string; mark: boolean }

/**
 * Pagefind's excerpts are HTML: the page text with "<" and ">" escaped and the
 * hits in <mark>. This turns one into pieces of plain text, so the page can build
 * it with text nodes and never has to trust HTML from the index.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push({ text: decode(html.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last)), mark: false });
  // Any other tag would be a surprise from the index: show it as text, do not render it.
  return parts.filter((p) => p.text !== '');
}

/**
 * A short window of an excerpt around its first hit: a few words before it and
 * up to `words` words in all, with "…" where text was cut. For the sections under
 * a result, which should show the hit in a line or two, not a whole paragraph.
 */
export function excerptWindow(parts: readonly ExcerptPart[], words = 14, before = 4): ExcerptPart[] {
  // Tokens keep their spaces, and a word runs from one space to the next, so
  // "<mark>feedback</mark>," stays one word: "feedback,".
  const tokens = parts.flatMap((p) => p.text.split(/(\s+)/).filter((t) => t !== '').map((t) => ({ text: t, mark: p.mark })));
  const isSpace = (i: number) => /^\s+$/.test(tokens[i]?.text ?? ' ');
  const ranges: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isSpace(i) || !isSpace(i - 1)) continue;
    let to = i;
    while (to + 1 < tokens.length && !isSpace(to + 1)) to++;
    if (tokens.slice(i, to + 1).map((t) => t.text).join('') !== '…') ranges.push({ from: i, to });
  }
  if (ranges.length === 0) return [];
  const hasMark = (r: { from: number; to: number }) => tokens.slice(r.from, r.to + 1).some((t) => t.mark);
  const hit = Math.max(0, ranges.findIndex(hasMark));
  const first = Math.max(0, Math.min(hit - before, ranges.length - words));
  const last = Math.min(ranges.length - 1, first + words - 1);
  const cutBefore = first > 0 || /^\s*…/.test(parts[0]?.text ?? '');
  const cutAfter = last < ranges.length - 1 || /…\s*$/.test(parts.at(-1)?.text ?? '');
  const out: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const prev = out.at(-1);
    if (prev && prev.mark === mark) prev.text += text;
    else out.push({ text, mark });
  };
  if (cutBefore) push('…\u00a0', false);
  for (let k = first; k <= last; k++) {
    if (k > first) push(' ', false);
    for (let i = ranges[k]!.from; i <= ranges[k]!.to; i++) push(tokens[i]!.text, tokens[i]!.mark);
  }
  if (cutAfter) push('\u00a0…', false); // no line break before the …
  return out;
}

/** The part of a Pagefind sub-result that the page uses. */
export interface SubResult { title: string; url: string; excerpt: string; anchor?: unknown }

/**
 * The sub-results worth showing under a result: the sections (headings) with
 * hits, not the page itself again, at most `max`, in the order Pagefind ranks them.
 */
export function sectionHits(pageUrl: string, subs: readonly SubResult[] | undefined, max = 3): SubResult[] {
  if (!subs) return [];
  const seen = new Set<string>();
  const out: SubResult[] = [];
  for (const s of subs) {
    if (!s.anchor || !s.url.includes('#') || s.url === pageUrl || seen.has(s.url)) continue;
    if (!/<mark>/.test(s.excerpt)) continue;
    seen.add(s.url);
    out.push(s);
    if (out.length === max) break;
  }
  return out;
}
