// Brotli copies (`<file>.br`) next to the files a reader fetches, for a server that
// sends such a copy as it is when the browser accepts br (nginx brotli_static, the
// .htaccess in the README). Made at brotli's best (quality 11), which a server
// compressing on the fly cannot afford: for the pages, the CSS and the JavaScript a
// tenth smaller than brotli at its usual quality 6 (what such a server sends for a
// file without a copy). A server without this configuration ignores the copies; the
// service worker does not cache them (scripts/service-worker.ts lists by extension).
//
// Quality 11 is slow (a second or two for a whole site), so every copy is kept in
// `cacheDir` by the hash of its content: a rebuild compresses only what changed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(zlib.brotliCompress);

export const defaultCacheDir = () => path.join(process.cwd(), '.build', 'brotli-cache');

/** Writes `<file>.br` of `data` (the file's content, or what it unpacks to). */
export async function writeBrotliCopy(file: string, data: Buffer, text: boolean, cacheDir = defaultCacheDir()): Promise<void> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const cached = path.join(cacheDir, `${crypto.createHash('sha256').update(data).digest('hex')}.br`);
  if (!fs.existsSync(cached)) {
    const br = await brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    // Written under a temporary name first: a build running alongside never reads half a file.
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, br);
    fs.renameSync(tmp, cached);
  }
  fs.copyFileSync(cached, `${file}.br`);
}

/** Every file under `dir`, at any depth. */
export const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** The files a reader's browser fetches as text, besides Pagefind's (scripts/search-index.ts): pages, CSS, JavaScript. */
const READER_TEXT = /^(?!print\/|pdf\/|pagefind\/)(?:.*\.html|_astro\/.*\.(?:css|js)|_brand\/.*\.css)$/;

/** Brotli copies of every page, style sheet and script of a built site; returns how many. */
export async function writeSiteBrotliCopies(siteDir: string, cacheDir = defaultCacheDir()): Promise<number> {
  const files = filesUnder(siteDir).filter((file) => READER_TEXT.test(path.relative(siteDir, file).split(path.sep).join('/')));
  await Promise.all(files.map((file) => writeBrotliCopy(file, fs.readFileSync(file), true, cacheDir)));
  return files.length;
}
